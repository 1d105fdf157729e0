// Precompression of a built site: which files get .gz and .br siblings, that they decompress to
// the file, that a second run writes the same bytes, and that stale siblings never survive.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompressOptionsFromEnv } from '../../src/lib/deploy/deploy-files.ts';
import {
  ASSET_BROTLI_QUALITY,
  brotliQualityFor,
  DOCUMENT_BROTLI_QUALITY,
  isPrecompressedSibling,
  PRECOMPRESS_MIN_BYTES,
  precompressSite,
  seedPrecompressCache,
} from '../../src/lib/deploy/precompress.ts';

let site: string;
const write = (path: string, content: string | Buffer) => {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), content);
};
const read = (path: string) => readFileSync(join(site, path));
const has = (path: string) => existsSync(join(site, path));

const PAGE = `<!doctype html><html lang="zh-CN"><body>${'<p>内地居民结婚登记：申请材料、办理地点和时限。</p>'.repeat(40)}</body></html>`;

beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'precompress-'));
  write('guides/a/b/index.html', PAGE);
  write('_astro/Base.css', `body{margin:0}${'.x{color:#123}'.repeat(50)}`);
  write(
    'data/guides.json',
    JSON.stringify({ guides: Array.from({ length: 30 }, (_, i) => ({ id: `g${i}` })) }),
  );
  write('small.txt', 'x'.repeat(PRECOMPRESS_MIN_BYTES - 1));
  write('enough.txt', 'y'.repeat(PRECOMPRESS_MIN_BYTES));
  // Already compressed, or a user's own archive: left alone.
  write('pagefind/fragment/zh-cn_1.pf_fragment', Buffer.alloc(400, 1));
  write('templates/forms.tar.gz', Buffer.alloc(400, 2));
  write('photo.png', Buffer.alloc(400, 3));
  write('.nginx/content-security-policy.conf', 'map $uri $x { default "a"; }\n'.repeat(20));
});
afterEach(() => {
  rmSync(site, { recursive: true, force: true });
});

describe('precompressing a built site', () => {
  it('writes .gz and .br beside each text file of at least the minimum size', async () => {
    const report = await precompressSite(site);
    for (const file of [
      'guides/a/b/index.html',
      '_astro/Base.css',
      'data/guides.json',
      'enough.txt',
    ]) {
      expect(gunzipSync(read(`${file}.gz`)).equals(read(file)), file).toBe(true);
      expect(brotliDecompressSync(read(`${file}.br`)).equals(read(file)), file).toBe(true);
      expect(read(`${file}.br`).length).toBeLessThan(read(file).length);
    }
    expect(report.files).toBe(4);
    expect(report.brotliBytes).toBeLessThan(report.gzipBytes);
    expect(report.gzipBytes).toBeLessThan(report.bytes);
  });

  it('leaves small files, compressed formats and hidden folders alone', async () => {
    await precompressSite(site);
    for (const file of [
      'small.txt',
      'pagefind/fragment/zh-cn_1.pf_fragment',
      'templates/forms.tar.gz',
      'photo.png',
      '.nginx/content-security-policy.conf',
    ]) {
      expect([has(`${file}.gz`), has(`${file}.br`)], file).toEqual([false, false]);
    }
  });

  it('writes the same bytes every time (no time or name in the gzip header)', async () => {
    await precompressSite(site);
    const first = [read('guides/a/b/index.html.gz'), read('guides/a/b/index.html.br')];
    // gzip's header: no mtime (bytes 4–7) and no file name flag.
    expect(first[0]?.readUInt32LE(4)).toBe(0);
    expect((first[0]?.[3] ?? 0) & 0x08).toBe(0);
    await precompressSite(site);
    expect(read('guides/a/b/index.html.gz').equals(first[0] ?? Buffer.alloc(0))).toBe(true);
    expect(read('guides/a/b/index.html.br').equals(first[1] ?? Buffer.alloc(0))).toBe(true);
  });

  it('removes siblings whose file changed, shrank or is gone, but not other archives', async () => {
    await precompressSite(site);
    rmSync(join(site, 'data/guides.json'));
    write('enough.txt', 'short');
    write('guides/a/b/index.html', `${PAGE}<!-- edited -->`);
    await precompressSite(site);
    expect([has('data/guides.json.gz'), has('data/guides.json.br')]).toEqual([false, false]);
    expect([has('enough.txt.gz'), has('enough.txt.br')]).toEqual([false, false]);
    expect(gunzipSync(read('guides/a/b/index.html.gz')).toString('utf8')).toContain('edited');
    expect(has('templates/forms.tar.gz')).toBe(true);
  });

  it('knows its own siblings from other compressed files', () => {
    expect(
      ['index.html.gz', 'a/b.css.br', 'forms.tar.gz', 'index.html', 'x.pf_fragment.gz'].map(
        isPrecompressedSibling,
      ),
    ).toEqual([true, true, false, false, false]);
  });
});

describe('TONGYUAN_BROTLI_QUALITY', () => {
  it('leaves the quality to each file when unset, and caps it when set', () => {
    const cacheDir = join('/project', 'node_modules', '.astro', 'precompress');
    expect(precompressOptionsFromEnv({}, '/project')).toEqual({ cacheDir });
    expect(precompressOptionsFromEnv({ TONGYUAN_BROTLI_QUALITY: '5' }, '/project')).toEqual({
      brotliQuality: 5,
      cacheDir,
    });
  });

  it('refuses anything but 0–11', () => {
    expect(() => precompressOptionsFromEnv({ TONGYUAN_BROTLI_QUALITY: 'max' })).toThrow(
      'TONGYUAN_BROTLI_QUALITY must be a whole number from 0 to 11, not "max".',
    );
  });

  it('gives a smaller file at 11 than at 1', async () => {
    const low = await precompressSite(site, { brotliQuality: 1 });
    const high = await precompressSite(site);
    expect(high.brotliBytes).toBeLessThan(low.brotliBytes);
  });
});

