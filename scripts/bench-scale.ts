// npm run bench:scale [-- --guides 20000 --shards 4] [--seed N] [--queries 12] [--keep] [--no-docs]
//
// Province scale on one machine (docs/scale.md): generates a seeded synthetic corpus, runs the N
// shard builds one after another (as N CI runners would in parallel), merges them (which checks
// the build invariants), then measures in Chromium the bytes of a first search query and whether
// each query of a table drawn from the corpus finds its guide in the top 3. Every shard's wall
// time and peak memory (whole process tree) are reported; targets are reported, never asserted.
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { itemSlug } from '../src/lib/items/group.ts';
import { itemUrl } from '../src/lib/items/tier.ts';
import { shardOfGuide } from '../src/lib/shard/assign.ts';
import { generateCorpus } from '../src/lib/synthetic/generate.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/serve.ts';
import { measure } from './bench/measure.ts';
import type { Measurement } from './bench/measure.ts';
import { projectWithContent } from './bench/project.ts';
import { ANSWERED, searchBytes } from './bench/search-bytes.ts';
import { dirSize, htmlPageCount } from './bench/weight.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    guides: { type: 'string', default: '20000' },
    shards: { type: 'string', default: '4' },
    seed: { type: 'string', default: '20261125' },
    queries: { type: 'string', default: '12' },
    keep: { type: 'boolean', default: false },
    'no-docs': { type: 'boolean', default: false },
  },
});
const guides = Number(args.guides);
const shards = Number(args.shards);
const queryCount = Number(args.queries);
if (![guides, shards, queryCount].every((n) => Number.isInteger(n) && n >= 1) || shards > 64) {
  console.error(
    '--guides, --shards (1–64) and --queries take positive whole numbers, e.g. --guides 20000 --shards 4',
  );
  process.exit(2);
}

const TARGETS = {
  shardPeakRss: 2 * 1024 ** 3,
  firstQueryBytes: 400 * 1024,
  htmlPage: 300 * 1024,
  dataFile: 20 * 1024 ** 2,
  validatorOverReadParse: 1.5,
};

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const node = process.execPath;
const mb = (bytes: number) => `${String(Math.round(bytes / 1024 ** 2))} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function check(step: string, run: Measurement): Measurement {
  if (run.exitCode === 0) return run;
  const tail = `${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-40).join('\n');
  throw new Error(`${step} failed (exit ${String(run.exitCode)}):\n${tail}`);
}

/** The largest files of a kind in the merged site, biggest first. */
function largest(dist: string, pattern: RegExp, n = 3): { path: string; bytes: number }[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => pattern.test(file))
    .map((path) => ({ path, bytes: statSync(join(dist, path)).size }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, n);
}

const startLoad = loadavg()[0] ?? 0;
const work = join(tmpdir(), 'tongyuan-bench-scale', `site-${String(guides)}`);
console.log(`[scale] generating ${String(guides)} guides (seed ${args.seed}) into ${work}…`);
const files = generateCorpus({ guides, seed: Number(args.seed) });
const dir = projectWithContent(ROOT, work, files);

// A query table drawn from the corpus: titles spread over the corpus (so over every shard). The
// synthetic vocabulary repeats titles across departments, and those guides are the same service,
// so a query is answered when one of the guides with that title comes back in the top 3 — or,
// on a site with the service-item tier (docs/scale.md), the item page of that title, provided
// the built item page links to one of those guides (checked, not assumed).
const titles = new Map<string, string[]>();
for (const [path, text] of files) {
  const title = path.startsWith('guides/') ? /^title: (.+)$/m.exec(text)?.[1] : undefined;
  if (title)
    titles.set(title, [...(titles.get(title) ?? []), path.slice('guides/'.length, -'.md'.length)]);
}
const allTitles = [...titles].map(([title, ids]) => ({ title, ids }));
const step = Math.max(1, Math.floor(allTitles.length / queryCount));
const table = allTitles.filter((_, i) => i % step === 0).slice(0, queryCount);

console.log('[scale] validator, and a bare read + parse of the same files…');
const validate = check(
  'npm run validate',
  await measure(node, ['scripts/validate.ts'], { cwd: dir, env }),
);
const readParse = check(
  'read + parse',
  await measure(node, ['scripts/bench/read-parse.ts', 'src/content'], { cwd: dir, env }),
);

