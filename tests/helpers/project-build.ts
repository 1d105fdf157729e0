// Tests that build a throwaway copy of the project with other content (scripts/bench/project.ts):
// the sample corpus as files to start from, and `astro build` of the copy, whose failure shows
// the end of Astro's output.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Files } from '../../src/lib/synthetic/generate.ts';

const CONTENT = resolve(import.meta.dirname, '..', '..', 'src', 'content');

/** Path under src/content/ → text, for every file of the sample corpus. */
export function sampleContentFiles(): Files {
  const files: Files = new Map();
  for (const entry of readdirSync(CONTENT, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(CONTENT, path).split(sep).join('/'), readFileSync(path, 'utf8'));
  }
  return files;
}

/** `astro build` in `project`; throws "Building <what> failed (exit N):" and Astro's last lines. */
export function astroBuild(project: string, what: string): void {
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    const tail = `${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`Building ${what} failed (exit ${String(run.status)}):\n${tail}`);
  }
}
