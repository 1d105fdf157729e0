// The bounds that keep the life events small at province scale (src/lib/topics/list.ts): on both
// sides of each, /topics/ inlines guide titles or links to each life event's page, is cut into
// pages, and the home page shows all life events or the biggest few.
import { describe, expect, it } from 'vitest';
import {
  HOME_TOPICS_SHOWN,
  TOPICS_INLINE_GUIDES,
  TOPICS_PAGE_SIZE,
  homeTopics,
  publishedGuideCount,
  topicBundles,
  topicsListGuidesInline,
  topicsListPages,
} from '../../src/lib/topics/index.ts';
import { eventId, lifeEvents } from './fixtures/life-events.ts';

const bundlesOf = (sizes: readonly number[]) => topicBundles(lifeEvents(sizes));
const repeat = (size: number, times: number) => Array.from({ length: times }, () => size);

describe('publishedGuideCount', () => {
  it('counts the published guides of a life event, not its drafts', () => {
    const [bundle] = bundlesOf([3]);
    expect(bundle?.guides).toHaveLength(4);
    expect(bundle && publishedGuideCount(bundle)).toBe(3);
  });
});

describe('topicsListGuidesInline', () => {
  it(`inlines guide titles while the life events have at most ${String(TOPICS_INLINE_GUIDES)} published guides in all`, () => {
    const sizes = [...repeat(10, TOPICS_INLINE_GUIDES / 10 - 1), 9, 1];
    expect(sizes.reduce((a, b) => a + b)).toBe(TOPICS_INLINE_GUIDES);
    expect(topicsListGuidesInline(bundlesOf(sizes))).toBe(true);
  });

  it('links to each life event’s page instead from one guide more', () => {
    const sizes = [...repeat(10, TOPICS_INLINE_GUIDES / 10 - 1), 9, 2];
    expect(topicsListGuidesInline(bundlesOf(sizes))).toBe(false);
  });

  it('does not count drafts: every life event above also lists one', () => {
    // 100 life events of 10 published guides and a draft: 1,100 entries, 1,000 published.
    expect(topicsListGuidesInline(bundlesOf(repeat(10, TOPICS_INLINE_GUIDES / 10)))).toBe(true);
  });
});

describe('topicsListPages', () => {
  it(`keeps up to ${String(TOPICS_PAGE_SIZE)} life events on the one page /topics/`, () => {
    const pages = topicsListPages(bundlesOf(repeat(1, TOPICS_PAGE_SIZE)));
    expect(pages.map(({ page }) => [page.number, page.count, page.items.length])).toEqual([
      [1, 1, TOPICS_PAGE_SIZE],
    ]);
    expect(pages[0]?.inline).toBe(true);
  });

  it('continues on a second page from one life event more, in the same order', () => {
    const bundles = bundlesOf(repeat(6, TOPICS_PAGE_SIZE + 1));
    const pages = topicsListPages(bundles);
    expect(pages.map(({ page }) => [page.number, page.count, page.items.length])).toEqual([
      [1, 2, TOPICS_PAGE_SIZE],
      [2, 2, 1],
    ]);
    expect(pages.flatMap(({ page }) => page.items.map((b) => b.id))).toEqual(
      bundles.map((b) => b.id),
    );
    expect(pages[1]?.page.items[0]?.id).toBe(eventId(TOPICS_PAGE_SIZE + 1));
    // 201 × 6 = 1,206 published guides: every page links instead of inlining.
    expect(pages.map((p) => p.inline)).toEqual([false, false]);
  });
});

describe('homeTopics', () => {
  const count = (topic: { size: number }) => topic.size;
  const topics = (sizes: readonly number[]) => sizes.map((size, i) => ({ id: i + 1, size }));

  it(`shows every life event in the corpus order up to ${String(HOME_TOPICS_SHOWN)}`, () => {
    const few = topics([1, 5, 2, 9, 3, 3, 1, 7, 2, 4, 6, 8]);
    expect(few).toHaveLength(HOME_TOPICS_SHOWN);
    expect(homeTopics(few, count)).toEqual(few);
  });

  it('shows the ones with the most guides from one more, most first, ties in corpus order', () => {
    const many = topics([1, 5, 2, 9, 3, 3, 1, 7, 2, 4, 6, 8, 3]);
    expect(homeTopics(many, count).map((t) => t.id)).toEqual([
      4, 12, 8, 11, 2, 10, 5, 6, 13, 3, 9, 1,
    ]);
  });

  it('takes any bound', () => {
    expect(homeTopics(topics([1, 2, 3]), count, 2).map((t) => t.id)).toEqual([3, 2]);
    expect(homeTopics(topics([1, 2, 3]), count, 3).map((t) => t.id)).toEqual([1, 2, 3]);
  });
});
