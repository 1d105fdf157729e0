// The production nginx configuration (deploy/nginx/) serving the built site, asked over raw
// HTTP: for each kind of file, the status, Content-Type, every security header, the cache policy
// and the encodings (the build's .br and .gz siblings when asked, the file itself when not); then
// the real 404, the clean-URL redirect, no folder listings, no hidden files, and HEAD.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHashSource, parsePolicy } from '../../src/lib/deploy/csp-policy.ts';
import type { Policy } from '../../src/lib/deploy/csp-policy.ts';
import type { NginxPreview } from '../../src/lib/deploy/nginx-preview.ts';
import { metaPolicy } from '../../src/lib/deploy/site-policies.ts';
import { DIST } from '../helpers/serve.ts';
import { fetchRaw, nginxAvailable, startNginx } from './nginx-server.ts';
import type { RawResponse } from './nginx-server.ts';

const YEAR = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const BINARY = 'application/octet-stream';

/** The headers every response carries, whatever it is (the CSP is checked on its own). */
const SECURITY_HEADERS = {
  'strict-transport-security': 'max-age=31536000',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
};

const first = (dir: string, pattern: RegExp): string => {
  const name = readdirSync(join(DIST, dir)).find((file) => pattern.test(file));
  if (!name) throw new Error(`no file matching ${String(pattern)} in ${join(DIST, dir)}`);
  return `/${dir}/${name}`;
};

/** Kind, path, the file it serves, Content-Type, Cache-Control. */
const FILES: readonly [string, string, string, string, string][] = [
  ['home page', '/', 'index.html', HTML, REVALIDATE],
  [
    'guide page',
    '/guides/civil-affairs/marriage-registration/',
    'guides/civil-affairs/marriage-registration/index.html',
    HTML,
    REVALIDATE,
  ],
  [
    'notice sheet',
    '/guides/civil-affairs/marriage-registration/notice/',
    'guides/civil-affairs/marriage-registration/notice/index.html',
    HTML,
    REVALIDATE,
  ],
  ['guide list', '/guides/', 'guides/index.html', HTML, REVALIDATE],
  [
    'department page',
    '/departments/civil-affairs/',
    'departments/civil-affairs/index.html',
    HTML,
    REVALIDATE,
  ],
  ['search page', '/search/', 'search/index.html', HTML, REVALIDATE],
  ['feed', '/rss.xml', 'rss.xml', 'application/xml; charset=utf-8', REVALIDATE],
  ['sitemap', '/sitemap-0.xml', 'sitemap-0.xml', 'application/xml; charset=utf-8', REVALIDATE],
  [
    'open data (JSON)',
    '/data/guides.json',
    'data/guides.json',
    'application/json; charset=utf-8',
    REVALIDATE,
  ],
  ['open data (CSV)', '/data/guides.csv', 'data/guides.csv', 'text/csv; charset=utf-8', REVALIDATE],
  ['icon', '/favicon.svg', 'favicon.svg', 'image/svg+xml; charset=utf-8', REVALIDATE],
  ['Pagefind entry script', '/pagefind/pagefind.js', 'pagefind/pagefind.js', JS, REVALIDATE],
  [
    'Pagefind entry list',
    '/pagefind/pagefind-entry.json',
    'pagefind/pagefind-entry.json',
    'application/json; charset=utf-8',
    REVALIDATE,
  ],
];

/** Files whose names are only known after the build. */
const hashedFiles = (): [string, string, string, string, string][] => {
  const css = first('_astro', /\.css$/);
  const js = first('_astro', /\.js$/);
  const meta = first('pagefind', /\.pf_meta$/);
  const index = first('pagefind/index', /\.pf_index$/);
  const fragment = first('pagefind/fragment', /\.pf_fragment$/);
  const filter = first('pagefind/filter', /\.pf_filter$/);
  const wasm = first('pagefind', /^wasm\..*\.pagefind$/);
  return [
    ['stylesheet', css, css.slice(1), 'text/css; charset=utf-8', YEAR],
    ['script bundle', js, js.slice(1), JS, YEAR],
    ['Pagefind metadata', meta, meta.slice(1), BINARY, YEAR],
    ['Pagefind index chunk', index, index.slice(1), BINARY, YEAR],
    ['Pagefind page fragment', fragment, fragment.slice(1), BINARY, YEAR],
    ['Pagefind filter chunk', filter, filter.slice(1), BINARY, YEAR],
    // Named by language only, so it is revalidated; Pagefind unpacks it itself.
    ['Pagefind WebAssembly', wasm, wasm.slice(1), BINARY, REVALIDATE],
  ];
};

const sources = (policy: Policy, name: string) =>
  policy.find((directive) => directive.name === name)?.sources ?? [];

