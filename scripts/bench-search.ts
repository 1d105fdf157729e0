// npm run bench:search — what search costs a citizen, at 1,000 and 10,000 synthetic guides
// (src/lib/synthetic, seeded, so figures compare from run to run):
//   - bytes transferred for a first full-text query on the search page (Pagefind's script,
//     WebAssembly, metadata, index chunks, ten result fragments, and the material list; filter
//     counts are fetched only when the filters are opened, and reported separately), measured
//     in Debian's Chromium against a loopback server that gzips text as a static host would;
//   - the size of the guide list's fuse.js index (raw and gzip).
// Targets (issue 6): first query ≤ 300 KB at 10k guides; fuse index ≤ 150 KB gzip at 1k guides.
// Usage: npm run bench:search [-- --sizes 1000,10000] [--query 营业执照]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { loadCorpus } from '../src/lib/corpus/load.ts';
import type { Corpus, GuideEntry } from '../src/lib/corpus/model.ts';
import { PUBLISHED_STATUS } from '../src/lib/schemas/enums.ts';
import { buildSearchIndex } from '../src/lib/search/build-search-index.ts';
import type { SearchIndexJson } from '../src/lib/search/search-index.ts';
import { facetValueOf, PAGEFIND_FILTER, PAGEFIND_META } from '../src/lib/search/facets.ts';
import { buildMaterialCatalogue } from '../src/lib/search/material-catalogue.ts';
import { buildPagefindIndex } from '../src/lib/search/pagefind-build.ts';
import { generateCorpus, writeCorpus } from '../src/lib/synthetic/generate.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TMP = join(ROOT, 'bench', 'tmp', 'search');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const BUDGET = { firstQueryAt10k: 300 * 1024, fuseGzAt1k: 150 * 1024 };

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    query: { type: 'string', default: '营业执照' },
  },
});
const sizes = args.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const query = args.query;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (text: string | Buffer) => gzipSync(text).length;
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A guide page with the real page's Pagefind markup and about the same amount of text. */
function guidePage(corpus: Corpus, guide: GuideEntry): string {
  const d = guide.data;
  const facet = (name: 'department' | 'type' | 'online' | 'visits') =>
    facetValueOf(corpus, guide, name);
  const material = (id: string) => corpus.materials.get(id)?.data.name ?? id;
  const li = (items: readonly string[]) => items.map((item) => `<li>${escape(item)}</li>`).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(d.title)}</title></head><body>
<header data-pagefind-ignore="all"><a href="/">云溪区办事指南</a></header>
<main><article class="guide" data-pagefind-body>
<a href="/departments/${d.department}/" data-pagefind-meta="${PAGEFIND_META.department}" data-pagefind-filter="${PAGEFIND_FILTER.department}:${escape(facet('department'))}">${escape(facet('department'))}</a>
<h1 data-pagefind-meta="title">${escape(d.title)}</h1>
<ul data-pagefind-ignore><li>事项编码：<span data-pagefind-meta="${PAGEFIND_META.code}">${escape(d.code)}</span></li><li>事项类型：<span data-pagefind-filter="${PAGEFIND_FILTER.type}">${escape(d.type)}</span></li></ul>
<dl><dt>能否网上办</dt><dd data-pagefind-filter="${PAGEFIND_FILTER.online}:${facet('online')}">${d.online.depth}</dd>
<dt>到现场次数</dt><dd data-pagefind-filter="${PAGEFIND_FILTER.visits}:${facet('visits')}">${d.visits} 次${d.visitsReason ? `：${escape(d.visitsReason)}` : ''}</dd></dl>
<h2>受理条件</h2><ol>${li(d.conditions)}</ol>
<h2>申请材料</h2><ol>${li(d.materials.map((m) => [material(m.material), m.form, m.necessity, m.when ?? '', m.note ?? ''].join(' ')))}</ol>
<h2>办理流程</h2><ol>${li(d.process.map((s) => `${s.step} ${s.description ?? ''}`))}</ol>
<h2>办理结果</h2><p>${escape(d.result.name)}：${escape(d.result.delivery.join('、'))}</p>
<h2>办事说明</h2>${guide.body
    .split(/\n{2,}/)
    .map((p) => `<p>${escape(p.replace(/[#*]/g, ''))}</p>`)
    .join('')}
</article></main><footer data-pagefind-ignore="all">云溪区政务服务中心</footer></body></html>`;
}

/** The search page's first-query requests, as search-page.ts makes them. */
const HARNESS = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title></head><body><script type="module">
window.runQuery = async (query) => {
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.options({ excerptLength: 40 });
  await pagefind.init();
  const [search] = await Promise.all([pagefind.search(query), fetch('/data/search/materials.json').then((r) => r.json())]);
  const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  return { results: search.results.length, titles: data.slice(0, 3).map((d) => d.meta.title) };
};
window.openFilters = async () => {
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.filters();
};
</script></body></html>`;

const COMPRESSIBLE = new Set(['.html', '.js', '.json', '.css', '.wasm', '.pagefind']);
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

interface Transfer {
  path: string;
  bytes: number;
}