const shardRuns: {
  shard: number;
  ms: number;
  peak: number;
  pagefindMs: number;
  /** Peak of the tree while the indexer ran (Astro has exited by then: scripts/build.ts). */
  pagefindPeak: number;
  guides: number;
}[] = [];
for (let k = 1; k <= shards; k++) {
  console.log(`[scale] shard ${String(k)}/${String(shards)}: building…`);
  const run = check(
    `shard ${String(k)}`,
    // As `npm run build` builds a shard: Astro, then this shard's search bundle once Astro exits.
    await measure(node, ['scripts/build.ts'], {
      cwd: dir,
      env: { ...env, TONGYUAN_SHARD: `${String(k)}/${String(shards)}` },
      phases: { pagefind: /pagefind/ },
    }),
  );
  const manifest = JSON.parse(
    readFileSync(join(dir, `dist-shard-${String(k)}`, '.tongyuan-shard.json'), 'utf8'),
  ) as {
    guides: string[];
  };
  shardRuns.push({
    shard: k,
    ms: run.wallMs,
    peak: run.peakRssBytes,
    pagefindMs: run.phases['pagefind']?.ms ?? 0,
    pagefindPeak: run.phases['pagefind']?.peakTreeRssBytes ?? 0,
    guides: manifest.guides.length,
  });
  console.log(
    `[scale] shard ${String(k)}: ${s(run.wallMs)}, peak ${mb(run.peakRssBytes)} (${mb(run.phases['pagefind']?.peakTreeRssBytes ?? 0)} while Pagefind ran), ${String(manifest.guides.length)} guides`,
  );
}

console.log('[scale] merging (and checking the invariants)…');
const shardDirs = Array.from({ length: shards }, (_, i) => `dist-shard-${String(i + 1)}`);
const merge = check(
  'npm run merge',
  await measure(node, ['scripts/merge.ts', ...shardDirs], { cwd: dir, env }),
);
const invariants =
  merge.stdout.split('\n').find((line) => line.includes('published guide sources')) ?? '';

const dist = join(dir, 'dist');
const output = dirSize(dist);
const pages = htmlPageCount(dist);
const html = largest(dist, /\.html$/, 10);
const data = largest(dist, /^data\/.*\.(json|csv)$/);

