// The life events (一件事) stay small at any size. A district has a handful, and /topics/ names the
// guides of each and the home page shows them all. A province has thousands (2,000 at 100,000
// guides): /topics/ with every guide title was 1.2 MB of HTML and the home page 464 KB. Past the
// bounds below, /topics/ is paginated and shows each life event's guide count with a link to its
// own page (/topics/<id>/, which lists its guides), and the home page shows a few life events
// and a link to the whole list (docs/scale.md).
import { paginate } from '../site/paginate.ts';
import type { ListPage } from '../site/paginate.ts';
import type { TopicBundle } from './merge.ts';

/**
 * Life events per page of /topics/. Measured on the built list: a life event costs 420–560 bytes
 * of HTML without its guide titles (title, summary of 60–100 characters, a count link) and each
 * guide title inlined 20–36 bytes more; the page around the list is 5.6 KB. 200 life events are
 * 85–115 KB, and at most 36 KB of inlined titles (TOPICS_INLINE_GUIDES) keep a page under 160 KB.
 */
export const TOPICS_PAGE_SIZE = 200;

/**
 * Guide titles that /topics/ inlines in all. Up to this many (every district- or city-sized site;
 * the sample has 17) each life event lists its guides' titles, at 20–36 bytes each; beyond it
 * lists none, since the life event's own page has them, with their materials.
 */
export const TOPICS_INLINE_GUIDES = 1000;

/**
 * Life events on the home page. Twelve fill the card grid evenly at two, three or four columns,
 * as the home page's fully-online cards do (also twelve), and a dozen is as many as a reader
 * scans before looking for the full list; a district has fewer, so its home page shows them all.
 */
export const HOME_TOPICS_SHOWN = 12;

/** The published guides of a life event (its drafts and unknown ids are never shown). */
export const publishedGuideCount = (bundle: TopicBundle): number =>
  bundle.guides.filter(({ guide }) => guide).length;

/** Whether /topics/ names each life event's guides in the list itself. */
export const topicsListGuidesInline = (bundles: readonly TopicBundle[]): boolean =>
  bundles.reduce((sum, bundle) => sum + publishedGuideCount(bundle), 0) <= TOPICS_INLINE_GUIDES;

/** One page of /topics/. */
export interface TopicsListPage {
  readonly page: ListPage<TopicBundle>;
  /** Whether the page names the guides of its life events (the same on every page). */
  readonly inline: boolean;
}

/** The pages of /topics/ — /topics/, /topics/page/2/, … — with the bundles in the given order. */
export function topicsListPages(bundles: readonly TopicBundle[]): TopicsListPage[] {
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
