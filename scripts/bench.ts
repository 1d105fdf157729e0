// npm run bench [-- --sizes 1000,10000] [--seed N] [--query 营业执照] [--keep] [--no-docs]
//
// The whole publishing pipeline on seeded synthetic corpora (src/lib/synthetic): for each N, a
// throwaway copy of the project with N generated guides is validated (`npm run validate`) and
// built as `npm run build` builds (scripts/build.ts: `astro build`, which validates again, then
// the Pagefind index), measured from outside: wall time and the peak memory of the whole process
// tree, Pagefind timed by its own process. Then the bytes of one search query in Chromium, and
// two rebuilds with the caches the cold build left (nothing changed; one guide changed). Beside
// each figure, the floor's on the same corpus (scripts/bench/floor.ts) and the ratio. Last, the
// weight of the sample corpus's guide pages. Prints a table, writes bench/results.json, and
// refreshes the figures in docs/benchmarks.md. Targets are reported, never asserted.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../src/lib/synthetic/generate.ts';
import type { Files } from '../src/lib/synthetic/generate.ts';
import { measure } from './bench/measure.ts';
import type { Measurement } from './bench/measure.ts';
import { floorProject } from './bench/floor.ts';
import { projectWithContent } from './bench/project.ts';
import { markdownFigures, printTable, TARGETS } from './bench/report.ts';
import type {
  BenchResults,
  FloorResult,
  RebuildResult,
  RunResult,
  SampleResult,
} from './bench/report.ts';
import { searchBytes } from './bench/search-bytes.ts';
import { dirSize, htmlPageCount, pageWeight } from './bench/weight.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(tmpdir(), 'tongyuan-bench');

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: '20261125' },
    query: { type: 'string', default: '营业执照' },
    keep: { type: 'boolean', default: false },
    'no-docs': { type: 'boolean', default: false },
  },
});
const sizes = args.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(
    `--sizes takes positive whole numbers separated by commas, e.g. 1000,10000 (got "${args.sizes}")`,
  );
  process.exit(2);
}
const seed = Number(args.seed);

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const node = process.execPath;
const ASTRO = ['node_modules/astro/bin/astro.mjs', 'build'];
/** What `npm run build` runs (without the schemas before and the invariants after). */
const BUILD = ['scripts/build.ts'];
const PAGEFIND_CLI = ['node_modules/pagefind/lib/runner/bin.cjs', '--site', 'dist'];

