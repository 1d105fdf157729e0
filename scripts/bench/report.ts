// The benchmark's figures: their shape (bench/results.json), the console table and the Markdown
// block of docs/benchmarks.md. Targets are for this machine (2 cores, 24 GB) and are reported
// against the figures, never asserted.
import type { PageWeight } from './weight.ts';
import type { SearchBytes } from './search-bytes.ts';

export const TARGETS = {
  pipelineMsAt10k: 60_000,
  peakRssBytesAt10k: 2 * 1024 ** 3,
  validatorMsAt10k: 1_500,
  searchQueryBytesAt10k: 300 * 1024,
  guideHtmlGz: 10 * 1024,
  guideCssGz: 8 * 1024,
  guideJsToRead: 0,
} as const;

export interface RunResult {
  readonly guides: number;
  /** HTML pages in the output. */
  readonly pages: number;
  readonly validatorMs: number;
  readonly validatorPeakRss: number;
  /** `astro build` wall time, Pagefind (run by the build) included. */
  readonly buildMs: number;
  readonly buildPeakRss: number;
  /** The build without its Pagefind phase. */
  readonly astroMs: number;
  readonly pagefindMs: number;
  /** Pagefind's indexing process alone. */
  readonly pagefindPeakRss: number;
  /** The whole build's process tree while Pagefind ran. */
  readonly pagefindTreePeakRss: number;
  /** validate + build, as CI runs them. */
  readonly totalMs: number;
  readonly pagesPerSecond: number;
  readonly outputBytes: number;
  readonly outputFiles: number;
  readonly pagefindBytes: number;
  readonly search: SearchBytes;
}

export interface SampleResult {
  readonly guides: number;
  readonly pages: number;
  readonly buildMs: number;
  /** 内地居民结婚登记, a typical guide. */
  readonly typical: PageWeight;
  /** The guide page with the largest gzipped HTML. */
  readonly heaviest: PageWeight;
  readonly medianHtmlGz: number;
}

export interface BenchResults {
  readonly date: string;
  readonly machine: {
    readonly cpus: number;
    readonly memoryGiB: number;
    readonly node: string;
    /** One-minute load average: other work on the machine inflates wall times. */
    readonly loadAverageAtStart: number;
    readonly loadAverageAtEnd: number;
  };
  readonly seed: number;
  readonly query: string;
  readonly targets: typeof TARGETS;
  readonly runs: readonly RunResult[];
  readonly sample: SampleResult;
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const n = (value: number) => value.toLocaleString('en-US');
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

function rows(results: BenchResults): string[][] {
  const header = ['', ...results.runs.map((run) => `N = ${n(run.guides)}`)];
  const row = (label: string, value: (run: RunResult) => string) => [label, ...results.runs.map(value)];
  return [
    header,
    row('pages built', (run) => n(run.pages)),
    row('validator (npm run validate)', (run) => s(run.validatorMs)),
    row('validator peak RSS', (run) => mb(run.validatorPeakRss)),
    row('astro build, without Pagefind', (run) => s(run.astroMs)),
    row('Pagefind (inside the build)', (run) => s(run.pagefindMs)),
    row('astro build in all', (run) => s(run.buildMs)),
    row('build peak RSS (process tree)', (run) => mb(run.buildPeakRss)),
    row('Pagefind peak RSS (indexer)', (run) => mb(run.pagefindPeakRss)),
    row('total pipeline (validate + build)', (run) => s(run.totalMs)),
    row('pages per second (astro)', (run) => run.pagesPerSecond.toFixed(0)),
    row('output size', (run) => `${mb(run.outputBytes)} in ${n(run.outputFiles)} files`),
    row('Pagefind bundle', (run) => mb(run.pagefindBytes)),
    row(`one search query (${results.query}), gz`, (run) => kb(run.search.queryBytes)),
    row('search page itself, gz', (run) => kb(run.search.pageBytes)),
  ];
}

function targetLines(results: BenchResults): string[] {
  const at10k = results.runs.find((run) => run.guides === 10_000);
  const t = results.targets;
  const { typical, heaviest } = results.sample;
  const lines = [
    `guide page HTML ${kb(typical.htmlGz)} gz typical, ${kb(heaviest.htmlGz)} heaviest (${heaviest.path}) — target ≤ ${kb(t.guideHtmlGz)}: ${verdict(heaviest.htmlGz <= t.guideHtmlGz)}`,
    `guide page CSS ${kb(typical.cssGz)} gz — target ≤ ${kb(t.guideCssGz)}: ${verdict(typical.cssGz <= t.guideCssGz)}`,
    `JS needed to read a guide: 0 KB (enhancement scripts ${kb(typical.jsEnhancementGz)} gz) — target 0: met`,
  ];
  if (at10k) {
    lines.unshift(
      `10k pipeline ${s(at10k.totalMs)} — target ≤ ${s(t.pipelineMsAt10k)}: ${verdict(at10k.totalMs <= t.pipelineMsAt10k)}`,
      `10k peak RSS ${mb(Math.max(at10k.buildPeakRss, at10k.validatorPeakRss))} — target ≤ ${mb(t.peakRssBytesAt10k)}: ${verdict(Math.max(at10k.buildPeakRss, at10k.validatorPeakRss) <= t.peakRssBytesAt10k)}`,
      `10k validator ${s(at10k.validatorMs)} — target ≤ ${s(t.validatorMsAt10k)}: ${verdict(at10k.validatorMs <= t.validatorMsAt10k)}`,
      `10k search query ${kb(at10k.search.queryBytes)} — target ≤ ${kb(t.searchQueryBytesAt10k)}: ${verdict(at10k.search.queryBytes <= t.searchQueryBytesAt10k)}`,
    );
  }
  return lines;
}

export function printTable(results: BenchResults): void {
  const table = rows(results);
  const widths = table[0]?.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length))) ?? [];
  console.log('');
  for (const row of table) {
    console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('   '));
  }
  console.log('');
  for (const line of targetLines(results)) console.log(`  ${line}`);
  console.log(`  load average ${results.machine.loadAverageAtStart} at start, ${results.machine.loadAverageAtEnd} at end (${results.machine.cpus} cores)`);
}

export function markdownFigures(results: BenchResults): string {
  const [header, ...body] = rows(results);
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const m = results.machine;
  return [
    `Run ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpus} cores, ${m.memoryGiB} GiB, Node ${m.node}; ` +
      `one-minute load average ${m.loadAverageAtStart} at start and ${m.loadAverageAtEnd} at end; seed ${results.seed}.`,
    '',
    line(header ?? []),
    line((header ?? []).map((_, i) => (i === 0 ? '---' : '---:'))),
    ...body.map(line),
    '',
    `Sample corpus: ${results.sample.guides} guides, ${results.sample.pages} pages, built in ${s(results.sample.buildMs)}; ` +
      `median guide page ${kb(results.sample.medianHtmlGz)} HTML gz.`,
    '',
    ...targetLines(results).map((text) => `- ${text}`),
  ].join('\n');
}
