// Bytes on the wire through the production nginx configuration: each path fetched raw (no
// decompression) as identity, with `Accept-Encoding: gzip` and with `br`, so the three columns
// are what nginx really sends from the build's files and .gz/.br siblings.
import { request } from 'node:http';

export interface WireBytes {
  readonly identity: number;
  readonly gzip: number;
  readonly brotli: number;
}

export const ENCODINGS = { identity: undefined, gzip: 'gzip', brotli: 'br' } as const;

/** Body bytes nginx sends for `path` when the client accepts `encoding`. */
export function bodyBytes(origin: string, path: string, encoding?: string): Promise<number> {
  return new Promise((done, fail) => {
    const headers = encoding ? { 'accept-encoding': encoding } : {};
    const req = request(`${origin}${path}`, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => {
        if (res.statusCode !== 200) fail(new Error(`${path}: HTTP ${String(res.statusCode)}`));
        else done(bytes);
      });
    });
    req.on('error', fail);
    req.end();
  });
}

export async function wireBytes(origin: string, paths: readonly string[]): Promise<WireBytes> {
  const sum = async (encoding?: string) => {
    let total = 0;
    for (const path of paths) total += await bodyBytes(origin, path, encoding);
    return total;
  };
  return { identity: await sum(), gzip: await sum(ENCODINGS.gzip), brotli: await sum(ENCODINGS.brotli) };
}

/** Local stylesheets an HTML page links (in document order, no duplicates). */
export function pageAssets(html: string): { css: string[] } {
  const css = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
    .map((tag) => /\bhref="([^"]+)"/.exec(tag[0])?.[1])
    .filter((href): href is string => href?.startsWith('/') === true);
  return { css: [...new Set(css)] };
}
