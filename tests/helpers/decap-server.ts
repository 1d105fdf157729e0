// decap-server in git mode (MODE=git) against a throwaway repository, on loopback: how the web
// editor's tests save, branch and publish without any forge. Saves become local branches
// `cms/<collection>/<slug>`, "publish" merges them into main (decap-server's localGit middleware).
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface DecapServer {
  readonly port: number;
  /** The throwaway repository (a copy of src/content/ and public/, committed on main). */
  readonly repo: string;
  /** `git <args>` in the repository, its stdout. */
  git(...args: string[]): string;
  /** Everything the server printed, for failure messages. */
  readonly log: string[];
  close(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => {
        done(port);
      });
    });
  });

/** A repository with the project's content, one commit on `main`. */
export function throwawayRepo(): string {
  const repo = mkdtempSync(join(tmpdir(), 'decap-repo-'));
  cpSync(join(ROOT, 'src/content'), join(repo, 'src/content'), { recursive: true });
  cpSync(join(ROOT, 'public'), join(repo, 'public'), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.email', 'cms-test@tongyuan.invalid');
  git('config', 'user.name', 'cms-test');
  git('config', 'commit.gpgsign', 'false');
  git('add', '.');
  git('commit', '--quiet', '-m', 'content');
  return repo;
}

export async function startDecapServer(repo = throwawayRepo()): Promise<DecapServer> {
  const port = await freePort();
  const entry = createRequire(import.meta.url).resolve('decap-server');
  const log: string[] = [];
  // decap-server reads its settings from the environment (and a .env in its working folder,
  // hence the repository as cwd: ours has none).
  const child: ChildProcess = spawn(process.execPath, [entry], {
    cwd: repo,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? repo,
      MODE: 'git',
      GIT_REPO_DIRECTORY: repo,
      PORT: String(port),
      BIND_HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => {
      fail(new Error(`decap-server did not start within 20 s:\n${log.join('')}`));
    }, 20_000);
    const onData = (chunk: Buffer) => {
      log.push(chunk.toString());
      if (/listening on/.test(chunk.toString())) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`decap-server exited (${String(code)}):\n${log.join('')}`));
    });
  });
  return {
    port,
    repo,
    log,
    git: (...args) =>
      execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
    close: () =>
      new Promise<void>((done) => {
        const cleanUp = () => {
          rmSync(repo, { recursive: true, force: true });
          done();
        };
        child.removeAllListeners('exit');
        if (child.exitCode !== null || child.signalCode !== null) {
          cleanUp();
          return;
        }
        child.once('exit', cleanUp);
        child.kill();
      }),
  };
}
