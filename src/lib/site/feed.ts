// Items of the "updated guides" feed: one per dated change note, and for a guide without any
// change note one for its last review, newest first. GOV.UK's change notes are the model:
// the date and what changed, in plain words.
import { valueText as t } from '../../i18n/site.ts';
import type { GuideSummaryEntry } from '../corpus/summary.ts';
import { chineseDate, isoDay as isoDayOf } from './format.ts';
import { guideUrl } from './urls.ts';

export interface FeedItem {
  readonly title: string;
  readonly link: string;
  readonly pubDate: Date;
  readonly description: string;
}

/** At 10,000 guides a complete feed would be megabytes; readers want the latest. */
export const FEED_LIMIT = 100;

/**
 * `lastCommits` (guide id → date of the last commit touching its file) adds an item when a guide
 * file changed after its newest change note and review, so edits without a note still show.
 */
export function feedItems(
  guides: readonly GuideSummaryEntry[],
  limit = FEED_LIMIT,
  lastCommits: ReadonlyMap<string, Date> = new Map(),
): FeedItem[] {
  const items: FeedItem[] = [];
  for (const guide of guides) {
    const link = guideUrl(guide.id);
    const committed = lastCommits.get(guide.id);
    const noted = Math.max(
      guide.data.reviewed.getTime(),
      ...guide.data.changes.map((change) => change.date.getTime()),
    );
    if (committed && isoDayOf(committed) > isoDayOf(new Date(noted))) {
      items.push({
        title: t.feedEditedTitle(guide.data.title),
        link,
        pubDate: committed,
        description: t.feedEdited(chineseDate(committed)),
      });
    }
    if (guide.data.changes.length === 0) {
      items.push({
        title: t.feedReviewedTitle(guide.data.title),
        link,
        pubDate: guide.data.reviewed,
        description: t.feedReviewed(chineseDate(guide.data.reviewed)),
      });
      continue;
    }
    for (const change of guide.data.changes) {
      items.push({
        title: t.feedChangeTitle(guide.data.title, change.note),
        link,
        pubDate: change.date,
        description: t.feedChange(chineseDate(change.date), change.note),
      });
    }
  }
  return items
    .sort(
      (a, b) =>
        b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title, 'zh-CN'),
    )
    .slice(0, limit);
}
