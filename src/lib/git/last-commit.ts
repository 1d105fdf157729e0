// When a file last changed, from git history: the guide page's 更新记录 and the feed of updated
// guides use it. A tarball or a folder outside git has no history, so every function here answers
// `undefined` (or an empty map) instead of failing the build.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { git, isGitWorkTree } from './run.ts';

interface HistoryLine {
  readonly commit: string;
  readonly date: Date;
}

/**
 * In a shallow clone (CI checkouts often are), a file untouched since the clone boundary seems to
 * change in the boundary commit, which would date it wrongly; such answers are dropped.
 */
function shallowBoundaries(cwd: string): Set<string> {
  const path = git(cwd, ['rev-parse', '--git-path', 'shallow']).trim();
  const file = isAbsolute(path) ? path : resolve(cwd, path);
  if (!existsSync(file)) return new Set();
  return new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean));
}

const RECORD = '\x1e';

/** Parses `git log --format=%x1e%H %cI --name-only` into file → its newest commit. */
function newestPerFile(log: string): Map<string, HistoryLine> {
  const newest = new Map<string, HistoryLine>();
  for (const record of log.split(RECORD)) {
    const [header, ...paths] = record.split('\n');
    if (!header) continue;
    const [commit = '', iso = ''] = header.split(' ');
    const line = { commit, date: new Date(iso) };
    for (const path of paths) {
      // git log lists newest first, so the first sighting of a path is its last change.
      if (path !== '' && !newest.has(path)) newest.set(path, line);
    }
  }
  return newest;
}

function history(cwd: string, pathspec: string): Map<string, HistoryLine> | undefined {
  if (!isGitWorkTree(cwd)) return undefined;
  try {
    const log = git(cwd, [
      '-c',
      'core.quotePath=false',
      'log',
      '--relative',
      `--format=${RECORD}%H %cI`,
      '--name-only',
      '--',
      pathspec,
    ]);
    const boundaries = shallowBoundaries(cwd);
    const lines = newestPerFile(log);
    for (const [path, line] of lines) if (boundaries.has(line.commit)) lines.delete(path);
    return lines;
  } catch {
    // A repository without commits, or git missing: no history, as in a tarball.
    return undefined;
  }
}

/**
 * The committer date of the last commit touching `file` (absolute, or relative to `cwd`), or
 * `undefined` when unknown: not a git checkout, file never committed, or history cut off by a
 * shallow clone. Spawns git once per call; for many files use `lastCommitDates`.
 */
export function lastCommitDate(file: string, cwd: string = process.cwd()): Date | undefined {
  // Ask git from the file's own folder, so an absolute path works whatever `cwd` is.
  const absolute = resolve(cwd, file);
  if (!existsSync(absolute)) return undefined;
  const name = basename(absolute);
  return history(dirname(absolute), name)?.get(name)?.date;
}

/**
 * Last commit date of every committed file under `dir` (relative to `cwd`) that is still in the
 * work tree, keyed by path relative to `cwd` with forward slashes (e.g.
 * `src/content/guides/health/birth-registration.md`). One git process for the whole folder; an
 * empty map outside git.
 */
export function lastCommitDates(dir: string, cwd: string = process.cwd()): Map<string, Date> {
  const lines = history(cwd, relative(cwd, resolve(cwd, dir)).split('\\').join('/') || '.');
  const dates = new Map<string, Date>();
  for (const [path, line] of lines ?? []) {
    // Deleted or renamed-away files keep their history in git; only current files matter.
    if (existsSync(resolve(cwd, path))) dates.set(path, line.date);
  }
  return dates;
}
