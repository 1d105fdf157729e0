// The one validator: loads a content root, runs every rule, returns located findings. The CLI, the
// Astro integration and the tests all call this. Big corpora are split into shards checked in
// parallel (worker threads); each shard loads, checks and locates its own guides, and only the
// findings and a small summary per guide come back for the cross-guide rules.
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  DEFAULT_ROOT,
  loadCatalogue,
  loadGuide,
  loadSite,
  shownPath,
  SITE_FILE,
} from '../corpus/load.ts';
import type { Catalogue, LoadContext, Sources } from '../corpus/load.ts';
import { displayPath, listContent } from '../corpus/load-files.ts';
import type { ContentFile, ContentFiles } from '../corpus/load-files.ts';
import { Locator } from '../corpus/load-locate.ts';
import { readMarkdown, readYaml } from '../corpus/load-source.ts';
import type { SourceText } from '../corpus/load-source.ts';
import { severityOf } from './codes.ts';
import { ruleGuide } from './context.ts';
import type { RuleGuide, Report, RuleContext } from './context.ts';
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
  /** When given, every input the findings depend on is recorded here (for cache.ts). */
  readonly record?: InputRecord;
}

/** What a run read: enough to tell later whether the same run would give the same findings. */
export interface InputRecord {
  /** Digest of every content file read, by display path. */
  readonly digests: Map<string, string>;
  /** Every template or sample path looked for under `public/` (absolute), and whether it was there. */
  readonly probes: Map<string, boolean>;
  /** The listing's own findings (misplaced or misnamed files), set by the run. */
  listing?: readonly Issue[];
}

export const newInputRecord = (): InputRecord => ({ digests: new Map(), probes: new Map() });

export interface ValidationResult {
  /** Sorted by file, line, column. */
  readonly findings: Finding[];
  /** Files looked at (guides, catalogue files and refused files). */
  readonly files: number;
  readonly guides: number;
}

interface ShardResult {
  findings: Finding[];
  summaries: RuleGuide[];
  /** The shard's file digests, when asked for. */
  digests?: [string, string][];
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
  /** Record each guide's digest. */
  readonly digests?: boolean;
}

type ShardInput = Omit<ShardJob, 'content'> & { readonly catalogue: Catalogue };

/** Load, check and locate a list of guides. */
export function checkGuideShard({
  files,
  catalogue,
  cwd,
  rootDisplay,
  date,
  digests,
}: ShardInput): ShardResult {
  const ctx: LoadContext = {
    cwd,
    rootDisplay,
    sources: new Map(),
    issues: [],
    ...(digests ? { digests: new Map<string, string>() } : {}),
  };
  const rules: RuleContext = { catalogue, date };
  const report: Report = (issue) => ctx.issues.push(issue);
  const summaries: RuleGuide[] = [];
  for (const cf of files) {
    const before = ctx.issues.length;
    const guide = loadGuide(cf, ctx, catalogue);
    if (guide) {
      summaries.push(ruleGuide(guide));
      for (const rule of GUIDE_RULES) rule(guide, rules, report);
    }
    // Keep a file's text only while it has findings to locate: 10,000 clean guides are 40 MB.
    if (ctx.issues.length === before) ctx.sources.delete(shownPath(cf, ctx));
  }
  return {
    findings: locateAll(ctx.issues, ctx.sources, cwd),
    summaries,
    ...(ctx.digests ? { digests: [...ctx.digests] } : {}),
  };
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

/**
 * Two threads from 2,000 guides, unless every core is already busy (one-minute load average at
 * or above the core count): then the second thread only adds its start-up and its own copy of
 * the catalogue (measured at 10,000 guides, load ≈ 4 on 2 cores: 2.3–2.4 s with two threads,
 * 2.0 s with one; at load ≈ 1.6: 1.3 s with two, 1.6 s with one).
 */
export function plannedThreads(guides: number, load = loadavg()[0] ?? 0): number {
  const cores = availableParallelism();
  return guides >= 2000 && load < cores ? Math.min(2, cores) : 1;
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

/** The paths a run works on, from its options (the cache keys by these too). */
export function resolveOptions(options: ValidateOptions): {
  cwd: string;
  root: string;
  publicDir: string | undefined;
  requireSite: boolean;
} {
  // Normalised (no trailing slash), so that the CLI and the build describe one run alike.
  const cwd = resolve(options.cwd ?? process.cwd());
  const publicDir =
    options.publicDir ?? (options.root === undefined ? join(cwd, 'public') : undefined);
  return {
    cwd,
    root: resolve(cwd, options.root ?? DEFAULT_ROOT),
    publicDir: publicDir === undefined ? undefined : resolve(cwd, publicDir),
    requireSite: options.requireSite ?? options.root === undefined,
  };
}

function run(
  options: ValidateOptions,
  plan: (job: ShardJob) => Plan,
): ValidationResult | Promise<ValidationResult> {
  const { cwd, root, publicDir } = resolveOptions(options);
  const { record } = options;
  const files = listContent(root);
  const rootDisplay = displayPath(root, cwd);
  const { own, others } = plan({
    files: files.guides,
    content: files,
    cwd,
    rootDisplay,
    date: options.date,
    digests: record !== undefined,
  });
  const ctx: LoadContext = {
    cwd,
    rootDisplay,
    sources: new Map(),
    issues: files.issues.map((i) => ({ ...i, file: displayPath(i.file, cwd) })),
    ...(record ? { digests: record.digests } : {}),
  };
  if (record) record.listing = ctx.issues.map((i) => ({ ...i }));
  const catalogue = loadCatalogue(files, ctx);
  // Whether the site file exists, and a misnamed `site.yml` beside it, decide TY007 and its words.
  for (const name of [SITE_FILE, 'site.yml'])
    record?.probes.set(join(root, name), existsSync(join(root, name)));
  const site = loadSite(root, ctx, resolveOptions(options).requireSite);
  const first = checkGuideShard({
    files: own,
    catalogue,
    cwd,
    rootDisplay,
    date: options.date,
    digests: record !== undefined,
  });
  const finish = (shards: ShardResult[]): ValidationResult => {
    for (const [file, digest] of shards.flatMap((s) => s.digests ?? []))
      record?.digests.set(file, digest);
    const fileExists = (path: string): boolean => {
      const found = existsSync(path);
      record?.probes.set(path, found);
      return found;
    };
    const rules: RuleContext = { catalogue, date: options.date, publicDir, fileExists };
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