console.log('[scale] search: first query bytes and the query table in Chromium…');
const first = await searchBytes(dist, table[0]?.title ?? '营业执照');
const server = await serveStatic(dist, { gzip: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
const ranked: {
  title: string;
  guides: number;
  shards: number[];
  rank: number;
  byItem: boolean;
}[] = [];
/** The item page of a title, when the site has one that lists one of `ids`' guides. */
function itemPageListing(title: string, ids: readonly string[]): string | undefined {
  const url = itemUrl(itemSlug(title));
  let html = '';
  try {
    html = readFileSync(join(dist, url, 'index.html'), 'utf8');
  } catch {
    return undefined;
  }
  return ids.some((id) => html.includes(`href="/guides/${id}/"`)) ? url : undefined;
}
try {
  const page = await browser.newPage();
  for (const row of table) {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(row.title)}`);
    const status = page.locator('[data-search]').getByRole('status');
    for (let i = 0; i < 300 && !ANSWERED.test((await status.textContent()) ?? ''); i++) {
      await page.waitForTimeout(100);
    }
    const hrefs = await page
      .locator('[data-search-results] h3 a')
      .evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );
    const wanted = new Set(row.ids.map((id) => `/guides/${id}/`));
    const item = itemPageListing(row.title, row.ids);
    if (item) wanted.add(item);
    const rank = hrefs.findIndex((href) => wanted.has(href)) + 1;
    ranked.push({
      title: row.title,
      guides: row.ids.length,
      shards: [...new Set(row.ids.map((id) => shardOfGuide(id, shards)))].sort((a, b) => a - b),
      rank,
      byItem: rank > 0 && hrefs[rank - 1] === item,
    });
  }
} finally {
  await browser.close();
  await server.close();
}
const inTop3 = ranked.filter((row) => row.rank >= 1 && row.rank <= 3).length;
const byItem = ranked.filter((row) => row.rank >= 1 && row.rank <= 3 && row.byItem).length;

const slowest = Math.max(...shardRuns.map((run) => run.ms));
const peakOfAll = Math.max(...shardRuns.map((run) => run.peak));
const ratio = validate.wallMs / readParse.wallMs;
const meets = (ok: boolean) => (ok ? 'met' : 'MISSED');
const date = new Date();
const lines = [
  `Run ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${String(availableParallelism())} cores, ${String(Math.round(totalmem() / 2 ** 30))} GiB, Node ${process.version}; one-minute load average ${startLoad.toFixed(2)} at start and ${(loadavg()[0] ?? 0).toFixed(2)} at end; seed ${args.seed}; ${String(guides)} guides in ${String(shards)} shards, built one after another.`,
  '',
  '| shard | guides | wall time | of which Pagefind | peak RSS (process tree) | peak while Pagefind ran |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...shardRuns.map(
    (run) =>
      `| ${String(run.shard)}/${String(shards)} | ${run.guides.toLocaleString('en')} | ${s(run.ms)} | ${s(run.pagefindMs)} | ${mb(run.peak)} | ${mb(run.pagefindPeak)} |`,
  ),
  '',
  '| figure | value |',
  '| --- | ---: |',
  `| merge (with the invariants check) | ${s(merge.wallMs)}, peak ${mb(merge.peakRssBytes)} |`,
  `| projected wall time, ${String(shards)} parallel runners (slowest shard + merge) | ${s(slowest + merge.wallMs)} |`,
  `| all shards one after another (this machine) | ${s(shardRuns.reduce((sum, run) => sum + run.ms, 0) + merge.wallMs)} |`,
  `| output | ${mb(output.bytes)} in ${output.files.toLocaleString('en')} files, ${pages.toLocaleString('en')} HTML pages |`,
  `| largest HTML page | ${kb(html[0]?.bytes ?? 0)} (${html[0]?.path ?? '–'}) |`,
  `| largest data file | ${mb(data[0]?.bytes ?? 0)} (${data[0]?.path ?? '–'}) |`,
  `| first search query (“${first.query}”), gz | ${kb(first.queryBytes)} in ${String(first.requests)} requests; ${first.announced} |`,
  ...(first.fullText
    ? [
        `| then the full-text button (service-item tier), gz | ${kb(first.fullText.bytes)} more in ${String(first.fullText.requests)} requests; ${first.fullText.announced} |`,
      ]
    : []),
  `| query table (titles drawn from the corpus) | ${String(inTop3)} of ${String(ranked.length)} in the top 3${byItem > 0 ? ` (${String(byItem)} by the item page listing the guide)` : ''} |`,
  `| validator / bare read + parse | ${s(validate.wallMs)} / ${s(readParse.wallMs)} = ${ratio.toFixed(2)}× |`,
  '',
  `Invariants on the merged site: ${invariants}`,
  '',
  `- every shard ≤ 2 GB: peak ${mb(peakOfAll)} — ${meets(peakOfAll <= TARGETS.shardPeakRss)}`,
  `- first query ≤ 400 KB: ${kb(first.queryBytes)} — ${meets(first.queryBytes <= TARGETS.firstQueryBytes)}`,
  `- no HTML page over 300 KB: largest ${kb(html[0]?.bytes ?? 0)} — ${meets((html[0]?.bytes ?? 0) <= TARGETS.htmlPage)}`,
  `- no data file over 20 MB: largest ${mb(data[0]?.bytes ?? 0)} — ${meets((data[0]?.bytes ?? 0) <= TARGETS.dataFile)}`,
  `- expected guide in the top 3: ${String(inTop3)}/${String(ranked.length)} — ${meets(ranked.length > 0 && inTop3 === ranked.length)}`,
  `- validator ≤ 1.5× read + parse: ${ratio.toFixed(2)}× — ${meets(ratio <= TARGETS.validatorOverReadParse)}`,
];
const missed = ranked.filter((row) => row.rank < 1 || row.rank > 3);
if (missed.length > 0) {
  lines.push(
    '',
    'Queries whose guide was not in the top 3:',
    ...missed.map(
      (row) =>
        `- ${row.title} (${String(row.guides)} guide(s), shard(s) ${row.shards.join(', ')}): rank ${row.rank === 0 ? 'not in the first page' : String(row.rank)}`,
    ),
  );
}
const heavy = html.filter((file) => file.bytes > TARGETS.htmlPage);
if (heavy.length > 0)
  lines.push(
    '',
    'HTML pages over 300 KB:',
    ...heavy.map((file) => `- ${file.path}: ${kb(file.bytes)}`),
  );
const figures = lines.join('\n');
console.log(`\n${figures}`);

const resultsFile = join(ROOT, 'bench', `scale-${String(guides)}-${String(shards)}.json`);
writeFileSync(
  resultsFile,
  `${JSON.stringify({ date: date.toISOString(), guides, shards, shardRuns, merge: { ms: merge.wallMs, peak: merge.peakRssBytes }, output, pages, html, data, first, ranked, validatorMs: validate.wallMs, readParseMs: readParse.wallMs }, null, 2)}\n`,
);
console.log(`\n[scale] wrote ${relative(ROOT, resultsFile)}`);
if (!args['no-docs']) {
  const docs = join(ROOT, 'docs', 'scale.md');
  const start = `<!-- scale:${String(guides)}:start -->`;
  const end = `<!-- scale:${String(guides)}:end -->`;
  const text = readFileSync(docs, 'utf8');
  const [before, rest] = text.split(start);
  const after = rest?.split(end)[1];
  if (before === undefined || after === undefined) {
    console.error(
      `[scale] ${relative(ROOT, docs)} has no ${start} … ${end} block; figures not written there`,
    );
  } else {
    writeFileSync(docs, `${before}${start}\n${figures}\n${end}${after}`);
    console.log(`[scale] refreshed the figures in ${relative(ROOT, docs)}`);
  }
}
if (!args.keep) rmSync(work, { recursive: true, force: true });
