// A throwaway copy of this project for building it again elsewhere: the sources and content as
// they are in the work tree, committed once with a fixed date so that the dates the build reads
// from git are the same in every copy, and a node_modules of links to ours with its own empty
// caches (Astro and Vite keep theirs in node_modules/.astro and .vite).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Top-level entries never copied: installed packages, outputs, caches, history, tests, docs. */
const SKIP = new Set([
  'node_modules',
  'dist',
  '.astro',
  '.git',
  'bench',
  'coverage',
  'tests',
  'docs',
]);

/** Folders of node_modules that are caches written by a build, not packages. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

export const FIXED_GIT_DATE = '2026-01-05T08:00:00+08:00';

export function copyProject(root: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (SKIP.has(entry) || entry.startsWith('.tmp')) continue;
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (!CACHES.has(entry))
      symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=Tongyuan', '-c', 'user.email=build@tongyuan.invalid', ...args],
      {
        cwd: dir,
        stdio: 'pipe',
        env: {
          ...process.env,
          GIT_AUTHOR_DATE: FIXED_GIT_DATE,
          GIT_COMMITTER_DATE: FIXED_GIT_DATE,
        },
      },
    );
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '--no-gpg-sign', '-m', 'one commit, built twice');
  return dir;
}

/**
 * `npm run build` in `dir` (prebuild, Astro with its integrations, postbuild), as CI runs it.
 * Asynchronous, so two copies can build side by side on two cores.
 */
export function buildProject(dir: string): Promise<void> {
  // The copy builds into its own dist/, whatever folder the suites around it test.
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env['TONGYUAN_DIST'];
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', 'build'], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', fail);
    child.once('exit', (code) => {
      if (code === 0) {
        done();
        return;
      }
      const last = output.trim().split('\n').slice(-40).join('\n');
      fail(new Error(`npm run build failed in ${dir} (exit ${String(code)}):\n${last}`));
    });
  });
}
