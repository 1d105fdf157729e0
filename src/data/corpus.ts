// The site's single entry to the content: the plain Corpus that src/lib works on, read once per
// build from the sources with the validator's own loader (not from Astro's content store, which
// in a shard build holds only the shard's guides: src/data/guide-loader.ts). Pages render what
// src/lib computes from it; only a guide page's Markdown body comes from its Astro entry.
import { lastCommitDates } from '../lib/git/last-commit.ts';
import { loadCorpus as loadSources } from '../lib/corpus/load.ts';
import type { Corpus, GuideEntry } from '../lib/corpus/model.ts';
import { inIdOrder } from '../lib/corpus/order.ts';
import { dataParts } from '../lib/export/parts.ts';
import { PUBLISHED_STATUS } from '../lib/schemas/enums.ts';
import { SITE_SHARD, currentShard, rendersGuide } from '../lib/shard/assign.ts';
import { buildSiteIndex } from '../lib/site/site-index.ts';
import type { SiteIndex } from '../lib/site/site-index.ts';

let corpus: Promise<Corpus> | undefined;

export function loadCorpus(): Promise<Corpus> {
  // The project root is the working directory, as for the validator and the page cache keys. The
  // validator has reported every broken file and stopped the build already: only the valid
  // entries are kept, not its findings nor the source texts it keeps to locate them. A shard
  // other than the site shard renders only its own guides' pages, and each needs only its own
  // guide and the catalogue: it reads only those (at 100,000 guides the whole plain Corpus is
  // about 1.3 GB in every shard).
  const shard = currentShard();
  const own =
    shard && shard.index !== SITE_SHARD ? { guides: (id: string) => rendersGuide(shard, id) } : {};
  corpus ??= Promise.resolve().then(() => inIdOrder(loadSources(own).corpus));
  return corpus;
}

/** Only guides with status 在用 are published; drafts and suspended items never reach a page. */
export async function publishedGuides(): Promise<GuideEntry[]> {
  const { guides } = await loadCorpus();
  return guides.filter((guide) => guide.data.status === PUBLISHED_STATUS);
}

/**
 * The published guides whose own pages (guide page, notice sheet) this build renders: all in a
 * whole build, the shard's share in a shard. The site shard holds every guide for its lists but
 * need not give Astro a path and a cache key for each (200,000 at 100,000 guides).
 */
export async function renderedGuides(): Promise<GuideEntry[]> {
  const shard = currentShard();
  const guides = await publishedGuides();
  return shard ? guides.filter((guide) => rendersGuide(shard, guide.id)) : guides;
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
