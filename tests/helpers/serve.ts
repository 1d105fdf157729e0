// A small static server for a built site, on loopback and a random port, for the browser suites.
// It behaves like the production host: directory index, `/x` → `/x/` redirect (the site uses
// trailingSlash 'always'), the site's own 404 page with status 404, and correct MIME types for
// Pagefind's binary files and WebAssembly (a wrong type breaks `WebAssembly.instantiateStreaming`).
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Pagefind's index files are gzip-compressed binaries that its script decompresses itself.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export const mimeType = (file: string): string =>
  MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

export interface Transfer {
  readonly path: string;
  readonly status: number;
  /** Body bytes sent (after compression when gzip is on). */
  readonly bytes: number;
}

export interface StaticServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  /** Every path requested so far (pathname + search), in order. */
  readonly requests: readonly string[];
  /** Every response body sent so far, in order. */
  readonly transfers: readonly Transfer[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Compress text responses with gzip when the client accepts it, as a static host does, so the
   * bytes counted in `transfers` are what a citizen would download (benchmarks).
   */
  readonly gzip?: boolean;
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** What a request for `pathname` answers with, given the site root. Exported for its unit test. */
export async function resolveRequest(
  root: string,
  pathname: string,
): Promise<
  | { kind: 'file'; file: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found'; file?: string }
> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return notFound(root);
  }
  const target = normalize(join(root, decoded));
  // Refuse anything that escapes the root (`/../../etc/passwd`).
  if (target !== root && !target.startsWith(root + sep)) return notFound(root);
  if (decoded.endsWith('/')) {
    const index = join(target, 'index.html');
    return (await isFile(index)) ? { kind: 'file', file: index } : notFound(root);
  }
  if (await isFile(target)) return { kind: 'file', file: target };
  if (await isDirectory(target)) return { kind: 'redirect', location: `${pathname}/` };
  return notFound(root);
}

async function notFound(root: string): Promise<{ kind: 'not-found'; file?: string }> {
  const page = join(root, '404.html');
  return (await isFile(page)) ? { kind: 'not-found', file: page } : { kind: 'not-found' };
}

/** Serves `dir` on 127.0.0.1 at a free port until `close()`. */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const requests: string[] = [];
  const transfers: Transfer[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    void resolveRequest(root, url.pathname).then((answer) => {
      if (answer.kind === 'redirect') {
        res.writeHead(301, { location: answer.location + url.search }).end();
        return;
      }
      const status = answer.kind === 'file' ? 200 : 404;
      if (!answer.file) {
        res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end('404 Not Found');
        return;
      }
      const type = mimeType(answer.file);
      const headers = { 'content-type': type, 'cache-control': 'no-cache' };
      if (req.method === 'HEAD') {
        res.writeHead(status, headers).end();
        return;
      }
      const acceptsGzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      if (options.gzip && acceptsGzip && COMPRESSIBLE.test(type)) {
        void readFile(answer.file).then((body) => {
          const compressed = gzipSync(body);
          transfers.push({ path: url.pathname, status, bytes: compressed.length });
          res.writeHead(status, {
            ...headers,
            'content-encoding': 'gzip',
            vary: 'accept-encoding',
          });
          res.end(compressed);
        });
        return;
      }
      res.writeHead(status, headers);
      const stream = createReadStream(answer.file);
      let bytes = 0;
      stream.on('data', (chunk) => (bytes += chunk.length));
      stream.on('end', () => transfers.push({ path: url.pathname, status, bytes }));
      stream.pipe(res);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    transfers,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) fail(error);
          else done();
        });
      }),
  };
}

/**
 * The built site the suites check: `dist/`, built once per run before them. TONGYUAN_DIST points
 * the suites at another build (with TONGYUAN_REUSE_DIST=1, e.g. a private build while iterating).
 */
export const DIST = resolve(
  process.env['TONGYUAN_DIST'] ?? resolve(import.meta.dirname, '../../dist'),
);
