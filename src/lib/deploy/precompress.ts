// Precompression of a built site: a `.gz` and a `.br` sibling beside every text file worth it,
// so nginx's gzip_static and brotli_static send them without compressing per request, at levels
// too slow to use on the fly (gzip 9, brotli 11). Both encoders are deterministic and gzip's
// header carries no time or name (Node writes mtime 0), so the same file gives the same bytes in
// every build. Callable on any site folder: the build runs it last, and a step that changes the
// files afterwards (merging shards) runs it again through `npm run deploy:files`.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Types that compress (text, JSON, SVG, WebAssembly); images and Pagefind's chunks are already compressed. */
export const PRECOMPRESSED_EXTENSIONS: ReadonlySet<string> = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.map',
  '.webmanifest',
  '.xml',
  '.csv',
  '.txt',
  '.md',
  '.yml',
  '.yaml',
  '.svg',
  '.wasm',
]);

/** Below this a response fits in one packet either way (H5BP's gzip_min_length too). */
export const PRECOMPRESS_MIN_BYTES = 256;

export const SIBLING_SUFFIXES = ['.gz', '.br'] as const;

/** How many files are compressed at once (zlib runs on libuv's thread pool). */
const IN_FLIGHT = 8;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

const hidden = (file: string) => file.split('/').some((segment) => segment.startsWith('.'));

/** Whether `file` (a site path) is a compressed sibling this module writes, e.g. `index.html.gz`. */
export function isPrecompressedSibling(file: string): boolean {
  const suffix = SIBLING_SUFFIXES.find((s) => file.endsWith(s));
  return (
    suffix !== undefined && PRECOMPRESSED_EXTENSIONS.has(extname(file.slice(0, -suffix.length)))
  );
}

export interface PrecompressReport {
  /** Files that got siblings. */
  readonly files: number;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly brotliBytes: number;
}

/** Compresses one file's bytes as gzip_static and brotli_static will send them. */
export async function compressBoth(
  data: Buffer,
  extension: string,
  brotliQuality: number = constants.BROTLI_MAX_QUALITY,
): Promise<[Buffer, Buffer]> {
  return Promise.all([
    gzipAsync(data, { level: constants.Z_BEST_COMPRESSION, memLevel: 9 }),
    brotliAsync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: brotliQuality,
        [constants.BROTLI_PARAM_MODE]:
          extension === '.wasm' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  ]);
}

/**
 * Writes `<file>.gz` and `<file>.br` beside every file of `siteDir` with a precompressed
 * extension and at least PRECOMPRESS_MIN_BYTES, unless compression would not make it smaller.
 * Siblings left by an earlier run are removed first, so none is ever stale. Hidden folders
 * (`.nginx/`) are skipped: nginx never serves them.
 */
export interface PrecompressOptions {
  /**
   * Brotli quality, 11 (the most, the default) down to 0. Quality 11 costs about 60 times the
   * time of 6 for some 10 % fewer bytes: worth it for a site built once and read many times,
   * not necessarily for a benchmark building 10,000 synthetic guides.
   */
  readonly brotliQuality?: number;
}

export async function precompressSite(
  siteDir: string,
  options: PrecompressOptions = {},
): Promise<PrecompressReport> {
  const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => !hidden(file))
    .sort();
  for (const file of files.filter(isPrecompressedSibling)) rmSync(join(siteDir, file));
  const sources = files.filter(
    (file) =>
      PRECOMPRESSED_EXTENSIONS.has(extname(file)) &&
      statSync(join(siteDir, file)).isFile() &&
      statSync(join(siteDir, file)).size >= PRECOMPRESS_MIN_BYTES,
  );
  let count = 0;
  let bytes = 0;
  let gzipBytes = 0;
  let brotliBytes = 0;
  const compress = async (file: string) => {
    const path = join(siteDir, file);
    const data = readFileSync(path);
    const [gz, br] = await compressBoth(data, extname(file), options.brotliQuality);
    if (gz.length >= data.length && br.length >= data.length) return;
    count++;
    bytes += data.length;
    // A sibling that would not be smaller is left out; nginx then sends the file itself.
    if (gz.length < data.length) writeFileSync(`${path}.gz`, gz);
    if (br.length < data.length) writeFileSync(`${path}.br`, br);
    gzipBytes += Math.min(gz.length, data.length);
    brotliBytes += Math.min(br.length, data.length);
  };
  for (let start = 0; start < sources.length; start += IN_FLIGHT) {
    await Promise.all(sources.slice(start, start + IN_FLIGHT).map(compress));
  }
  return { files: count, bytes, gzipBytes, brotliBytes };
}
