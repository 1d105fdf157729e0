// docs/adopt.md shows the import and audit reports of the test exports: they must be the reports
// the tests pin, so the documentation cannot drift from what the commands print.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('docs/adopt.md', () => {
  const doc = read('docs/adopt.md');
  it.each([['tests/import/reports/district-import.txt'], ['tests/audit/reports/audit.md']])(
    'shows %s verbatim',
    (report) => {
      expect(doc).toContain(read(report).trimEnd());
    },
  );
  it('explains the three steps and every option of both commands', () => {
    for (const text of ['src/content/site.yaml', 'npm run import', 'npm run audit'])
      expect(doc).toContain(text);
    for (const option of [
      '--department',
      '--dry-run',
      '--force',
      '--counter',
      '--markdown',
      '--csv',
      '--json',
    ])
      expect(doc).toContain(`\`${option}`);
  });
});