describe('brotli quality per file', () => {
  it('gives documents (pages, data, feeds) 8 and assets every page shares 11', () => {
    expect([DOCUMENT_BROTLI_QUALITY, ASSET_BROTLI_QUALITY]).toEqual([8, 11]);
    expect(
      [
        'guides/a/b/index.html',
        'rss.xml',
        'data/guides.csv',
        'data/guides/x/1.json',
        '_astro/Base.abc.css',
        '_astro/search.abc.js',
        'pagefind/wasm.zh.pagefind.wasm',
        'pagefind/pagefind-entry.json',
        'admin/decap-cms.js',
      ].map(brotliQualityFor),
    ).toEqual([8, 8, 8, 8, 11, 11, 11, 11, 11]);
  });
});

describe('the precompression cache', () => {
  let cacheDir: string;
  beforeEach(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'precompress-cache-'));
  });
  afterEach(() => {
    rmSync(cacheDir, { recursive: true, force: true });
  });
  const cacheFiles = () =>
    readdirSync(cacheDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
      .length;
  const siblings = () =>
    ['guides/a/b/index.html', '_astro/Base.css', 'data/guides.json', 'enough.txt'].flatMap(
      (file) => [read(`${file}.gz`), read(`${file}.br`)],
    );

  it('compresses only what changed on the next run, with the same bytes as without it', async () => {
    const uncached = await precompressSite(site);
    const plain = siblings();
    const cold = await precompressSite(site, { cacheDir });
    expect(cold.fromCache).toBe(0);
    expect(siblings()).toEqual(plain);
    const warm = await precompressSite(site, { cacheDir });
    expect(warm.fromCache).toBe(4);
    expect({ ...warm, fromCache: 0 }).toEqual(uncached);
    expect(siblings()).toEqual(plain);

    write('guides/a/b/index.html', `${PAGE}<!-- edited -->`);
    const edited = await precompressSite(site, { cacheDir });
    expect(edited.fromCache).toBe(3);
    expect(gunzipSync(read('guides/a/b/index.html.gz')).toString('utf8')).toContain('edited');
  });

  it('keeps only the entries of the last run: a .gz and a .br per file', async () => {
    await precompressSite(site, { cacheDir });
    expect(cacheFiles()).toBe(8);
    write('guides/a/b/index.html', `${PAGE}<!-- edited -->`);
    rmSync(join(site, 'enough.txt'));
    await precompressSite(site, { cacheDir });
    expect(cacheFiles()).toBe(6);
  });

  it('links each sibling to its cache file instead of writing the bytes again', async () => {
    await precompressSite(site, { cacheDir });
    await precompressSite(site, { cacheDir });
    // A hard link: the sibling and the cache entry are one file.
    expect(statSync(join(site, 'guides/a/b/index.html.br')).nlink).toBe(2);
    expect(gunzipSync(read('guides/a/b/index.html.gz')).equals(read('guides/a/b/index.html'))).toBe(
      true,
    );
  });

  it('keeps a separate entry per brotli quality', async () => {
    await precompressSite(site, { cacheDir });
    const low = await precompressSite(site, { cacheDir, brotliQuality: 1 });
    expect(low.fromCache).toBe(0);
    expect(brotliDecompressSync(read('_astro/Base.css.br')).equals(read('_astro/Base.css'))).toBe(
      true,
    );
  });

  // A shard compresses its own files; the merge enters those siblings into its cache, so the
  // merged site is compressed once, on the shards' runners (docs/scale.md).
  describe('seeded from an earlier run elsewhere (a shard before the merge)', () => {
    const files = ['guides/a/b/index.html', '_astro/Base.css', 'data/guides.json', 'enough.txt'];
    let merged: string;
    beforeEach(() => {
      merged = mkdtempSync(join(tmpdir(), 'precompress-merged-'));
      for (const file of [...files, 'small.txt']) {
        mkdirSync(dirname(join(merged, file)), { recursive: true });
        writeFileSync(join(merged, file), read(file));
      }
    });
    afterEach(() => {
      rmSync(merged, { recursive: true, force: true });
    });

    it('reuses every complete pair, and the merged siblings are the ones a fresh run writes', async () => {
      await precompressSite(site);
      const plain = siblings();
      expect(seedPrecompressCache(site, [...files, 'small.txt', 'photo.png'], { cacheDir })).toBe(
        4,
      );
      const report = await precompressSite(merged, { cacheDir });
      expect(report.fromCache).toBe(4);
      expect(
        files.flatMap((f) => [`${f}.gz`, `${f}.br`].map((x) => readFileSync(join(merged, x)))),
      ).toEqual(plain);
    });

    it('compresses again a file whose bytes differ from the ones its siblings were made from', async () => {
      await precompressSite(site);
      seedPrecompressCache(site, files, { cacheDir });
      writeFileSync(join(merged, 'enough.txt'), 'z'.repeat(PRECOMPRESS_MIN_BYTES));
      const report = await precompressSite(merged, { cacheDir });
      expect(report.fromCache).toBe(3);
      expect(gunzipSync(readFileSync(join(merged, 'enough.txt.gz'))).toString('utf8')).toBe(
        'z'.repeat(PRECOMPRESS_MIN_BYTES),
      );
    });

    it('enters nothing for a site that was never compressed', () => {
      expect(seedPrecompressCache(site, files, { cacheDir })).toBe(0);
      expect(cacheFiles()).toBe(0);
    });
  });
});