function failed(step: string, run: Measurement): never {
  const tail = `${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-40).join('\n');
  throw new Error(`${step} failed (exit ${run.exitCode}):\n${tail}`);
}

/** The deploy-files step's own time, from its line in the build's log (scripts/build.ts). */
function deployPhaseMs(log: string): number {
  const seconds = /^\[deploy\] .* in ([\d.]+) s$/m.exec(log)?.[1];
  if (seconds === undefined) throw new Error('the build ran, but printed no [deploy] line');
  return Number(seconds) * 1000;
}

/** Validate and build one project copy; everything measured. */
async function pipeline(
  dir: string,
  guides: number,
): Promise<Omit<RunResult, 'search' | 'floor' | 'rebuild'>> {
  const validate = await measure(node, ['scripts/validate.ts'], { cwd: dir, env });
  if (validate.exitCode !== 0) failed('npm run validate', validate);
  const build = await measure(node, BUILD, { cwd: dir, env, phases: { pagefind: /pagefind/ } });
  if (build.exitCode !== 0) failed('node scripts/build.ts', build);
  const pagefind = build.phases['pagefind'];
  if (!pagefind)
    throw new Error(
      'the build ran, but no Pagefind process was seen: does scripts/build.ts index?',
    );
  const dist = join(dir, 'dist');
  const pages = htmlPageCount(dist);
  const deployMs = deployPhaseMs(build.stdout);
  const astroMs = build.wallMs - pagefind.ms - deployMs;
  const output = dirSize(dist);
  return {
    guides,
    pages,
    validatorMs: validate.wallMs,
    validatorPeakRss: validate.peakRssBytes,
    validatorCpuMs: validate.cpuMs,
    buildMs: build.wallMs,
    buildPeakRss: build.peakRssBytes,
    buildCpuMs: build.cpuMs,
    astroMs,
    pagefindMs: pagefind.ms,
    deployMs,
    pagefindPeakRss: pagefind.peakRssBytes,
    pagefindTreePeakRss: pagefind.peakTreeRssBytes,
    totalMs: validate.wallMs + build.wallMs,
    pagesPerSecond: pages / (astroMs / 1000),
    outputBytes: output.bytes,
    outputFiles: output.files,
    pagefindBytes: dirSize(join(dist, 'pagefind')).bytes,
  };
}

/**
 * Builds the copy again with the caches its cold build left (incremental build): once with
 * nothing changed, once after one guide's text changed, as an editor's pull request does.
 */
async function rebuilds(dir: string, files: Files): Promise<RebuildResult> {
  const unchanged = await measure(node, BUILD, { cwd: dir, env });
  if (unchanged.exitCode !== 0) failed('build (nothing changed)', unchanged);
  const [path, text] = [...files].find(([file]) => file.startsWith('guides/')) ?? [];
  if (path === undefined || text === undefined) throw new Error('the corpus has no guide');
  // A new last condition: the kind of one-line change a department makes.
  const changed = text.replace(
    /^conditions:\n/m,
    'conditions:\n  - 申请人已阅读本指南（基准测试修改）\n',
  );
  if (changed === text) throw new Error(`${path}: no conditions list to change`);
  writeFileSync(join(dir, 'src', 'content', path), changed);
  const oneGuide = await measure(node, BUILD, { cwd: dir, env });
  if (oneGuide.exitCode !== 0) failed('build (one guide changed)', oneGuide);
  return {
    unchangedMs: unchanged.wallMs,
    oneGuideMs: oneGuide.wallMs,
    oneGuidePeakRss: oneGuide.peakRssBytes,
  };
}

/** The floor on the same corpus: bare read + parse, then the bare site's build and Pagefind CLI. */
async function floor(files: Files, guides: number): Promise<FloorResult> {
  const dir = floorProject(ROOT, join(WORK, `floor-${guides}`), files);
  const read = await measure(
    node,
    [join(ROOT, 'scripts', 'bench', 'bare-read.ts'), 'src/content'],
    {
      cwd: dir,
      env,
    },
  );
  if (read.exitCode !== 0) failed('bare read + parse', read);
  const build = await measure(node, ASTRO, { cwd: dir, env });
  if (build.exitCode !== 0) failed('floor astro build', build);
  const index = await measure(node, PAGEFIND_CLI, { cwd: dir, env });
  if (index.exitCode !== 0) failed('floor Pagefind CLI', index);
  const result: FloorResult = {
    pages: htmlPageCount(join(dir, 'dist')),
    readParseMs: read.wallMs,
    readParseCpuMs: read.cpuMs,
    buildMs: build.wallMs,
    buildPeakRss: build.peakRssBytes,
    buildCpuMs: build.cpuMs,
    pagefindMs: index.wallMs,
    pagefindCpuMs: index.cpuMs,
    pagefindPeakRss: index.peakRssBytes,
  };
  if (!args.keep) rmSync(dir, { recursive: true, force: true });
  return result;
}

function sampleFiles(): Files {
  const content = join(ROOT, 'src', 'content');
  const files: Files = new Map();
  for (const entry of readdirSync(content, { recursive: true, encoding: 'utf8' })) {
    if (/\.(md|yaml)$/.test(entry)) files.set(entry, readFileSync(join(content, entry), 'utf8'));
  }
  return files;
}

const startLoad = loadavg()[0] ?? 0;
const runs: RunResult[] = [];
for (const guides of sizes) {
  console.log(`\n[bench] N = ${guides}: generating (seed ${seed}) and copying the project…`);
  const files = generateCorpus({ guides, seed });
  const dir = projectWithContent(ROOT, join(WORK, `site-${guides}`), files);
  console.log(`[bench] N = ${guides}: validating and building in ${dir}`);
  const run = await pipeline(dir, guides);
  const search = await searchBytes(join(dir, 'dist'), args.query);
  console.log(`[bench] N = ${guides}: rebuilding (nothing changed, then one guide changed)…`);
  const rebuild = await rebuilds(dir, files);
  console.log(`[bench] N = ${guides}: the floor (bare read + parse, bare site + Pagefind CLI)…`);
  const bare = await floor(files, guides);
  runs.push({ ...run, search, floor: bare, rebuild });
  console.log(
    `[bench] N = ${guides}: ${(run.totalMs / 1000).toFixed(1)} s in all; search: ${search.announced}`,
  );
  if (!args.keep) rmSync(dir, { recursive: true, force: true });
}

console.log('\n[bench] sample corpus: building and weighing its guide pages…');
const sampleContent = sampleFiles();
const sampleDir = projectWithContent(ROOT, join(WORK, 'sample'), sampleContent);
const sampleRun = await pipeline(
  sampleDir,
  [...sampleContent.keys()].filter((path) => path.startsWith('guides/')).length,
);
const sampleDist = join(sampleDir, 'dist');
const guidePages = readFileSync(join(sampleDist, 'data', 'guides.json'), 'utf8');
const ids = JSON.parse(guidePages) as { id: string }[] | { guides: { id: string }[] };
const guideIds = (Array.isArray(ids) ? ids : ids.guides).map((guide) => guide.id);
const weights = guideIds.map((id) => pageWeight(sampleDist, `guides/${id}`));
const heaviest = weights.reduce((a, b) => (b.htmlGz > a.htmlGz ? b : a));
const sample: SampleResult = {
  guides: guideIds.length,
  pages: sampleRun.pages,
  buildMs: sampleRun.buildMs,
  typical: pageWeight(sampleDist, 'guides/civil-affairs/marriage-registration'),
  heaviest,
  medianHtmlGz:
    weights.map((w) => w.htmlGz).sort((a, b) => a - b)[Math.floor(weights.length / 2)] ?? 0,
};
if (!args.keep) rmSync(sampleDir, { recursive: true, force: true });

const results: BenchResults = {
  date: new Date().toISOString(),
  machine: {
    cpus: availableParallelism(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverageAtStart: Number(startLoad.toFixed(2)),
    loadAverageAtEnd: Number((loadavg()[0] ?? 0).toFixed(2)),
  },
  seed,
  query: args.query,
  targets: TARGETS,
  runs,
  sample,
};

printTable(results);
const resultsFile = join(ROOT, 'bench', 'results.json');
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n[bench] wrote ${relative(ROOT, resultsFile)}`);
if (!args['no-docs']) {
  const docs = join(ROOT, 'docs', 'benchmarks.md');
  const text = readFileSync(docs, 'utf8');
  const start = '<!-- bench:figures:start -->';
  const end = '<!-- bench:figures:end -->';
  const [before, rest] = text.split(start);
  const after = rest?.split(end)[1];
  if (before === undefined || after === undefined) {
    console.error(
      `[bench] ${relative(ROOT, docs)} has no ${start} … ${end} block; figures not written there`,
    );
  } else {
    writeFileSync(docs, `${before}${start}\n${markdownFigures(results)}\n${end}${after}`);
    console.log(`[bench] refreshed the figures in ${relative(ROOT, docs)}`);
  }
}
