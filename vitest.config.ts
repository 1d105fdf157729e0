import { configDefaults, defineConfig } from 'vitest/config';

// Suites that read the built site. They form the `site` project, which runs after the unit tests
// (groupOrder) with one build beforehand (its globalSetup), so every suite sees the same dist/.
const SITE_SUITES = [
  'tests/build/**/*.test.ts',
  'tests/browser/**/*.test.ts',
  'tests/a11y/**/*.test.ts',
  'tests/security/**/*.test.ts',
  'tests/**/*.site.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 600_000,
    // Vitest's default on 2 cores is one worker; the browser suites mostly wait on Chromium's
    // own processes, so two workers keep both cores busy.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SITE_SUITES],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: SITE_SUITES,
          globalSetup: ['tests/browser/build-site.setup.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
