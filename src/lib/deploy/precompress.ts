// Precompression of a built site: a `.gz` and a `.br` sibling beside every text file worth it,
// so nginx's gzip_static and brotli_static send them without compressing per request, at levels
// too slow to use on the fly (gzip 9, brotli 11). Both encoders are deterministic and gzip's
// header carries no time or name (Node writes mtime 0), so the same file gives the same bytes in
// every build. Callable on any site folder: the build runs it last (a shard build on its own
// files), and the merge of shard builds runs it on the merged site, reusing the shards' siblings
// through the cache (seedPrecompressCache).
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, extname, join, sep } from 'node:path';
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
  /** Files whose compressed pair came from the cache (PrecompressOptions.cacheDir). */
  readonly fromCache: number;
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
 * Documents — one per page or per part of the data: many, each read by few — get brotli 8;
 * assets shared by every page (styles, scripts, Pagefind's core, the editor's bundle) get 11.
 * Measured on 200 built guide pages (39 KB each): quality 11 took 33.6 ms a page for 6.60 KB,
 * quality 8 0.72 ms for 7.10 KB (and 9 already 6.8 ms): 11 on 20,000 pages is ten minutes of
 * CPU for 7 % fewer bytes, on a handful of shared assets it is nothing and every visit gains.
 */
export const DOCUMENT_BROTLI_QUALITY = 8;
export const ASSET_BROTLI_QUALITY = constants.BROTLI_MAX_QUALITY;

const DOCUMENT_EXTENSIONS: ReadonlySet<string> = new Set([
  '.html',
  '.xml',
  '.csv',
  '.txt',
  '.md',
  '.yml',
  '.yaml',
]);

/** The brotli quality a site file gets (see DOCUMENT_BROTLI_QUALITY). */
export function brotliQualityFor(file: string): number {
  const extension = extname(file);
  const document =
    DOCUMENT_EXTENSIONS.has(extension) || (extension === '.json' && file.startsWith('data/'));
  return document ? DOCUMENT_BROTLI_QUALITY : ASSET_BROTLI_QUALITY;
}

export interface PrecompressOptions {
  /**
   * An upper bound on brotli's quality (0–11) for every file, below the per-file choice of
   * brotliQualityFor: for builds that are measured or tested rather than deployed.
   */
  readonly brotliQuality?: number;
  /**
   * A folder that keeps every compressed result by the digest of its input, so that a rebuild
   * compresses only the files that changed (Astro's cache folder, node_modules/.astro, which CI
   * restores). Entries not used by this run are removed at its end. Default: no cache.
   */
  readonly cacheDir?: string;
}

const digest = (data: Buffer) => createHash('sha256').update(data).digest('base64url');

/** The brotli quality a file gets in this run: its own, capped by the options' bound. */
const qualityOf = (file: string, options: PrecompressOptions): number =>
  Math.min(brotliQualityFor(file), options.brotliQuality ?? Infinity);

/** Where the cache keeps the gzip and brotli forms of `data`: by its digest and the quality. */
function cachePaths(cacheDir: string, data: Buffer, quality: number): readonly [string, string] {
  const key = digest(data);
  const base = join(cacheDir, key.slice(0, 2), key);
  return [`${base}.gz`, `${base}.q${String(quality)}.br`];
}

/**
 * Enters into the cache the siblings an earlier precompressSite wrote in `siteDir` for `files`
 * (a shard's output, precompressed by its own build: docs/scale.md), under the digest of the file
 * each pair was made from, so that precompressing the same bytes in the merged site links them
 * instead of compressing again. Only complete pairs are entered (a file whose siblings were not
 * smaller is compressed again, and left out again). Returns how many pairs were entered.
 */
export function seedPrecompressCache(
  siteDir: string,
  files: readonly string[],
  options: PrecompressOptions & { readonly cacheDir: string },
): number {
  let seeded = 0;
  for (const file of files) {
    if (!PRECOMPRESSED_EXTENSIONS.has(extname(file))) continue;
    const path = join(siteDir, file);
    const siblings = [`${path}.gz`, `${path}.br`] as const;
    if (!siblings.every((sibling) => existsSync(sibling))) continue;
    const quality = qualityOf(file, options);
    const targets = cachePaths(options.cacheDir, readFileSync(path), quality);
    mkdirSync(dirname(targets[0]), { recursive: true });
    targets.forEach((target, i) => {
      if (existsSync(target)) return;
      linkOrCopy(siblings[i] ?? '', target);
    });
    seeded++;
  }
  return seeded;
}

/** One compressed sibling: its size, and where its bytes are (in memory, or a cache file). */
interface Compressed {
  readonly size: number;
  readonly bytes?: Buffer;
  readonly cached?: string;
}

