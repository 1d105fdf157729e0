// Builds the Pagefind full-text index over a built site with Pagefind's Node API. The API
// returns errors as data instead of throwing; every step's errors are collected and raised as
// one PagefindIndexError, so a broken index fails the build instead of shipping silently.
import { glob, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { withPinyinTerms } from './pagefind-html.ts';
import { pinyinTerms } from './pinyin.ts';
import type { SearchIndexJson } from './search-index.ts';

/** Guide pages only: `guides/<department>/<slug>/index.html`. Lists and filters are not indexed. */
export const GUIDE_PAGES_GLOB = 'guides/*/*/index.html';

/** How many pages are handed to Pagefind at once. */
const PAGES_IN_FLIGHT = 16;

/** Directories under guides/ that hold list pages, not departments (`page`: /guides/page/<n>/). */
const NOT_GUIDES = new Set(['filter', 'page']);

export class PagefindIndexError extends Error {
  override name = 'PagefindIndexError';
  readonly step: string;
  readonly errors: readonly string[];
  constructor(step: string, errors: readonly string[]) {
    super([`Pagefind failed to ${step}:`, ...errors.map((error) => `  - ${error}`)].join('\n'));
    this.step = step;
    this.errors = errors;
  }
}

export interface PagefindBuildOptions {
  /** The built site, e.g. `dist/`. */
  readonly siteDir: string;
  /** Where the bundle goes; defaults to `<siteDir>/pagefind`. */
  readonly outputPath?: string;
  /** Everyday names of a guide (aliases.ts), indexed with their pinyin beside the title's. */
  readonly aliasesOf?: (guideId: string) => readonly string[];
  /** The pages to index (site-relative); defaults to the guide pages (guidePages). */
  readonly pages?: readonly string[];
}

export interface PagefindBuildResult {
  readonly pageCount: number;
  readonly outputPath: string;
}

function check(step: string, errors: readonly string[] | undefined): void {
  if (errors && errors.length > 0) throw new PagefindIndexError(step, errors);
}

/** Site-relative paths (with `/`) of the guide pages in a built site, sorted. */
export async function guidePages(siteDir: string): Promise<string[]> {
  const pages: string[] = [];
  for await (const file of glob(GUIDE_PAGES_GLOB, { cwd: siteDir })) {
    const path = file.split(sep).join('/');
    if (!NOT_GUIDES.has(path.split('/')[1] ?? '')) pages.push(path);
  }
  return pages.sort();
}

/** `guides/civil-affairs/marriage-registration/index.html` → `civil-affairs/marriage-registration`. */
export const guideIdOf = (page: string): string => page.split('/').slice(1, 3).join('/');

/**
 * Indexes every guide page of `siteDir`, each with the pinyin words of its title and its aliases added to the
 * indexed copy (see pagefind-html.ts), and writes the bundle. Pages carry `<html lang="zh-CN">`,
 * which selects Pagefind's Chinese segmentation; no language is forced.
 */
export async function buildPagefindIndex(
  options: PagefindBuildOptions,
): Promise<PagefindBuildResult> {
  const { siteDir } = options;
  const outputPath = options.outputPath ?? join(siteDir, 'pagefind');
  const pages = options.pages ?? (await guidePages(siteDir));
  if (pages.length === 0) {
    throw new PagefindIndexError(`index ${siteDir}`, [
      `no guide pages matching ${GUIDE_PAGES_GLOB}`,
    ]);
  }
  try {
    const created = await pagefind.createIndex({});
    check('create the index', created.errors);
    const index = created.index;
    if (!index) throw new PagefindIndexError('create the index', ['Pagefind returned no index']);

    const problems: string[] = [];
    const prepare = async (page: string) => {
      const html = await readFile(join(siteDir, page), 'utf8');
      const aliases = options.aliasesOf?.(guideIdOf(page)) ?? [];
      const terms = (title: string) => [...aliases, ...[title, ...aliases].flatMap(pinyinTerms)];
      return withPinyinTerms(html, relative(process.cwd(), join(siteDir, page)), terms);
    };
    // A few pages are read and given their pinyin at once, but they are handed to Pagefind one
    // after the other in sorted order: Pagefind numbers pages in the order it finishes adding
    // them, so pages in flight together would make the index differ from build to build.
    for (let start = 0; start < pages.length; start += PAGES_IN_FLIGHT) {
      const batch = pages.slice(start, start + PAGES_IN_FLIGHT);
      const contents = await Promise.all(batch.map(prepare));
      for (const [i, page] of batch.entries()) {
        const added = await index.addHTMLFile({ sourcePath: page, content: contents[i] ?? '' });
        problems.push(...added.errors.map((error) => `${page}: ${error}`));
      }
    }
    check(`index ${siteDir}`, problems);

    const written = await index.writeFiles({ outputPath });
    check(`write ${outputPath}`, written.errors);
    return { pageCount: pages.length, outputPath: written.outputPath };
  } finally {
    await pagefind.close();
  }
}

/** The first page of each service item (`items/<slug>/index.html`), sorted; none below the tier. */
export const ITEM_PAGES_GLOB = 'items/*/index.html';

export async function itemPages(siteDir: string): Promise<string[]> {
  const pages: string[] = [];
  for await (const file of glob(ITEM_PAGES_GLOB, { cwd: siteDir }))
    pages.push(file.split(sep).join('/'));
  return pages.sort();
}

/**
 * The item tier's bundle (docs/scale.md, "Service items"): the item pages' titles and their
 * pinyin, in their own bundle, so the search page's first query loads a few thousand records
 * instead of every guide's. Undefined when the build rendered no item pages (tier off, or a
 * shard other than the site shard).
 */
export async function indexItemPages(
  siteDir: string,
  outputPath: string,
): Promise<PagefindBuildResult | undefined> {
  const pages = await itemPages(siteDir);
  if (pages.length === 0) return undefined;
  return buildPagefindIndex({ siteDir, outputPath, pages });
}

/** Guide aliases from the built instant-filter index (src/pages/data/search-index.json.ts). */
export async function aliasesFromBuild(siteDir: string): Promise<Map<string, string[]>> {
  const file = join(siteDir, 'data', 'search-index.json');
  const text = await readFile(file, 'utf8').catch(() => {
    throw new PagefindIndexError(`index ${siteDir}`, [
      `${file} is missing: the Pagefind step reads guide aliases from it (src/pages/data/search-index.json.ts).`,
    ]);
  });
  const json = JSON.parse(text) as SearchIndexJson;
  return new Map(json.guides.map(([id, , aliases]) => [id, aliases]));
}

/**
 * The search index of a built site (or of one shard's output): every guide page, with the
 * aliases the site's own instant-filter index lists for it. `npm run build` calls this after
 * `astro build` has exited (scripts/build.ts).
 */
export async function indexBuiltSite(
  siteDir: string,
  outputPath?: string,
): Promise<PagefindBuildResult> {
  const aliases = await aliasesFromBuild(siteDir);
  return buildPagefindIndex({
    siteDir,
    ...(outputPath === undefined ? {} : { outputPath }),
    aliasesOf: (id) => aliases.get(id) ?? [],
  });
}
