// `npm run build [-- astro build options, e.g. --outDir DIR]`: `astro build`, then the Pagefind
// index of the built guide pages (src/lib/search/pagefind-build.ts), in this process once Astro
// has exited. Not in Astro's astro:build:done hook: there the build's own memory (every page's
// data, ~1.3 GB at 10,000 guides) is still held while Pagefind's indexer grows to as much again,
// and the two together passed 2 GB; one after the other, the peak is the larger of the two.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { indexBuiltSite } from '../src/lib/search/pagefind-build.ts';

const args = process.argv.slice(2);
const { values } = parseArgs({
  args,
  strict: false,
  options: { outDir: { type: 'string' }, root: { type: 'string' } },
});
const root = resolve(typeof values.root === 'string' ? values.root : '.');
const outDir = typeof values.outDir === 'string' ? resolve(values.outDir) : resolve(root, 'dist');

const astro = spawnSync(
  process.execPath,
  [
    resolve(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs'),
    'build',
    ...args,
  ],
  { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);
if (astro.status !== 0) process.exit(astro.status ?? 1);

const started = performance.now();
const { pageCount, outputPath } = await indexBuiltSite(outDir);
console.log(
  `[search] Pagefind indexed ${String(pageCount)} guide page(s) into ${outputPath} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
