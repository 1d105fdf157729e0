// The one validator: loads a content root, runs every rule, returns located findings. The CLI, the
// Astro integration and the tests all call this. Big corpora are split into shards checked in
// parallel (worker threads); each shard loads, checks and locates its own guides, and only the
// findings and a small summary per guide come back for the cross-guide rules.
import { availableParallelism } from 'node:os';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DEFAULT_ROOT, loadCatalogue, loadGuide, loadSite, shownPath } from '../corpus/load.ts';
import type { Catalogue, LoadContext, Sources } from '../corpus/load.ts';
import { displayPath, listContent } from '../corpus/load-files.ts';
import type { ContentFile, ContentFiles } from '../corpus/load-files.ts';
import { Locator } from '../corpus/load-locate.ts';
import { readMarkdown, readYaml } from '../corpus/load-source.ts';
import type { SourceText } from '../corpus/load-source.ts';
import { severityOf } from './codes.ts';
import { summarize } from './context.ts';
import type { GuideSummary, Report, RuleContext } from './context.ts';
import type { BuildDate } from './date.ts';
import { byFileAndPosition } from './finding.ts';
import type { Finding, Issue } from './finding.ts';
import { CORPUS_RULES, GUIDE_RULES } from './rules/index.ts';
import { CATALOGUE_RULES } from './rules/with-files.ts';

export interface ValidateOptions {
  readonly date: BuildDate;
  /** Content root, absolute or relative to `cwd`; default `src/content`. */
  readonly root?: string;
  /** Base of the file paths in findings; default the process's working directory. */
  readonly cwd?: string;
  /** Where material templates live; default `public` next to `src/` when the root is the default. */
  readonly publicDir?: string;
  /**
   * Report findings only for files in these files or folders (catalogue files are always
   * reported: every guide depends on them). Default: everything.
   */
  readonly only?: readonly string[];
  /** Parallel shards for the guides; `auto` picks by corpus size; default 1. */
  readonly threads?: number | 'auto';
  /** A missing `site.yaml` is an error (TY007); default: when the root is the default one. */
  readonly requireSite?: boolean;
}

export interface ValidationResult {
  /** Sorted by file, line, column. */
  readonly findings: Finding[];
  /** Files looked at (guides, catalogue files and refused files). */
  readonly files: number;
  readonly guides: number;
}

interface ShardResult {
  findings: Finding[];
  summaries: GuideSummary[];
}

/** What a worker thread needs; plain data so it can be posted to it. */
export interface ShardJob {
  /** The guides to check. */
  readonly files: readonly ContentFile[];
  /** The whole content listing: the worker loads the catalogue itself, in parallel. */
  readonly content: ContentFiles;
  readonly rootDisplay: string;
  readonly cwd: string;
  readonly date: BuildDate;
}

type ShardInput = Omit<ShardJob, 'content'> & { readonly catalogue: Catalogue };

/** Load, check and locate a list of guides. */
export function checkGuideShard({
  files,
  catalogue,
  cwd,
  rootDisplay,
  date,
}: ShardInput): ShardResult {
  const ctx: LoadContext = { cwd, rootDisplay, sources: new Map(), issues: [] };
  const rules: RuleContext = { catalogue, date };
  const report: Report = (issue) => ctx.issues.push(issue);
  const summaries: GuideSummary[] = [];
  for (const cf of files) {
    const before = ctx.issues.length;
    const guide = loadGuide(cf, ctx, catalogue);
    if (guide) {
      summaries.push(summarize(guide));
      for (const rule of GUIDE_RULES) rule(guide, rules, report);
    }
    // Keep a file's text only while it has findings to locate: 10,000 clean guides are 40 MB.
    if (ctx.issues.length === before) ctx.sources.delete(shownPath(cf, ctx));
  }
  return { findings: locateAll(ctx.issues, ctx.sources, cwd), summaries };
}

/** A worker's whole job: its own copy of the catalogue (findings there are the main thread's), then its guides. */
export function runShardJob(job: ShardJob): ShardResult {
  const scratch: LoadContext = {
    cwd: job.cwd,
    rootDisplay: job.rootDisplay,
    sources: new Map(),
    issues: [],
  };
  return checkGuideShard({ ...job, catalogue: loadCatalogue(job.content, scratch) });
}

export function plannedThreads(guides: number): number {
  return guides >= 2000 ? Math.min(2, availableParallelism()) : 1;
}

/** Which guides the calling thread checks itself, and the other shards' results to come. */
interface Plan {
  readonly own: readonly ContentFile[];
  readonly others?: Promise<ShardResult[]>;
}

