// The life events (一件事) stay small at any size. A district has a handful, and /topics/ names the
// guides of each and the home page shows them all. A province has thousands (2,000 at 100,000
// guides): /topics/ with every guide title was 1.2 MB of HTML and the home page 464 KB. Past the
// bounds below, /topics/ is paginated and shows each life event's guide count with a link to its
// own page (/topics/<id>/, which lists its guides), and the home page shows a few life events
// and a link to the whole list (docs/scale.md).
import { paginate } from '../site/paginate.ts';
import type { ListPage } from '../site/paginate.ts';
import type { TopicGuides } from './merge.ts';
import type { GuideSummaryEntry } from '../corpus/summary.ts';

/** A life event with its guides, whole or summaries: all the list reads. */
type TopicList = TopicGuides<GuideSummaryEntry>;

/**
 * Life events per page of /topics/. Measured on built lists: a life event costs 460 bytes of HTML
 * with the synthetic corpus's 44-character summary and 570–650 with the sample's 70–100-character
 * ones (title, summary, count link); an inlined guide title 25–36 bytes more; the page around the
 * list 5.6–6.5 KB. 200 life events are 90–130 KB, and with the most titles a page can inline
 * (TOPICS_INLINE_GUIDES: 36 KB) under 175 KB. At 20,000 synthetic guides a page is 98 KB.
 */
export const TOPICS_PAGE_SIZE = 200;

/**
 * Guide titles that /topics/ inlines in all. Up to this many (a district's or a city's site; the
 * sample has 17) each life event names its guides; beyond, it links to its own page, which lists
 * them with their materials. A per-list rule, as the material catalogue's, so every page of the
 * list reads the same way.
 */
export const TOPICS_INLINE_GUIDES = 1000;

/**
 * Life events on the home page. Twelve fill its card grid evenly at one to four columns (the
 * width decides), as the twelve fully-online cards beside them do, and a dozen is about as many
 * as a reader scans before turning to the whole list; a district has fewer and sees them all.
 */
export const HOME_TOPICS_SHOWN = 12;

/** The published guides of a life event (its drafts and unknown ids are never shown). */
export const publishedGuideCount = (bundle: TopicList): number =>
  bundle.guides.filter(({ guide }) => guide).length;

/** Whether /topics/ names each life event's guides in the list itself. */
export const topicsListGuidesInline = (bundles: readonly TopicList[]): boolean =>
  bundles.reduce((sum, bundle) => sum + publishedGuideCount(bundle), 0) <= TOPICS_INLINE_GUIDES;

/** One page of /topics/. */
export interface TopicsListPage {
  readonly page: ListPage<TopicList>;
  /** Whether the page names the guides of its life events (the same on every page). */
  readonly inline: boolean;
}

/** The pages of /topics/ — /topics/, /topics/page/2/, … — with the bundles in the given order. */
export function topicsListPages(bundles: readonly TopicList[]): TopicsListPage[] {
  const inline = topicsListGuidesInline(bundles);
  return paginate(bundles, TOPICS_PAGE_SIZE).map((page) => ({ page, inline }));
}

/**
 * The life events the home page shows: all of them, in the corpus order, up to the bound; beyond
 * it, those with the most published guides — the ones that spare a citizen the most separate
 * applications and trips (DESIGN.md problem 4) — most first, equal counts in the corpus order.
 */
export function homeTopics<T>(
  topics: readonly T[],
  guideCount: (topic: T) => number,
  shown = HOME_TOPICS_SHOWN,
): T[] {
  if (topics.length <= shown) return [...topics];
  return topics
    .map((topic, position) => ({ topic, position, count: guideCount(topic) }))
    .sort((a, b) => b.count - a.count || a.position - b.position)
    .slice(0, shown)
    .map(({ topic }) => topic);
}
