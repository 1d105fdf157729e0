// Reads files as they are at a git revision, without touching the work tree: `git ls-tree` lists
// the blobs and one `git cat-file --batch` streams them all (one process, not one per file).
import { git, gitBytes, GitError } from './run.ts';

/** A file's text and its path relative to the repository root (forward slashes). */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/** Resolves `rev` to a full commit id, or throws a GitError that says how to name a revision. */
export function resolveCommit(cwd: string, rev: string): string {
  try {
    return git(cwd, [
      'rev-parse',
      '--verify',
      '--quiet',
      '--end-of-options',
      `${rev}^{commit}`,
    ]).trim();
  } catch {
    throw new GitError(
      `找不到版本“${rev}”：请填写分支名（如 main）、提交号（如 a1b2c3d）或 HEAD~1 这样的相对写法。` +
        '在 GitHub Actions 中，基准分支可能需要先获取（actions/checkout 设置 fetch-depth: 0）。',
    );
  }
}

/** The path of `cwd` relative to the repository root, '' at the root, always ending in '/'. */
export const repoPrefix = (cwd: string): string => git(cwd, ['rev-parse', '--show-prefix']).trim();

/**
 * Every file under `dir` (relative to `cwd`) at revision `rev`. Paths in the result are relative to
 * `cwd`, like paths on disk, so callers do not care whether the project sits at the repository root.
 */
export function readTreeAtRevision(cwd: string, rev: string, dir: string): SourceFile[] {
  const commit = resolveCommit(cwd, rev);
  const prefix = repoPrefix(cwd);
  const base = `${prefix}${dir.replace(/\/+$/, '')}/`;
  const listing = git(cwd, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', base]);
  const blobs = listing
    .split('\0')
    .filter((line) => line !== '')
    .map((line) => {
      // "<mode> <type> <object>\t<path>"
      const tab = line.indexOf('\t');
      const [, type, object] = line.slice(0, tab).split(' ');
      return { type, object: object ?? '', path: line.slice(tab + 1) };
    })
    .filter((entry) => entry.type === 'blob');
  if (blobs.length === 0) return [];

  const output = gitBytes(cwd, ['cat-file', '--batch'], {
    input: blobs.map((blob) => blob.object).join('\n') + '\n',
  });
  const files: SourceFile[] = [];
  let offset = 0;
  for (const blob of blobs) {
    // Each answer is "<object> blob <size>\n<content>\n"; sizes are in bytes, so slice the Buffer.
    const headerEnd = output.indexOf(0x0a, offset);
    const header = output.subarray(offset, headerEnd).toString('utf8');
    const size = Number(header.split(' ')[2]);
    if (!Number.isInteger(size)) throw new GitError(`无法读取 ${blob.path}：${header}`);
    const start = headerEnd + 1;
    files.push({
      path: blob.path.slice(prefix.length),
      text: output.subarray(start, start + size).toString('utf8'),
    });
    offset = start + size + 1;
  }
  return files;
}