describe.skipIf(!nginxAvailable())('nginx serving the built site', () => {
  let nginx: NginxPreview;
  const get = (path: string, acceptEncoding?: string) =>
    fetchRaw(nginx.origin, path, acceptEncoding ? { acceptEncoding } : {});

  beforeAll(async () => {
    nginx = await startNginx(DIST);
  });
  afterAll(async () => {
    await nginx.stop();
  });

  const expectSecurityHeaders = (response: RawResponse) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(response.headers[name], name).toBe(value);
    }
    const policy = parsePolicy(String(response.headers['content-security-policy']));
    expect(sources(policy, 'frame-ancestors')).toEqual(["'none'"]);
    expect(sources(policy, 'default-src')).toEqual(["'self'"]);
    // nginx says only its name, never its version.
    expect(response.headers['server']).toBe('nginx');
  };

  describe.each([...FILES, ...hashedFiles()])('%s (%s)', (_kind, path, file, type, cache) => {
    const bytes = readFileSync(join(DIST, file));
    const hasBr = existsSync(join(DIST, `${file}.br`));
    const hasGz = existsSync(join(DIST, `${file}.gz`));

    it('is sent as itself with its type, security headers and cache policy', async () => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(type);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.headers['cache-control']).toBe(cache);
      expect(response.body.equals(bytes)).toBe(true);
      expectSecurityHeaders(response);
    });

    it('is sent precompressed when the browser accepts it, with Vary', async () => {
      const br = await get(path, 'gzip, deflate, br');
      const gz = await get(path, 'gzip');
      if (type === BINARY || bytes.length < 256) {
        // Already compressed (Pagefind), or too small to be worth it: never encoded again.
        expect([hasBr, hasGz]).toEqual([false, false]);
        expect(br.headers['content-encoding']).toBeUndefined();
        expect(gz.headers['content-encoding']).toBeUndefined();
        expect(br.body.equals(bytes)).toBe(true);
        return;
      }
      expect([hasBr, hasGz]).toEqual([true, true]);
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.body.equals(readFileSync(join(DIST, `${file}.br`)))).toBe(true);
      expect(brotliDecompressSync(br.body).equals(bytes)).toBe(true);
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gz.body.equals(readFileSync(join(DIST, `${file}.gz`)))).toBe(true);
      expect(gunzipSync(gz.body).equals(bytes)).toBe(true);
      for (const response of [br, gz, await get(path)]) {
        expect(response.headers['vary']).toBe('Accept-Encoding');
        expect(response.headers['content-type']).toBe(type);
        expect(response.headers['cache-control']).toBe(cache);
      }
      expect(br.body.length).toBeLessThan(gz.body.length);
      expectSecurityHeaders(br);
    });

    it('answers HEAD with the same headers and no body', async () => {
      const head = await fetchRaw(nginx.origin, path, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.body.length).toBe(0);
      expect(head.headers['content-length']).toBe(String(bytes.length));
      expect(head.headers['content-type']).toBe(type);
      expect(head.headers['cache-control']).toBe(cache);
      expectSecurityHeaders(head);
    });
  });

  describe('Content-Security-Policy', () => {
    it.each(FILES.filter(([, , , type]) => type === HTML))(
      'the header of the %s allows what its <meta> allows, and no more kinds of source',
      async (_kind, path, file) => {
        const meta = parsePolicy(metaPolicy(readFileSync(join(DIST, file), 'utf8')) ?? '');
        expect(meta.length).toBeGreaterThan(0);
        const header = parsePolicy(String((await get(path)).headers['content-security-policy']));
        expect(header.map(({ name }) => name)).toEqual([
          ...meta.map(({ name }) => name),
          'frame-ancestors',
        ]);
        for (const { name, sources: allowed } of meta) {
          const sent = sources(header, name);
          // Every hash of the page, and exactly the page's keywords ('self', 'wasm-unsafe-eval').
          for (const source of allowed) expect(sent, `${name} ${source}`).toContain(source);
          expect(sent.filter((s) => !isHashSource(s))).toEqual(
            allowed.filter((s) => !isHashSource(s)),
          );
        }
      },
    );

    it('is the same header on every public page and file (one policy for the public site)', async () => {
      const values = new Set<string>();
      for (const [, path] of [...FILES, ...hashedFiles()]) {
        values.add(String((await get(path)).headers['content-security-policy']));
      }
      expect(values.size).toBe(1);
    });
  });

  describe('what is not a page', () => {
    const notFoundPage = readFileSync(join(DIST, '404.html'));

    it.each([
      ['a missing page', '/guides/civil-affairs/no-such-guide/'],
      ['a missing file', '/_astro/no-such-file.js'],
      ['a folder without index.html (no listing)', '/_astro/'],
      ['another folder without index.html', '/pagefind/'],
      ['the generated nginx include (hidden files)', '/.nginx/content-security-policy.conf'],
    ])('%s is our 404 page with status 404', async (_what, path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toBe(HTML);
      expect(response.headers['cache-control']).toBe(REVALIDATE);
      expect(response.body.equals(notFoundPage)).toBe(true);
      expect(response.body.toString('utf8')).not.toMatch(/Index of|nginx\//);
      expectSecurityHeaders(response);
    });

    it('sends the 404 page precompressed too', async () => {
      const response = await get('/no-such-page/', 'br');
      expect(response.status).toBe(404);
      expect(response.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(response.body).equals(notFoundPage)).toBe(true);
    });

    it('answers HEAD for a missing page with 404 and no body', async () => {
      const head = await fetchRaw(nginx.origin, '/no-such-page/', { method: 'HEAD' });
      expect(head.status).toBe(404);
      expect(head.body.length).toBe(0);
    });

    it('redirects a page address without its trailing slash, relatively', async () => {
      const response = await get('/guides/civil-affairs/marriage-registration');
      expect(response.status).toBe(301);
      expect(response.headers['location']).toBe('/guides/civil-affairs/marriage-registration/');
      expectSecurityHeaders(response);
    });
  });
});
