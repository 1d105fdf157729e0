// The hostile corpus on disk: the sample corpus (so catalogue, departments and locations resolve)
// plus one guide per hostile case, and the validator's verdict on each case.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Finding } from '../../src/lib/validate/finding.ts';
import type { Files } from '../../src/lib/synthetic/generate.ts';
import { writeCorpus } from '../../src/lib/synthetic/generate.ts';
import { HOSTILE_CASES, hostileGuideFile, hostilePath } from './cases.ts';
import type { HostileCase } from './cases.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Sample corpus files (relative path → text) plus the guides of `cases`. */
export function hostileFiles(cases: readonly HostileCase[] = HOSTILE_CASES): Files {
  const content = join(ROOT, 'src', 'content');
  const files: Files = new Map();
  for (const entry of readdirSync(content, { recursive: true, encoding: 'utf8' })) {
    if (/\.(md|yaml)$/.test(entry))
      files.set(entry.split('\\').join('/'), readFileSync(join(content, entry), 'utf8'));
  }
  cases.forEach((c, i) => files.set(hostilePath(c), hostileGuideFile(c, i + 1)));
  return files;
}

/** Runs `npm run validate` over the hostile guides in `dir`; findings by case id. */
export function validateHostile(dir: string): Map<string, Finding[]> {
  writeCorpus(dir, hostileFiles());
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'scripts/validate.ts'),
      '--root',
      dir,
      '--format',
      'json',
      '--date',
      '2026-11-25',
      ...HOSTILE_CASES.map((c) => join(dir, hostilePath(c))),
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`npm run validate could not run (exit ${String(run.status)}):\n${run.stderr}`);
  }
  const findings = JSON.parse(run.stdout) as Finding[];
  return new Map(
    HOSTILE_CASES.map((c) => [c.id, findings.filter((f) => f.file.endsWith(`hostile-${c.id}.md`))]),
  );
}
