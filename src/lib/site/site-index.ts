// Lookups every page needs, computed once per build from the corpus (the benchmark renders
// 10,000 guides: a page must find its department's guides in a map, not by scanning the list).
import type { Corpus, Entry } from '../corpus/model.ts';
import type { GuideSummaryEntry } from '../corpus/summary.ts';
import type { Department } from '../schemas/index.ts';
import { PUBLISHED_STATUS } from '../schemas/enums.ts';
import { facetGroups } from '../search/facets.ts';
import type { FacetGroup } from '../search/facets.ts';

/** `G`: the guides as the corpus holds them (whole, or summaries in a site build). */
export interface SiteIndex<G extends GuideSummaryEntry = GuideSummaryEntry> {
  /** Guides with status 在用, ordered by department name, then code. */
  readonly published: readonly G[];
  readonly guideById: ReadonlyMap<string, G>;
  /** Departments ordered by name (pinyin collation). */
  readonly departments: readonly Entry<Department>[];
  /** Published guides per department id (every department has an entry, possibly empty). */
  readonly byDepartment: ReadonlyMap<string, readonly G[]>;
  /** Published guides per topic id, in the topic's order. */
  readonly byTopic: ReadonlyMap<string, readonly G[]>;
  /** Published guides that can be done without any visit (全程网办), by title. */
  readonly fullyOnline: readonly G[];
  /** Published guides by their last change (or review) date, newest first. */
  readonly recentlyUpdated: readonly G[];
  /**
   * The facet values and counts of all published guides, shown by every list page: computed
   * once (150 ms at 100,000 guides, on each of thousands of list pages otherwise).
   */
  readonly facets: readonly FacetGroup[];
}

const collator = new Intl.Collator('zh-CN');

export const isPublished = (guide: GuideSummaryEntry): boolean =>
  guide.data.status === PUBLISHED_STATUS;

/** The day a guide last changed: its newest change note, or its review date if it has none. */
export function lastUpdated(guide: GuideSummaryEntry): Date {
  let latest: Date | undefined;
  for (const change of guide.data.changes) {
    if (!latest || change.date > latest) latest = change.date;
  }
  return latest ?? guide.data.reviewed;
}

export function buildSiteIndex<G extends GuideSummaryEntry>(corpus: Corpus<G>): SiteIndex<G> {
  const departments = [...corpus.departments.values()].sort((a, b) =>
    collator.compare(a.data.name, b.data.name),
  );
  const rank = new Map(departments.map((department, index) => [department.id, index]));
  const published = corpus.guides
    .filter(isPublished)
    .sort(
      (a, b) =>
        (rank.get(a.data.department) ?? Infinity) - (rank.get(b.data.department) ?? Infinity) ||
        collator.compare(a.data.code, b.data.code),
    );
  const guideById = new Map(published.map((guide) => [guide.id, guide]));

  const byDepartment = new Map<string, G[]>(departments.map((d) => [d.id, []]));
  for (const guide of published) byDepartment.get(guide.data.department)?.push(guide);

  const byTopic = new Map<string, G[]>();
  for (const topic of corpus.topics.values()) {
    byTopic.set(
      topic.id,
      topic.data.guides.flatMap((id) => guideById.get(id) ?? []),
    );
  }

  const byTitle = (a: G, b: G) => collator.compare(a.data.title, b.data.title);
  const fullyOnline = published
    .filter((guide) => guide.data.online.depth === '全程网办')
    .sort(byTitle);
  const updated = new Map(published.map((guide) => [guide.id, lastUpdated(guide).getTime()]));
  const recentlyUpdated = [...published].sort(
    (a, b) => (updated.get(b.id) ?? 0) - (updated.get(a.id) ?? 0) || byTitle(a, b),
  );

  return {
    published,
    guideById,
    departments,
    byDepartment,
    byTopic,
    fullyOnline,
    recentlyUpdated,
    facets: facetGroups(corpus, published),
  };
}
