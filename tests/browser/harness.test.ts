// The harness the browser suites stand on: the static server and the request recorder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumAvailable,
  launchChromium,
  newContext,
  recordRequests,
  staysOnLoopback,
  watchPage,
} from '../helpers/browser.ts';
import { serveStatic } from '../helpers/serve.ts';
import type { StaticServer } from '../helpers/serve.ts';

let root: string;
let server: StaticServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'serve-'));
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  write(
    'index.html',
    '<!doctype html><title>首页</title><img alt="" src="https://cdn.example.com/x.png"><script>alert("hi")</script>',
  );
  write('404.html', '<!doctype html><title>页面不存在</title>');
  write('guides/a/b/index.html', '<!doctype html><title>指南</title>');
  write('pagefind/pagefind.zh-cn_1.pf_meta', 'x');
  write('pagefind/wasm.zh-cn.pagefind', 'x');
  write('pagefind/fragment/zh-cn_1.pf_fragment', 'x');
  write('data/guides.csv', 'a,b\n');
  write('x.wasm', 'x');
  server = await serveStatic(root);
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string) => fetch(server.origin + path, { redirect: 'manual' });

describe('static server', () => {
  it('listens on loopback', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves directory indexes and redirects a folder without its slash', async () => {
    expect((await get('/guides/a/b/')).status).toBe(200);
    const redirect = await get('/guides/a/b?q=1');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/guides/a/b/?q=1');
  });

  it('answers unknown paths with the site 404 page and status 404', async () => {
    const response = await get('/nowhere/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('页面不存在');
  });

  it('counts the bytes of every response body', async () => {
    const before = server.transfers.length;
    await (await get('/data/guides.csv')).text();
    expect(server.transfers.slice(before)).toEqual([
      { path: '/data/guides.csv', status: 200, bytes: 4 },
    ]);
  });

  it('gzips text when asked to, and counts the compressed bytes', async () => {
    const gzipping = await serveStatic(root, { gzip: true });
    try {
      const response = await fetch(`${gzipping.origin}/guides/a/b/`, {
        headers: { 'accept-encoding': 'gzip' },
      });
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(await response.text()).toBe('<!doctype html><title>指南</title>');
      const wasm = await fetch(`${gzipping.origin}/x.wasm`, {
        headers: { 'accept-encoding': 'gzip' },
      });
      expect(wasm.headers.get('content-encoding')).toBeNull();
      await wasm.arrayBuffer();
      expect(gzipping.transfers.map((t) => t.path)).toEqual(['/guides/a/b/', '/x.wasm']);
      expect(gzipping.transfers[1]?.bytes).toBe(1);
    } finally {
      await gzipping.close();
    }
  });

  it('does not serve files outside the root', async () => {
    expect((await get('/..%2f..%2fetc%2fpasswd')).status).toBe(404);
  });

  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/data/guides.csv', 'text/csv; charset=utf-8'],
    ['/x.wasm', 'application/wasm'],
    ['/pagefind/pagefind.zh-cn_1.pf_meta', 'application/octet-stream'],
    ['/pagefind/wasm.zh-cn.pagefind', 'application/octet-stream'],
    ['/pagefind/fragment/zh-cn_1.pf_fragment', 'application/octet-stream'],
  ])('serves %s as %s', async (path, type) => {
    expect((await get(path)).headers.get('content-type')).toBe(type);
  });
});

describe('loopback rule', () => {
  it.each([
    ['http://127.0.0.1:4321/guides/', true],
    ['http://localhost:4321/', true],
    ['http://[::1]:8080/', true],
    ['data:image/svg+xml,<svg/>', true],
    ['https://cdn.example.com/x.js', false],
    ['http://192.168.1.1/', false],
    ['https://fonts.googleapis.com/css', false],
  ])('%s stays on loopback: %s', (url, expected) => {
    expect(staysOnLoopback(url)).toBe(expected);
  });
});

describe.skipIf(!chromiumAvailable())('request recorder in Chromium', () => {
  it('blocks and records a request that would leave loopback, and sees dialogs', async () => {
    const browser = await launchChromium();
    try {
      const context = await newContext(browser);
      const log = await recordRequests(context);
      const page = await context.newPage();
      const problems = watchPage(page);
      await page.goto(`${server.origin}/`);
      await page.waitForLoadState('load');
      expect(log.offsite).toEqual([
        { url: 'https://cdn.example.com/x.png', page: `${server.origin}/` },
      ]);
      expect(log.all).toContain(`${server.origin}/`);
      expect(problems.dialogs).toEqual(['alert: hi']);
    } finally {
      await browser.close();
    }
  });
});
