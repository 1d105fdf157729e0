// Small throwaway git repositories for the diff and change-date tests. Author, committer and dates
// are fixed so every run produces the same history.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempRepo {
  readonly dir: string;
  git(...args: string[]): string;
  /** Replaces the work tree's `src/` with a fixture folder's `src/` and commits it. */
  commitTree(fixture: string, message: string, date: string): void;
  remove(): void;
}

export function tempRepo(prefix = 'tongyuan-repo-'): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', '测试编辑');
  git('config', 'user.email', 'editor@example.gov.cn');
  git('config', 'commit.gpgsign', 'false');
  return {
    dir,
    git,
    commitTree(fixture, message, date) {
      rmSync(join(dir, 'src'), { recursive: true, force: true });
      cpSync(join(fixture, 'src'), join(dir, 'src'), { recursive: true });
      git('add', '-A');
      execFileSync('git', ['commit', '-q', '-m', message], {
        cwd: dir,
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      });
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