/** A loopback static server that gzips text (pf_* files are already gzip) and counts bytes sent. */
async function serve(
  dir: string,
): Promise<{ origin: string; log: Transfer[]; close: () => Promise<void> }> {
  const log: Transfer[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    try {
      const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
      const raw = readFileSync(file);
      const ext = extname(file);
      const body = COMPRESSIBLE.has(ext) ? gzipSync(raw) : raw;
      const headers: Record<string, string> = {
        'content-type': MIME[ext] ?? 'application/octet-stream',
      };
      if (COMPRESSIBLE.has(ext)) headers['content-encoding'] = 'gzip';
      res.writeHead(200, headers).end(body);
      log.push({ path, bytes: body.length });
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

async function measure(size: number) {
  const work = join(TMP, String(size));
  rmSync(work, { recursive: true, force: true });
  const content = join(work, 'content');
  const site = join(work, 'site');
  let started = Date.now();
  writeCorpus(content, generateCorpus({ guides: size }));
  const loaded = loadCorpus({ root: content, cwd: ROOT });
  const corpus = loaded.corpus;
  const guides = corpus.guides.filter((g) => g.data.status === PUBLISHED_STATUS);
  console.log(
    `\n${size} guides (${guides.length} published), corpus generated and loaded in ${Date.now() - started} ms`,
  );

  const fuseJson = JSON.stringify(buildSearchIndex(corpus, guides));
  const catalogueJson = JSON.stringify(buildMaterialCatalogue(corpus, guides));

  started = Date.now();
  for (const guide of guides)
    write(join(site, 'guides', guide.id, 'index.html'), guidePage(corpus, guide));
  write(join(site, 'data', 'search', 'materials.json'), catalogueJson);
  write(join(site, 'bench', 'index.html'), HARNESS);
  const aliases = new Map(
    (JSON.parse(fuseJson) as SearchIndexJson).guides.map((row) => [row[0], row[2]]),
  );
  const pagefind = await buildPagefindIndex({
    siteDir: site,
    aliasesOf: (id) => aliases.get(id) ?? [],
  });
  console.log(`  Pagefind indexed ${pagefind.pageCount} pages in ${Date.now() - started} ms`);

  const server = await serve(site);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.origin}/bench/`);
    const before = server.log.length;
    const outcome = await page.evaluate<{ results: number; titles: string[] }>(
      `window.runQuery(${JSON.stringify(query)})`,
    );
    await page.waitForTimeout(500);
    const requests = server.log.slice(before);
    const total = requests.reduce((sum, r) => sum + r.bytes, 0);
    console.log(
      `  first query “${query}”: ${outcome.results} results (${outcome.titles.join('、')})`,
    );
    const groups = new Map<string, number>();
    for (const r of requests) {
      const key = r.path
        .replace(/_[0-9a-f]+\./, '_*.')
        .replace(/\/(index|fragment|filter)\/.*$/, '/$1/*');
      groups.set(key, (groups.get(key) ?? 0) + r.bytes);
    }
    for (const [key, bytes] of groups)
      console.log(`    ${key.padEnd(42)} ${kb(bytes).padStart(10)}`);
    console.log(
      `    ${'total transferred (gzip)'.padEnd(42)} ${kb(total).padStart(10)}  (${requests.length} requests)`,
    );
    const beforeFilters = server.log.length;
    await page.evaluate('window.openFilters()');
    const filterBytes = server.log.slice(beforeFilters).reduce((sum, r) => sum + r.bytes, 0);
    console.log(`  opening the filters (counts per value) adds ${kb(filterBytes)}`);
    return {
      size,
      firstQuery: total,
      filters: filterBytes,
      requests: requests.length,
      fuseRaw: Buffer.byteLength(fuseJson),
      fuseGz: gz(fuseJson),
      catalogueGz: gz(catalogueJson),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const rows: Awaited<ReturnType<typeof measure>>[] = [];
for (const size of sizes) rows.push(await measure(size));

console.log('\nsummary');
console.log(
  '  guides | first query (gzip) | + filter counts | fuse index raw | fuse index gzip | material list gzip',
);
for (const r of rows) {
  console.log(
    `  ${String(r.size).padStart(6)} | ${kb(r.firstQuery).padStart(18)} | ${kb(r.filters).padStart(15)} | ${kb(r.fuseRaw).padStart(14)} | ${kb(r.fuseGz).padStart(15)} | ${kb(r.catalogueGz).padStart(18)}`,
  );
}
const at = (size: number) => rows.find((r) => r.size === size);
const verdicts = [
  at(10_000) && [
    `first query at 10k ≤ ${kb(BUDGET.firstQueryAt10k)}`,
    (at(10_000)?.firstQuery ?? 0) <= BUDGET.firstQueryAt10k,
  ],
  at(1000) && [
    `fuse index at 1k ≤ ${kb(BUDGET.fuseGzAt1k)} gzip`,
    (at(1000)?.fuseGz ?? 0) <= BUDGET.fuseGzAt1k,
  ],
].filter((v): v is [string, boolean] => Array.isArray(v));
for (const [label, ok] of verdicts)
  console.log(`  ${ok ? 'within budget' : 'OVER BUDGET  '}  ${label}`);
if (verdicts.some(([, ok]) => !ok)) process.exitCode = 1;
