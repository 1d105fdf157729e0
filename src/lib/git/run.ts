// The one place that spawns git. Everything else in src/lib/git builds on `git()`.
import { execFileSync } from 'node:child_process';

/** git failed or is missing; `message` is Chinese and says what to do, `stderr` keeps git's words. */
export class GitError extends Error {
  override name = 'GitError';
  readonly stderr: string;
  constructor(message: string, stderr = '') {
    super(message);
    this.stderr = stderr;
  }
}

export interface GitRunOptions {
  /** Text (or bytes) written to git's standard input. */
  readonly input?: string | Buffer;
}

/** Runs `git <args>` in `cwd` and returns raw stdout bytes; throws GitError on failure. */
export function gitBytes(
  cwd: string,
  args: readonly string[],
  options: GitRunOptions = {},
): Buffer {
  try {
    return execFileSync('git', args, {
      cwd,
      input: options.input,
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ['pipe', 'pipe', 'pipe'],
      // Paths and messages must not depend on the user's locale or pager settings.
      env: { ...process.env, LC_ALL: 'C', GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0' },
    });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: Buffer | string };
    if (failure.code === 'ENOENT') {
      throw new GitError('找不到 git 命令：请先安装 git。');
    }
    const stderr = String(failure.stderr ?? '').trim();
    throw new GitError(`git ${args[0] ?? ''} 执行失败：${stderr || failure.message}`, stderr);
  }
}

/** Runs `git <args>` in `cwd` and returns stdout as UTF-8 text. */
export const git = (cwd: string, args: readonly string[], options: GitRunOptions = {}): string =>
  gitBytes(cwd, args, options).toString('utf8');

/** True when `cwd` is inside a git work tree (false for a tarball or a plain folder). */
export function isGitWorkTree(cwd: string): boolean {
  try {
    return git(cwd, ['rev-parse', '--is-inside-work-tree']).trim() === 'true';
  } catch {
    return false;
  }
}
