// Loads a content root (default `src/content`) from disk into the plain Corpus, without Astro:
// the CLI, the build integration and the tests share it. Nothing here throws for a content
// mistake: a file that cannot be read, parsed or validated becomes a finding (with its position)
// and is left out of the Corpus, so every other rule still runs on the rest.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import {
  abolishedSchema,
  departmentSchema,
  guideSchema,
  materialSchema,
  siteSchema,
  topicSchema,
} from '../schemas/index.ts';
import type { Abolished, Department, Guide, Material, Site, Topic } from '../schemas/index.ts';
import type { Anchor, Issue, PathSegment } from '../validate/finding.ts';
import { checkSchema } from '../validate/schema-check.ts';
import type { RefCandidates } from '../validate/schema-issues.ts';
import { guideRefCandidates, materialCandidates } from './candidates.ts';
import { CATALOGUE, displayPath, listContent } from './load-files.ts';
import type { CatalogueName, ContentFile, ContentFiles } from './load-files.ts';
import { Locator } from './load-locate.ts';
import type { Position } from './load-locate.ts';
import { readMarkdown, readYaml } from './load-source.ts';
import type { SourceText } from './load-source.ts';
import { contentDigest, unreadableDigest } from '../validate/digest.ts';
import { withoutBom } from './parse-source.ts';
import type { Corpus, Entry, GuideEntry } from './model.ts';

export {
  candidatesOf,
  departmentCandidates,
  locationCandidates,
  materialCandidates,
  topicCandidates,
} from './candidates.ts';

export const DEFAULT_ROOT = 'src/content';

export interface Catalogue {
  readonly departments: ReadonlyMap<string, Entry<Department>>;
  readonly materials: ReadonlyMap<string, Entry<Material>>;
  readonly abolished: ReadonlyMap<string, Entry<Abolished>>;
  readonly topics: ReadonlyMap<string, Entry<Topic>>;
  /** Ids of catalogue files that exist but could not be loaded (their own findings say why). */
  readonly broken: Readonly<Record<CatalogueName, ReadonlySet<string>>>;
  /** Every guide id that has a file, valid or not. */
  readonly guideIds: ReadonlySet<string>;
}

/** Files read so far, by display path (relative to the working directory). */
export type Sources = Map<string, SourceText>;

export interface LoadContext {
  readonly cwd: string;
  /** The content root as shown in findings (relative to `cwd`; '' when it is `cwd`). */
  readonly rootDisplay: string;
  readonly sources: Sources;
  readonly issues: Issue[];
  /**
   * When given, the digest of every file read (by display path) is recorded here: the
   * validator's result cache is keyed by them (src/lib/validate/cache.ts).
   */
  readonly digests?: Map<string, string>;
}

const SCHEMAS = {
  departments: departmentSchema,
  materials: materialSchema,
  abolished: abolishedSchema,
  topics: topicSchema,
} as const;

/** Loads the four catalogue collections (everything except guides). */
export function loadCatalogue(files: ContentFiles, ctx: LoadContext): Catalogue {
  const maps = {} as Record<CatalogueName, Map<string, Entry<unknown>>>;
  const broken = {} as Record<CatalogueName, Set<string>>;
  const guideIds = new Set(files.guides.map((g) => g.id));
  // Order matters for suggestions: abolished entries refer to materials, topics to guides.
  for (const collection of CATALOGUE) {
    maps[collection] = new Map();
    broken[collection] = new Set();
    const refs = refCandidatesFor(collection, maps, guideIds);
    for (const cf of files.catalogue[collection]) {
      const entry = loadEntry(cf, ctx, SCHEMAS[collection], readYaml, refs);
      if (entry) maps[collection].set(cf.id, entry);
      else broken[collection].add(cf.id);
    }
  }
  return {
    departments: maps.departments as Map<string, Entry<Department>>,
    materials: maps.materials as Map<string, Entry<Material>>,
    abolished: maps.abolished as Map<string, Entry<Abolished>>,
    topics: maps.topics as Map<string, Entry<Topic>>,
    broken,
    guideIds,
  };
}

/** The region's site file, directly in the content root (see src/lib/schemas/site.ts). */
export const SITE_FILE = 'site.yaml';

/**
 * Loads `site.yaml` from a content root; undefined when it is missing (a finding only when
 * `required`: test fixtures are content roots without one) or broken (its findings say why).
 */
export function loadSite(root: string, ctx: LoadContext, required: boolean): Site | undefined {
  const file = join(root, SITE_FILE);
  const cf: ContentFile = { file, id: 'site', rel: SITE_FILE };
  if (!existsSync(file)) {
    if (required) {
      // `.yml` is the usual slip: say so rather than only "missing".
      const yml = existsSync(join(root, 'site.yml'))
        ? `目录中有 site.yml，但扩展名必须是 .yaml：请把它改名为 ${SITE_FILE}。`
        : '请新建这个文件（可以复制本系统示例中的 src/content/site.yaml 再修改），各字段的说明见 schemas/site.schema.json。';
      ctx.issues.push({
        code: 'TY007',
        file: shownPath(cf, ctx),
        at: { line: 1, column: 1 },
        message: `缺少站点配置文件 ${shownPath(cf, ctx)}：网站名称、政务服务中心、网址和电话都从这个文件读取，没有它网站无法构建。${yml}`,
      });
    }
    return undefined;
  }
  return loadEntry(cf, ctx, siteSchema, readYaml, () => () => undefined)?.data as Site | undefined;
}

