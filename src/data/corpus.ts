// The site's single entry to the content: Astro collections turned once into the plain Corpus
// that src/lib works on. Pages render what src/lib computes from it.
import { getCollection } from 'astro:content';
import { corpusFromAstro } from '../lib/corpus/from-astro.ts';
import { lastCommitDates } from '../lib/git/last-commit.ts';
import type { Corpus, GuideEntry } from '../lib/corpus/model.ts';
import { dataParts } from '../lib/export/parts.ts';
import { PUBLISHED_STATUS } from '../lib/schemas/enums.ts';
import { buildSiteIndex } from '../lib/site/site-index.ts';
import type { SiteIndex } from '../lib/site/site-index.ts';

let corpus: Promise<Corpus> | undefined;

export function loadCorpus(): Promise<Corpus> {
  corpus ??= (async () => {
    const [guides, departments, materials, abolished, topics] = await Promise.all([
      getCollection('guides'),
      getCollection('departments'),
      getCollection('materials'),
      getCollection('abolished'),
      getCollection('topics'),
    ]);
    return corpusFromAstro({ guides, departments, materials, abolished, topics });
  })();
  return corpus;
}

/** Only guides with status 在用 are published; drafts and suspended items never reach a page. */
export async function publishedGuides(): Promise<GuideEntry[]> {
  const { guides } = await loadCorpus();
  return guides.filter((guide) => guide.data.status === PUBLISHED_STATUS);
}

let index: Promise<SiteIndex> | undefined;

/** Lookups shared by every page (guides per department, per topic, …), built once per build. */
export function loadSiteIndex(): Promise<SiteIndex> {
  index ??= loadCorpus().then(buildSiteIndex);
  return index;
}

let commits: Map<string, Date> | undefined;

/**
 * When each guide file last changed in git (one git call per build), keyed by guide id. Empty
 * outside a git checkout (a tarball): pages then show only the editors' change notes.
 */
export async function guideLastCommits(): Promise<ReadonlyMap<string, Date>> {
  if (!commits) {
    const dates = lastCommitDates('src/content/guides');
    const { guides } = await loadCorpus();
    commits = new Map();
    for (const guide of guides) {
      const date = guide.file ? dates.get(guide.file) : undefined;
      if (date) commits.set(guide.id, date);
    }
  }
  return commits;
}

/** The static paths of the open-data parts (/data/guides/<department>/<n>.json|csv|xlsx). */
export async function dataPartPaths() {
  const index = await loadSiteIndex();
  return dataParts(index.byDepartment).map((part) => ({
    params: { department: part.department, part: String(part.part) },
    props: { part },
  }));
}
