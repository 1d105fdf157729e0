// Lists that stay small at any size: the guide list, its facet pages and the department pages
// are split into numbered pages joined by plain links (no JavaScript needed). A list item is
// about 0.8 KB of HTML on the guide list, so 250 items keep a page well under the 300 KB budget
// (docs/scale.md).
export const LIST_PAGE_SIZE = 250;

export interface ListPage<T> {
  /** 1-based. */
  readonly number: number;
  readonly count: number;
  readonly items: readonly T[];
  /** 1-based position of the first item in the whole list (0 when the list is empty). */
  readonly first: number;
  readonly total: number;
}

/** The pages of a list; an empty list still has its one (empty) page. */
export function paginate<T>(items: readonly T[], size = LIST_PAGE_SIZE): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
    first: items.length === 0 ? 0 : i * size + 1,
    total: items.length,
  }));
}

/** The rest parameter of page `n` of a list route (`[...page]`): none for the first page. */
export const pageParam = (n: number): string | undefined =>
  n === 1 ? undefined : `page/${String(n)}`;

/** The URL of page `n` of the list at `base` (which ends with `/`). */
export const pagePath = (base: string, n: number): string =>
  n === 1 ? base : `${base}page/${String(n)}/`;

/**
 * Page numbers to link from page `current` of `count`: the first, the last, and two either side
 * of the current one; `gap` where numbers are left out.
 */
export function pageWindow(current: number, count: number): (number | 'gap')[] {
  const shown = new Set([1, count]);
  for (let n = current - 2; n <= current + 2; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const n of sorted) {
    const last = out.at(-1);
    if (typeof last === 'number' && n > last + 1) out.push('gap');
    out.push(n);
  }
  return out;
}
