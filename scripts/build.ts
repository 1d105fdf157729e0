// `npm run build [-- astro build options, e.g. --outDir DIR]`: `astro build`, then the Pagefind
// index of the built guide pages (src/lib/search/pagefind-build.ts), in this process once Astro
// has exited. Not in Astro's astro:build:done hook: there the build's own memory (every page's
// data, ~1.3 GB at 10,000 guides) is still held while Pagefind's indexer grows to as much again,
// and the two together passed 2 GB; one after the other, the peak is the larger of the two.
// Last, the deploy files (docs/deploy.md): the nginx CSP include from the built pages and the
// .gz/.br siblings of every text file, Pagefind's included. A shard build (TONGYUAN_SHARD=K/N)
// indexes its own guides into its own bundle and compresses its own files; the CSP include, which
// needs the pages of every shard, is left to `npm run merge`.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  SITE_SHARD,
  ShardSpecError,
  currentShard,
  pagefindBundleDir,
  shardOutDir,
} from '../src/lib/shard/assign.ts';
import { ShardHeapSettingError, astroHeapOptions, outOfHeapHint } from '../src/lib/shard/heap.ts';

const args = process.argv.slice(2);
const { values } = parseArgs({
  args,
  strict: false,
  options: { outDir: { type: 'string' }, root: { type: 'string' } },
});
const root = resolve(typeof values.root === 'string' ? values.root : '.');
/** A wrong setting is the user's mistake: its message and exit status 2, never a stack trace. */
function setting<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ShardSpecError || error instanceof ShardHeapSettingError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

const shard = setting(currentShard);
const outDir =
  typeof values.outDir === 'string'
    ? resolve(values.outDir)
    : resolve(root, shard ? shardOutDir(shard) : 'dist');

// A shard's Astro step runs with a fixed heap limit, so its peak is the same on every runner.
const heapOptions = setting(() => astroHeapOptions(process.env, shard !== undefined));
const astro = spawnSync(
  process.execPath,
  [
    ...heapOptions,
    resolve(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs'),
    'build',
    ...args,
  ],
  { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);
if (astro.status !== 0) {
  const hint = outOfHeapHint(astro, heapOptions);
  if (hint) console.error(`\n${hint}`);
  process.exit(astro.status ?? 1);
}

// Loaded only now: while Astro runs, this process is counted in the build's peak memory.
const [
  { formatDeployFilesReport, formatPrecompressReport, precompressOptionsFromEnv, writeDeployFiles },
  { writeAdminFiles },
  { precompressSite },
  { ITEMS_BUNDLE_DIR },
  { indexBuiltSite, indexItemPages },
] = await Promise.all([
  import('../src/lib/deploy/deploy-files.ts'),
  import('../src/lib/cms/admin-files.ts'),
  import('../src/lib/deploy/precompress.ts'),
  import('../src/lib/items/tier.ts'),
  import('../src/lib/search/pagefind-build.ts'),
]);

const started = performance.now();
const { pageCount, outputPath } = await indexBuiltSite(
  outDir,
  shard ? join(outDir, pagefindBundleDir(shard.index)) : undefined,
);
console.log(
  `[search] Pagefind indexed ${String(pageCount)} guide page(s) into ${outputPath} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
// The service items' bundle (docs/scale.md): only when Astro rendered item pages (a catalogue
// past the tier's bound, whole or in its site shard).
const itemsStarted = performance.now();
const items = await indexItemPages(outDir, join(outDir, ITEMS_BUNDLE_DIR));
if (items) {
  console.log(
    `[search] Pagefind indexed ${String(items.pageCount)} service item page(s) into ${items.outputPath} in ${((performance.now() - itemsStarted) / 1000).toFixed(1)} s`,
  );
}
// A shard other than the site shard wrote the instant-filter index of its own guides only, for
// the step above; the site shard's lists every guide and is the one merged (src/lib/shard/assign.ts).
if (shard && shard.index !== SITE_SHARD) rmSync(join(outDir, 'data', 'search-index.json'));

// /admin/, the web editor: a page of the whole site, so a whole build or the site shard. Here
// rather than in Astro's process, which still holds the build when its last hook runs.
if (!shard || shard.index === SITE_SHARD) {
  const admin = await writeAdminFiles(outDir, root);
  console.log(
    `[admin] web editor: ${String(admin.files)} files in /admin/ (${(admin.bytes / 1e6).toFixed(1)} MB)`,
  );
}

const deployStarted = performance.now();
const options = precompressOptionsFromEnv(process.env, root);
if (shard) {
  // A shard compresses its own files, on its own runner; the merge reuses these siblings
  // (seedPrecompressCache) and writes the CSP include, which needs every shard's pages.
  const report = await precompressSite(outDir, options);
  console.log(
    `[deploy] ${formatPrecompressReport(report)} in ${((performance.now() - deployStarted) / 1000).toFixed(1)} s`,
  );
} else {
  const report = await writeDeployFiles(outDir, options);
  console.log(
    `[deploy] ${formatDeployFilesReport(report)} in ${((performance.now() - deployStarted) / 1000).toFixed(1)} s`,
  );
}