export async function validateContent(options: ValidateOptions): Promise<ValidationResult> {
  return await run(options, (job) => {
    const threads =
      options.threads === 'auto'
        ? plannedThreads(job.files.length)
        : Math.max(1, options.threads ?? 1);
    if (threads === 1 || job.files.length < threads * 50) return { own: job.files };
    const [own = [], ...others] = split(job.files, threads);
    // Started before the main thread loads the catalogue, so their start-up overlaps it.
    return { own, others: Promise.all(others.map((files) => inWorker({ ...job, files }))) };
  });
}

/** Single-threaded and synchronous: for the Astro integration and tests. */
export function validateContentSync(options: ValidateOptions): ValidationResult {
  const result = run(options, (job) => ({ own: job.files }));
  // Without other shards nothing is awaited.
  if (result instanceof Promise) throw new Error('validateContentSync: unexpected parallel plan');
  return result;
}

function run(
  options: ValidateOptions,
  plan: (job: ShardJob) => Plan,
): ValidationResult | Promise<ValidationResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, options.root ?? DEFAULT_ROOT);
  const publicDir =
    options.publicDir ?? (options.root === undefined ? join(cwd, 'public') : undefined);
  const files = listContent(root);
  const rootDisplay = displayPath(root, cwd);
  const { own, others } = plan({
    files: files.guides,
    content: files,
    cwd,
    rootDisplay,
    date: options.date,
  });
  const ctx: LoadContext = {
    cwd,
    rootDisplay,
    sources: new Map(),
    issues: files.issues.map((i) => ({ ...i, file: displayPath(i.file, cwd) })),
  };
  const catalogue = loadCatalogue(files, ctx);
  const site = loadSite(root, ctx, options.requireSite ?? options.root === undefined);
  const first = checkGuideShard({ files: own, catalogue, cwd, rootDisplay, date: options.date });
  const finish = (shards: ShardResult[]): ValidationResult => {
    const rules: RuleContext = { catalogue, date: options.date, publicDir };
    const report: Report = (issue) => ctx.issues.push(issue);
    for (const rule of CATALOGUE_RULES) rule(rules, report);
    const summaries = shards.flatMap((s) => s.summaries);
    for (const rule of CORPUS_RULES) rule(summaries, rules, report);
    const findings = [
      ...locateAll(ctx.issues, ctx.sources, cwd),
      ...shards.flatMap((s) => s.findings),
    ];
    const only = options.only?.map((p) => resolve(cwd, p));
    const guidesDir = join(root, 'guides') + sep;
    const shown = only
      ? findings.filter((f) => {
          const abs = resolve(cwd, f.file);
          return (
            !abs.startsWith(guidesDir) ||
            only.some((p) => abs === p || abs.startsWith(p.endsWith(sep) ? p : p + sep))
          );
        })
      : findings;
    const catalogueFiles = Object.values(files.catalogue).reduce((n, list) => n + list.length, 0);
    return {
      findings: shown.sort(byFileAndPosition),
      files: files.guides.length + catalogueFiles + files.issues.length + (site ? 1 : 0),
      guides: files.guides.length,
    };
  };
  return others ? others.then((rest) => finish([first, ...rest])) : finish([first]);
}

/** Issues → findings with line and column; files not read yet (cross-guide rules) are read now. */
export function locateAll(issues: readonly Issue[], sources: Sources, cwd: string): Finding[] {
  const locator = new Locator();
  return issues.map((issue) => {
    let source: SourceText | undefined = sources.get(issue.file);
    if (!source && issue.file !== '') {
      const abs = isAbsolute(issue.file) ? issue.file : resolve(cwd, issue.file);
      try {
        const read = abs.endsWith('.md') ? readMarkdown(abs) : readYaml(abs);
        source = read.source;
        sources.set(issue.file, source);
      } catch {
        source = undefined;
      }
    }
    const { line, column } = source ? locator.position(source, issue.at) : { line: 1, column: 1 };
    return {
      code: issue.code,
      severity: severityOf(issue.code),
      file: issue.file,
      line,
      column,
      message: issue.message,
      ...(issue.suggestions && issue.suggestions.length > 0
        ? { suggestions: issue.suggestions }
        : {}),
    };
  });
}

function split<T>(list: readonly T[], parts: number): T[][] {
  const size = Math.ceil(list.length / parts);
  return Array.from({ length: parts }, (_, i) => list.slice(i * size, (i + 1) * size));
}

function inWorker(input: ShardJob): Promise<ShardResult> {
  return new Promise((resolvePromise, reject) => {
    // A larger young generation: parsing 5,000 guides allocates a lot of short-lived objects.
    const worker = new Worker(new URL('./worker.ts', import.meta.url), {
      workerData: input,
      resourceLimits: { maxYoungGenerationSizeMb: 64 },
    });
    worker.once('message', (result: ShardResult) => {
      resolvePromise(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
