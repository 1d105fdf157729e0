// The site's single entry to the content: the plain Corpus that src/lib works on, read once per
// build from the sources with the validator's own loader (not from Astro's content store, which
// in a shard build holds only the shard's guides: src/data/guide-loader.ts). Pages render what
// src/lib computes from it; only a guide page's Markdown body comes from its Astro entry.
import { lastCommitDates } from '../lib/git/last-commit.ts';
import type { Corpus, GuideEntry } from '../lib/corpus/model.ts';
import { inIdOrder } from '../lib/corpus/order.ts';
import { loadSiteSources } from '../lib/corpus/site-load.ts';
import type { SiteSources } from '../lib/corpus/site-load.ts';
import type { GuideSummaryEntry } from '../lib/corpus/summary.ts';
import { dataParts } from '../lib/export/parts.ts';
import { PUBLISHED_STATUS } from '../lib/schemas/enums.ts';
import { SITE_SHARD, currentShard, rendersGuide } from '../lib/shard/assign.ts';
import { buildSiteIndex } from '../lib/site/site-index.ts';
import { topicBundle } from '../lib/topics/index.ts';
import type { TopicBundle } from '../lib/topics/index.ts';
import type { SiteIndex } from '../lib/site/site-index.ts';

/** The catalogue and every guide as a summary (whole where this build renders the guide). */
export type SiteCorpus = Corpus<GuideSummaryEntry>;

let sources: SiteSources | undefined;

function siteSources(): SiteSources {
  // The project root is the working directory, as for the validator and the page cache keys. The
  // validator has reported every broken file and stopped the build already: only the valid
  // entries are kept. A shard other than the site shard renders only its own guides' pages, and
  // each needs only its own guide and the catalogue: it reads only those. The site shard reads
  // every guide for its lists, but keeps whole only the ones it renders (src/lib/corpus/summary.ts).
  const shard = currentShard();
  const own = shard ? (id: string) => rendersGuide(shard, id) : () => true;
  sources ??= loadSiteSources({
    ...(shard && shard.index !== SITE_SHARD ? { guides: own } : {}),
    keepWhole: own,
  });
  return sources;
}

let corpus: Promise<SiteCorpus> | undefined;

export function loadCorpus(): Promise<SiteCorpus> {
  corpus ??= Promise.resolve().then(() => inIdOrder(siteSources().corpus));
  return corpus;
}

/**
 * The given guides whole, for the pages that show more of a guide than its summary (a life
 * event's merged checklist, open data): kept ones as they are, others read again from their files.
 */
export async function wholeGuides(
  guides: readonly { readonly id: string }[],
): Promise<GuideEntry[]> {
  return Promise.resolve(siteSources().wholeGuides(guides.map((guide) => guide.id)));
}

/** One life event with its merged checklist, from its guides read whole. */
export async function loadTopicBundle(id: string): Promise<TopicBundle> {
  const corpus = await loadCorpus();
  const members = corpus.topics.get(id)?.data.guides.map((guide) => ({ id: guide })) ?? [];
  const bundle = topicBundle(id, { ...corpus, guides: await wholeGuides(members) });
  if (!bundle) throw new Error(`Life event ${id} is missing from the corpus.`);
  return bundle;
}

/** Only guides with status 在用 are published; drafts and suspended items never reach a page. */
export async function publishedGuides(): Promise<GuideSummaryEntry[]> {
  const { guides } = await loadCorpus();
  return guides.filter((guide) => guide.data.status === PUBLISHED_STATUS);
}

/**
 * The published guides whose own pages (guide page, notice sheet) this build renders, whole: all
 * in a whole build, the shard's share in a shard. The site shard holds every guide for its lists
 * but need not give Astro a path and a cache key for each (200,000 at 100,000 guides).
 */
export async function renderedGuides(): Promise<GuideEntry[]> {
  const { whole } = siteSources();
  return (await publishedGuides()).flatMap((guide) => whole.get(guide.id) ?? []);
}

/** One guide this build renders, whole; an error names the guide if it is not one of them. */
export function renderedGuide(id: string): Promise<GuideEntry> {
  const guide = siteSources().whole.get(id);
  if (!guide || guide.data.status !== PUBLISHED_STATUS)
    return Promise.reject(new Error(`Guide ${id} is not a published guide of this build.`));
  return Promise.resolve(guide);
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