/** Loads one guide; undefined when it could not be read or does not match the schema. */
export function loadGuide(
  cf: ContentFile,
  ctx: LoadContext,
  catalogue: Catalogue,
): GuideEntry | undefined {
  let body = '';
  const entry = loadEntry(
    cf,
    ctx,
    guideSchema,
    (file, text) => {
      const result = readMarkdown(file, text);
      body = result.ok ? result.body : '';
      return result;
    },
    guideRefCandidates(catalogue),
  );
  return entry ? { ...(entry as Entry<Guide>), body } : undefined;
}

function loadEntry(
  cf: ContentFile,
  ctx: LoadContext,
  schema: z.ZodType,
  read: (file: string, text: string) => ReturnType<typeof readYaml>,
  refs: (data: unknown) => RefCandidates,
): Entry<unknown> | undefined {
  const file = shownPath(cf, ctx);
  let result;
  try {
    // Bytes first, so that the digest is of exactly what was checked.
    const bytes = readFileSync(cf.file);
    ctx.digests?.set(file, contentDigest(bytes));
    result = read(cf.file, withoutBom(bytes.toString('utf8')));
  } catch (error) {
    ctx.digests?.set(file, unreadableDigest(error));
    // An unreadable file (permissions, a folder named x.md, invalid encoding) is a finding too.
    ctx.issues.push({
      code: 'TY002',
      file,
      at: { line: 1, column: 1 },
      message: `无法读取文件：${(error as Error).message}。请确认它是 UTF-8 编码的文本文件。`,
    });
    return undefined;
  }
  ctx.sources.set(file, result.source);
  if (!result.ok) {
    ctx.issues.push({ ...result.issue, file });
    return undefined;
  }
  const checked = checkSchema(file, schema, result.data, refs, compiled(schema));
  if (!checked.ok) {
    ctx.issues.push(...checked.issues);
    return undefined;
  }
  return { id: cf.id, data: checked.data, file };
}

const compiledSchemas = new WeakMap<z.ZodType, z.ZodType>();

/**
 * Zod's ahead-of-time compiled parser for a schema (generated code for the valid case; any input
 * it does not accept goes to the ordinary parser, so the issues are the same). Node only: the web
 * editor's bundle (no `new Function` under its CSP) parses with the schema itself.
 */
function compiled(schema: z.ZodType): z.ZodType {
  let parser = compiledSchemas.get(schema);
  if (!parser) compiledSchemas.set(schema, (parser = z.compile(schema)));
  return parser;
}

/** The display path of a content file, without path arithmetic per file. */
export const shownPath = (cf: ContentFile, ctx: Pick<LoadContext, 'rootDisplay'>): string =>
  ctx.rootDisplay === '' ? cf.rel : `${ctx.rootDisplay}/${cf.rel}`;

// --- suggestions for reference fields that are not even well-formed ids --------------------------

const memo = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

function refCandidatesFor(
  collection: CatalogueName,
  maps: Record<CatalogueName, Map<string, Entry<unknown>>>,
  guideIds: ReadonlySet<string>,
): (data: unknown) => RefCandidates {
  const materials = memo(() => materialCandidates(maps.materials as Map<string, Entry<Material>>));
  const guides = memo(() => [...guideIds].map((id) => ({ value: id })));
  return () => (path) => {
    if (collection === 'abolished' && path[0] === 'material') return materials();
    if (collection === 'topics' && path[0] === 'guides') return guides();
    return undefined;
  };
}

// --- the whole corpus in one call ------------------------------------------------------------------

export interface LoadedCorpus {
  /** The valid entries. */
  readonly corpus: Corpus;
  readonly catalogue: Catalogue;
  /** Problems with files that could not be loaded (TY001–TY006), not yet located. */
  readonly issues: readonly Issue[];
  readonly sources: Sources;
  /** Line and column of a key (`part: 'key'`) or value in a loaded file (display path). */
  locate(file: string, path: readonly PathSegment[], part?: 'key' | 'value'): Position;
  /** Line and column of any anchor. */
  position(file: string, anchor: Anchor): Position;
}

/** The Corpus of a loaded catalogue and its guides (whole, or as a site build holds them). */
export function corpusOf<G extends Entry<unknown>>(
  catalogue: Catalogue,
  guides: readonly G[],
): Corpus<G> {
  const { departments, materials, abolished, topics } = catalogue;
  return { guides, departments, materials, abolished, topics };
}

export interface LoadOptions {
  /** Content root; default `src/content` under `cwd`. */
  readonly root?: string;
  /** Base for the display paths; default the process's working directory. */
  readonly cwd?: string;
}

export function loadCorpus(options: LoadOptions = {}): LoadedCorpus {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, options.root ?? DEFAULT_ROOT);
  const files = listContent(root);
  const ctx: LoadContext = {
    cwd,
    rootDisplay: displayPath(root, cwd),
    sources: new Map(),
    issues: files.issues.map((i) => ({ ...i, file: displayPath(i.file, cwd) })),
  };
  const catalogue = loadCatalogue(files, ctx);
  const guides: GuideEntry[] = [];
  for (const cf of files.guides) {
    const guide = loadGuide(cf, ctx, catalogue);
    if (guide) guides.push(guide);
  }
  const locator = new Locator();
  const position = (file: string, anchor: Anchor): Position => {
    const source = ctx.sources.get(file);
    return source ? locator.position(source, anchor) : { line: 1, column: 1 };
  };
  return {
    corpus: corpusOf(catalogue, guides),
    catalogue,
    issues: ctx.issues,
    sources: ctx.sources,
    locate: (file, path, part = 'value') => position(file, { path, part }),
    position,
  };
}
