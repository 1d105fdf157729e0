// The benchmark's figures: their shape (bench/results.json), the console table and the Markdown
// block of docs/benchmarks.md. Each of our figures is printed beside the floor's (floor.ts) and as
// a ratio; the targets are those ratios (and a memory ceiling), reported, never asserted.
import { GUIDE_PAGE_BUDGET } from '../../src/lib/site/page-weight.ts';
import type { PageWeight } from './weight.ts';
import type { SearchBytes } from './search-bytes.ts';

export const TARGETS = {
  /** validate + build + index, over the floor's build + index. */
  pipelineRatioAt10k: 1.0,
  peakRssBytesAt10k: 2 * 1024 ** 3,
  /** npm run validate, over the bare read + parse. */
  validatorRatioAt10k: 1.5,
  searchQueryBytesAt10k: 300 * 1024,
  /** A rebuild after one guide changed, over the cold build. */
  oneGuideRebuildRatioAt10k: 0.1,
  guideHtmlGz: GUIDE_PAGE_BUDGET.htmlGz,
  guideCssGz: GUIDE_PAGE_BUDGET.cssGz,
  guideJsToRead: 0,
} as const;

/** The floor on the same corpus (floor.ts). */
export interface FloorResult {
  readonly pages: number;
  /** Bare read + js-yaml parse of every content file, as its own process. */
  readonly readParseMs: number;
  readonly readParseCpuMs: number;
  /** The one-template Astro site's build. */
  readonly buildMs: number;
  readonly buildPeakRss: number;
  readonly buildCpuMs: number;
  /** The Pagefind CLI over that site. */
  readonly pagefindMs: number;
  readonly pagefindCpuMs: number;
  readonly pagefindPeakRss: number;
}

/** Builds again after the cold one, with the caches it left (incremental build). */
export interface RebuildResult {
  /** Nothing changed. */
  readonly unchangedMs: number;
  /** One guide's text changed. */
  readonly oneGuideMs: number;
  readonly oneGuidePeakRss: number;
}

