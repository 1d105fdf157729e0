// The editors' guide shows every screenshot that `npm run cms:screenshots` takes, and they exist.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const guide = readFileSync(resolve(root, 'docs/editors/编写指南.md'), 'utf8');
const script = readFileSync(resolve(root, 'scripts/cms-screenshots.ts'), 'utf8');

describe('the web editor section of the editors’ guide', () => {
  const taken = [...script.matchAll(/shot\('([\w-]+)'\)/g)].map(
    (m) => `images/cms-${m[1] ?? ''}.png`,
  );
  const shown = [...guide.matchAll(/\]\((images\/cms-[\w-]+\.png)\)/g)].map((m) => m[1] ?? '');

  it('shows every screenshot the script takes, and each exists', () => {
    expect(taken.length).toBe(5);
    expect(shown).toEqual(taken);
    for (const image of shown)
      expect(existsSync(resolve(root, 'docs/editors', image)), image).toBe(true);
  });
});
