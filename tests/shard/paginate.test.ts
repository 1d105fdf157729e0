// Lists split into pages joined by plain links, open data split into parts per department, and
// the material catalogue handing its long lists to per-material pages.
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_INLINE_LINKS,
  catalogueListsInline,
  materialPageUrl,
} from '../../src/lib/catalogue/index.ts';
import type { CatalogueEntry } from '../../src/lib/catalogue/index.ts';
import { dataParts, partUrl } from '../../src/lib/export/parts.ts';
import type { GuideEntry } from '../../src/lib/corpus/model.ts';
import { pageParam, pagePath, pageWindow, paginate } from '../../src/lib/site/paginate.ts';

describe('paginate', () => {
  it('cuts a list into pages of the given size, keeping every item once and in order', () => {
    const items = Array.from({ length: 11 }, (_, i) => i);
    const pages = paginate(items, 5);
    expect(pages.map((page) => page.items)).toEqual([[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10]]);
    expect(pages.map((page) => [page.number, page.count, page.first, page.total])).toEqual([
      [1, 3, 1, 11],
      [2, 3, 6, 11],
      [3, 3, 11, 11],
    ]);
  });

  it('gives an empty list its one empty page', () => {
    expect(paginate([], 5)).toEqual([{ number: 1, count: 1, items: [], first: 0, total: 0 }]);
  });

  it("puts the first page at the list's own URL and the others under page/<n>/", () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('page/3');
    expect(pagePath('/guides/', 1)).toBe('/guides/');
    expect(pagePath('/departments/health/', 2)).toBe('/departments/health/page/2/');
  });

  it('links the first, the last and two pages either side of the current one', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(10, 40)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 40]);
    expect(pageWindow(40, 40)).toEqual([1, 'gap', 38, 39, 40]);
  });
});

describe('open data parts', () => {
  const guide = (id: string) => ({ id }) as unknown as GuideEntry;
  it('splits each department into parts, skipping departments without guides', () => {
    const byDepartment = new Map([
      ['health', ['a', 'b', 'c'].map((s) => guide(`health/${s}`))],
      ['taxation', []],
      ['civil-affairs', [guide('civil-affairs/x')]],
    ]);
    const parts = dataParts(byDepartment, 2);
    expect(parts.map((p) => [p.department, p.part, p.guides.map((g) => g.id)])).toEqual([
      ['health', 1, ['health/a', 'health/b']],
      ['health', 2, ['health/c']],
      ['civil-affairs', 1, ['civil-affairs/x']],
    ]);
    expect(partUrl('health', 2, 'csv')).toBe('/data/guides/health/2.csv');
  });
});

describe('the material catalogue at scale', () => {
  const entry = (guides: number, topics: number) =>
    ({
      guides: Array.from({ length: guides }, (_, i) => ({ id: `d/g${String(i)}` })),
      topics: Array.from({ length: topics }, (_, i) => ({ id: `t${String(i)}` })),
    }) as unknown as CatalogueEntry;

  it('lists guides in the catalogue up to the link budget, and on material pages beyond', () => {
    expect(catalogueListsInline([entry(600, 0), entry(CATALOGUE_INLINE_LINKS - 650, 50)])).toBe(
      true,
    );
    expect(catalogueListsInline([entry(600, 0), entry(CATALOGUE_INLINE_LINKS - 650, 51)])).toBe(
      false,
    );
    expect(materialPageUrl('resident-id-card')).toBe('/materials/resident-id-card/');
  });
});
