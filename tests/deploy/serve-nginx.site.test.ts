// `npm run serve:nginx` as someone deploying uses it: it prints the URL, serves the build with
// the production configuration, and on SIGTERM stops nginx and removes its temporary prefix.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../src/lib/deploy/nginx-preview.ts';
import { DIST } from '../helpers/serve.ts';
import { fetchRaw, nginxAvailable } from './nginx-server.ts';

const SCRIPT = resolve(import.meta.dirname, '../../scripts/serve-nginx.ts');

describe.skipIf(!nginxAvailable())('npm run serve:nginx', () => {
  it('serves the build until SIGTERM, then stops nginx and removes its prefix', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [SCRIPT, '--port', String(port), '--dist', DIST], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = new Promise<number | null>((done) => child.once('exit', done));
    await expect.poll(() => output, { timeout: 15_000 }).toContain('Ctrl-C stops it');

    expect(output).toContain(`at http://127.0.0.1:${port}/ (Ctrl-C stops it)`);
    const prefix = /configuration and logs: (\S+)/.exec(output)?.[1] ?? '';
    expect(existsSync(resolve(prefix, 'nginx.conf'))).toBe(true);
    const home = await fetchRaw(`http://127.0.0.1:${port}`, '/', { acceptEncoding: 'br' });
    expect([home.status, home.headers['content-encoding']]).toEqual([200, 'br']);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(prefix)).toBe(false);
    await expect(fetchRaw(`http://127.0.0.1:${port}`, '/')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('says what is wrong with a bad port or a missing build', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
    const badPort = run('--port', 'http');
    expect([badPort.status, badPort.stderr.trim()]).toEqual([
      2,
      '--port must be a port number (1–65535), not "http".',
    ]);
    const noBuild = run('--port', '1', '--dist', resolve(import.meta.dirname, 'fixtures', 'none'));
    expect(noBuild.status).toBe(1);
    expect(noBuild.stderr.trim()).toMatch(
      /fixtures\/none holds no built site \(no index\.html\)\. Run `npm run build` first\.$/,
    );
  });
});
