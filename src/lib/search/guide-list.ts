// What the guide list renders for each guide, including the facet slugs the instant filter
// compares against (data attributes on each list item).
import type { GuideSummaryEntry, SiteCorpus } from '../corpus/summary.ts';
import type { OnlineDepth } from '../schemas/enums.ts';
import { FACETS, facetSlug, facetValueOf } from './facets.ts';
import type { Facet } from './facets.ts';
import { guideUrl } from '../site/urls.ts';

export interface GuideListItem {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly department: string;
  readonly type: string;
  readonly depth: OnlineDepth;
  readonly visits: number;
  /** Facet value slugs, as in `/guides/filter/<facet>/<slug>/`. */
  readonly slugs: Readonly<Record<Facet, string>>;
}

/** List items in the order given (the site index orders guides by department, then code). */
export function guideListItems(
  corpus: SiteCorpus,
  guides: readonly GuideSummaryEntry[],
): GuideListItem[] {
  return guides.map((guide) => {
    const slugs = Object.fromEntries(
      FACETS.map((facet) => [facet, facetSlug(corpus, facet, facetValueOf(corpus, guide, facet))]),
    ) as Record<Facet, string>;
    return {
      id: guide.id,
      url: guideUrl(guide.id),
      title: guide.data.title,
      department: facetValueOf(corpus, guide, 'department'),
      type: guide.data.type,
      depth: guide.data.online.depth,
      visits: guide.data.visits,
      slugs,
    };
  });
}
