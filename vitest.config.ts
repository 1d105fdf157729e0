import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The build and browser suites share one built site; they run after the unit tests.
    testTimeout: 30_000,
    hookTimeout: 600_000,
  },
});