export interface RunResult {
  readonly guides: number;
  /** HTML pages in the output. */
  readonly pages: number;
  readonly validatorMs: number;
  readonly validatorPeakRss: number;
  /** CPU time of the process tree (user + system): steadier than wall time on a busy machine. */
  readonly validatorCpuMs: number;
  readonly buildCpuMs: number;
  /** The build (scripts/build.ts: astro build, then Pagefind) wall time. */
  readonly buildMs: number;
  readonly buildPeakRss: number;
  /** The build without its Pagefind and deploy-files phases. */
  readonly astroMs: number;
  readonly pagefindMs: number;
  /** The nginx CSP include and the .gz/.br siblings (scripts/build.ts's last step). */
  readonly deployMs: number;
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
  readonly floor: FloorResult;
  readonly rebuild?: RebuildResult;
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
const x = (ratio: number) => `${ratio.toFixed(2)}×`;

/** validate + build (which indexes), over the floor's build + index. */
export const pipelineRatio = (run: RunResult): number =>
  run.totalMs / (run.floor.buildMs + run.floor.pagefindMs);
export const validatorRatio = (run: RunResult): number =>
  run.validatorMs / run.floor.readParseMs;
const floorPeak = (run: RunResult) => Math.max(run.floor.buildPeakRss, run.floor.pagefindPeakRss);
const ourPeak = (run: RunResult) => Math.max(run.buildPeakRss, run.validatorPeakRss);

/** One row: a label, then ours, the floor's and the ratio for each N (floor cells may be empty). */
type Cells = readonly [ours: string, floor?: string, ratio?: string];

function rows(results: BenchResults): string[][] {
  const header = [
    '',
    ...results.runs.flatMap((run) => [`N = ${n(run.guides)}`, 'floor', 'ratio']),
  ];
  const row = (label: string, cells: (run: RunResult) => Cells) => [
    label,
    ...results.runs.flatMap((run) => {
      const [ours, floor = '', ratio = ''] = cells(run);
      return [ours, floor, ratio];
    }),
  ];
  const timed = (ours: number, floor: number): Cells => [s(ours), s(floor), x(ours / floor)];
  const rebuild = (run: RunResult, value: (r: RebuildResult) => number): Cells =>
    run.rebuild ? [s(value(run.rebuild)), '', x(value(run.rebuild) / run.buildMs)] : ['—'];
  return [
    header,
    row('pages built', (run) => [n(run.pages), n(run.floor.pages)]),
    row('validator vs bare read + parse', (run) =>
      timed(run.validatorMs, run.floor.readParseMs),
    ),
    row('validator peak RSS', (run) => [mb(run.validatorPeakRss)]),
    row('astro build, without Pagefind', (run) => timed(run.astroMs, run.floor.buildMs)),
    row('Pagefind (ours: after astro build)', (run) =>
      timed(run.pagefindMs, run.floor.pagefindMs),
    ),
    row('deploy files (nginx CSP, .gz + .br siblings)', (run) => [s(run.deployMs)]),
    row('build in all (astro + index + deploy files)', (run) => [s(run.buildMs)]),
    row('total pipeline (validate + build + index)', (run) =>
      timed(run.totalMs, run.floor.buildMs + run.floor.pagefindMs),
    ),
    row('CPU time: validator vs bare read + parse', (run) =>
      timed(run.validatorCpuMs, run.floor.readParseCpuMs),
    ),
    row('CPU time: total pipeline vs build + index', (run) =>
      timed(
        run.validatorCpuMs + run.buildCpuMs,
        run.floor.buildCpuMs + run.floor.pagefindCpuMs,
      ),
    ),
    row('peak RSS (process tree)', (run) => [
      mb(ourPeak(run)),
      mb(floorPeak(run)),
      x(ourPeak(run) / floorPeak(run)),
    ]),
    row('Pagefind peak RSS (indexer)', (run) => [
      mb(run.pagefindPeakRss),
      mb(run.floor.pagefindPeakRss),
      x(run.pagefindPeakRss / run.floor.pagefindPeakRss),
    ]),
    row('rebuild, nothing changed (vs cold)', (run) => rebuild(run, (r) => r.unchangedMs)),
    row('rebuild, one guide changed (vs cold)', (run) => rebuild(run, (r) => r.oneGuideMs)),
    row('pages per second (astro)', (run) => [run.pagesPerSecond.toFixed(0)]),
    row('output size', (run) => [`${mb(run.outputBytes)} in ${n(run.outputFiles)} files`]),
    row('Pagefind bundle', (run) => [mb(run.pagefindBytes)]),
    row(`one search query (${results.query}), gz`, (run) => [kb(run.search.queryBytes)]),
    row('search page itself, gz', (run) => [kb(run.search.pageBytes)]),
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
    const rebuilt = at10k.rebuild && at10k.rebuild.oneGuideMs / at10k.buildMs;
    lines.unshift(
      `10k pipeline ${x(pipelineRatio(at10k))} the floor's build + index — target ≤ ${x(t.pipelineRatioAt10k)}: ${verdict(pipelineRatio(at10k) <= t.pipelineRatioAt10k)}`,
      `10k peak RSS ${mb(ourPeak(at10k))} — target ≤ ${mb(t.peakRssBytesAt10k)}: ${verdict(ourPeak(at10k) <= t.peakRssBytesAt10k)}`,
      `10k validator ${x(validatorRatio(at10k))} the bare read + parse — target ≤ ${x(t.validatorRatioAt10k)}: ${verdict(validatorRatio(at10k) <= t.validatorRatioAt10k)}`,
      `10k search query ${kb(at10k.search.queryBytes)} — target ≤ ${kb(t.searchQueryBytesAt10k)}: ${verdict(at10k.search.queryBytes <= t.searchQueryBytesAt10k)}`,
      rebuilt === undefined
        ? '10k one-guide rebuild: not measured'
        : `10k one-guide rebuild ${x(rebuilt)} the cold build — target ≤ ${x(t.oneGuideRebuildRatioAt10k)}: ${verdict(rebuilt <= t.oneGuideRebuildRatioAt10k)}`,
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