/**
 * The compressed pair of one file: from the cache when it holds it (only its sizes are read),
 * else compressed, and kept in the cache when there is one.
 */
async function compressedPair(
  data: Buffer,
  extension: string,
  quality: number,
  cacheDir: string | undefined,
  used: Set<string>,
  hits: { count: number },
): Promise<[Compressed, Compressed]> {
  if (cacheDir === undefined) {
    const [gz, br] = await compressBoth(data, extension, quality);
    return [
      { size: gz.length, bytes: gz },
      { size: br.length, bytes: br },
    ];
  }
  const paths = cachePaths(cacheDir, data, quality);
  for (const path of paths) used.add(path);
  try {
    const pair: [Compressed, Compressed] = [
      { size: statSync(paths[0]).size, cached: paths[0] },
      { size: statSync(paths[1]).size, cached: paths[1] },
    ];
    hits.count++;
    return pair;
  } catch {
    const pair = await compressBoth(data, extension, quality);
    mkdirSync(dirname(paths[0]), { recursive: true });
    // Written under a temporary name and renamed: a build stopped halfway never leaves half a file.
    pair.forEach((bytes, i) => {
      const path = paths[i] ?? '';
      writeFileSync(`${path}.tmp`, bytes);
      renameSync(`${path}.tmp`, path);
    });
    return [
      { size: pair[0].length, cached: paths[0] },
      { size: pair[1].length, cached: paths[1] },
    ];
  }
}

/**
 * Puts a sibling in place: a hard link to its cache file where the file system allows (no
 * second copy, nothing written: cache files are never changed, only replaced or removed), else a
 * copy; or the bytes themselves without a cache.
 */
function placeSibling(target: string, sibling: Compressed): void {
  if (sibling.cached === undefined) {
    writeFileSync(target, sibling.bytes ?? Buffer.alloc(0));
    return;
  }
  linkOrCopy(sibling.cached, target);
}

/** A hard link where the file system allows (no second copy of the bytes), else a copy. */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Removes cache entries this run did not use, so the cache holds one site's worth at most. */
function pruneCache(cacheDir: string, used: ReadonlySet<string>): number {
  if (!existsSync(cacheDir)) return 0;
  let removed = 0;
  for (const file of readdirSync(cacheDir, { recursive: true, encoding: 'utf8' })) {
    const path = join(cacheDir, file);
    if (!used.has(path) && statSync(path).isFile()) {
      rmSync(path);
      removed++;
    }
  }
  return removed;
}

/**
 * Writes `<file>.gz` and `<file>.br` beside every file of `siteDir` with a precompressed
 * extension and at least PRECOMPRESS_MIN_BYTES, unless compression would not make it smaller.
 * Siblings left by an earlier run are removed first, so none is ever stale. Hidden folders
 * (`.nginx/`) are skipped: nginx never serves them.
 */
export async function precompressSite(
  siteDir: string,
  options: PrecompressOptions = {},
): Promise<PrecompressReport> {
  const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => !hidden(file))
    .sort();
  for (const file of files.filter(isPrecompressedSibling)) rmSync(join(siteDir, file));
  const sources = files.filter((file) => {
    if (!PRECOMPRESSED_EXTENSIONS.has(extname(file))) return false;
    const stat = statSync(join(siteDir, file));
    return stat.isFile() && stat.size >= PRECOMPRESS_MIN_BYTES;
  });
  const used = new Set<string>();
  const hits = { count: 0 };
  let count = 0;
  let bytes = 0;
  let gzipBytes = 0;
  let brotliBytes = 0;
  const compress = async (file: string) => {
    const path = join(siteDir, file);
    const data = readFileSync(path);
    const quality = qualityOf(file, options);
    const [gz, br] = await compressedPair(
      data,
      extname(file),
      quality,
      options.cacheDir,
      used,
      hits,
    );
    if (gz.size >= data.length && br.size >= data.length) return;
    count++;
    bytes += data.length;
    // A sibling that would not be smaller is left out; nginx then sends the file itself.
    if (gz.size < data.length) placeSibling(`${path}.gz`, gz);
    if (br.size < data.length) placeSibling(`${path}.br`, br);
    gzipBytes += Math.min(gz.size, data.length);
    brotliBytes += Math.min(br.size, data.length);
  };
  for (let start = 0; start < sources.length; start += IN_FLIGHT) {
    await Promise.all(sources.slice(start, start + IN_FLIGHT).map(compress));
  }
  if (options.cacheDir !== undefined) pruneCache(options.cacheDir, used);
  return { files: count, bytes, gzipBytes, brotliBytes, fromCache: hits.count };
}
