// The first search tier of a province (docs/scale.md, "Service items"): its 100,000 guides are
// a few thousand distinct service items (事项名称) — the same item implemented by many
// departments at province, city and county level — so grouping the published guides by their
// title gives a catalogue small enough to search in one small Pagefind bundle.
import { createHash } from 'node:crypto';
import { normalizeText } from '../search/normalize.ts';

/** What an item needs of a guide: its id, code, title and department (实施主体). */
export interface ItemGuideInput {
  readonly id: string;
  /** 实施编码: tells apart the guides of one department for the same item (one per region). */
  readonly code: string;
  readonly title: string;
  readonly department: string;
  readonly departmentName: string;
}

/** One implementing guide of an item. */
export type ItemGuide = ItemGuideInput;

export interface ServiceItem {
  /** Stable URL segment: `/items/<slug>/` (see itemSlug). */
  readonly slug: string;
  /** The item name as the first guide (in id order) writes it. */
  readonly title: string;
  /** Its guides in id order (so by department folder, then file). */
  readonly guides: readonly ItemGuide[];
  readonly count: number;
}

/** The grouping key: NFKC, case and whitespace folded (the search's own normalisation). */
export const itemKey = (title: string): string => normalizeText(title);

/**
 * The slug of an item: the first 12 hex digits of the SHA-256 of its key. Depends on the title
 * alone, so an item keeps its URL whatever other items are added or removed (a pinyin slug would
 * need a suffix on homophones, chosen by which other titles exist). 48 bits: two of a few
 * thousand titles colliding is about 1 in 10^7, and groupItems refuses it rather than merge them.
 */
export const itemSlug = (title: string): string =>
  createHash('sha256').update(itemKey(title)).digest('hex').slice(0, 12);

export class ItemSlugCollisionError extends Error {
  override name = 'ItemSlugCollisionError';
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The service items of the published guides: one per distinct title (normalised), its guides in
 * id order; items ordered by slug (stable, independent of the input's order).
 */
export function groupItems(guides: readonly ItemGuideInput[]): ServiceItem[] {
  const groups = new Map<string, ItemGuide[]>();
  for (const guide of [...guides].sort((a, b) => byCodePoint(a.id, b.id))) {
    const key = itemKey(guide.title);
    const group = groups.get(key);
    if (group) group.push(guide);
    else groups.set(key, [guide]);
  }
  const seen = new Map<string, string>();
  const items: ServiceItem[] = [];
  for (const [key, members] of groups) {
    const slug = itemSlug(key);
    const other = seen.get(slug);
    if (other !== undefined) {
      throw new ItemSlugCollisionError(
        `The service items “${other}” and “${key}” have the same slug ${slug}; lengthen the digest in src/lib/items/group.ts (itemSlug).`,
      );
    }
    seen.set(slug, key);
    const first = members[0];
    if (!first) continue;
    items.push({ slug, title: first.title, guides: members, count: members.length });
  }
  return items.sort((a, b) => byCodePoint(a.slug, b.slug));
}
