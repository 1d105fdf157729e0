// The four facets of the guide list and the search page. One definition serves the pre-rendered
// filter pages (no JavaScript), the instant filter, and Pagefind's filters on the guide page.
import { pinyin } from 'pinyin-pro';
import { ITEM_TYPES, ONLINE_DEPTHS } from '../schemas/enums.ts';
import type { GuideSummaryEntry, SiteCorpus } from '../corpus/summary.ts';

export const FACETS = ['department', 'type', 'online', 'visits'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * Pagefind filter names, as written on the guide page: `data-pagefind-filter="事项类型"`. They
 * are also shown to citizens by Pagefind-driven UIs, so they are the Chinese field names.
 */
export const PAGEFIND_FILTER: Readonly<Record<Facet, string>> = {
  department: '实施主体',
  type: '事项类型',
  online: '网办深度',
  visits: '到现场次数',
};

/** Pagefind meta keys on the guide page (`data-pagefind-meta="code"`). */
export const PAGEFIND_META = { code: 'code', department: 'department' } as const;

/** The visits facet groups 2 visits and more: the question a citizen asks is "0, 1 or more?". */
export function visitsValue(visits: number): string {
  return visits >= 2 ? '2 次及以上' : `${visits} 次`;
}

export interface FacetValue {
  /** The value as shown and as stored in Pagefind filters, e.g. 行政许可, 0 次. */
  readonly value: string;
  /** URL segment of the pre-rendered filter page, e.g. xingzhengxuke. */
  readonly slug: string;
  /** Published guides carrying this value. */
  readonly count: number;
}

export interface FacetGroup {
  readonly facet: Facet;
  readonly values: readonly FacetValue[];
}

/** The value of one facet for one guide (department: the department's name). */
export function facetValueOf(corpus: SiteCorpus, guide: GuideSummaryEntry, facet: Facet): string {
  switch (facet) {
    case 'department':
      return corpus.departments.get(guide.data.department)?.data.name ?? guide.data.department;
    case 'type':
      return guide.data.type;
    case 'online':
      return guide.data.online.depth;
    case 'visits':
      return visitsValue(guide.data.visits);
  }
}

const pinyinSlug = (value: string) =>
  pinyin(value, { toneType: 'none', type: 'array', v: true })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

/** URL segment of a facet value: department ids as they are, pinyin for Chinese enum values. */
export function facetSlug(corpus: SiteCorpus, facet: Facet, value: string): string {
  if (facet === 'department') {
    for (const [id, entry] of corpus.departments) if (entry.data.name === value) return id;
    return pinyinSlug(value);
  }
  if (facet === 'visits') return value.startsWith('2') ? '2plus' : value.replace(/\D/g, '');
  return pinyinSlug(value);
}

const collator = new Intl.Collator('zh-CN');

/** Values in a stable, meaningful order: departments by name (pinyin order, as elsewhere on the site), enums as specified. */
function orderOf(corpus: SiteCorpus, facet: Facet): readonly string[] {
  switch (facet) {
    case 'department':
      return [...corpus.departments.values()]
        .map((d) => d.data.name)
        .sort((a, b) => collator.compare(a, b));
    case 'type':
      return ITEM_TYPES;
    case 'online':
      return ONLINE_DEPTHS;
    case 'visits':
      return ['0 次', '1 次', '2 次及以上'];
  }
}

/** Each facet with the values that at least one of the given guides has, and their counts. */
export function facetGroups(
  corpus: SiteCorpus,
  guides: readonly GuideSummaryEntry[],
): FacetGroup[] {
  return FACETS.map((facet) => {
    const counts = new Map<string, number>();
    for (const guide of guides) {
      const value = facetValueOf(corpus, guide, facet);
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const values = orderOf(corpus, facet)
      .filter((value) => counts.has(value))
      .map((value) => ({
        value,
        slug: facetSlug(corpus, facet, value),
        count: counts.get(value) ?? 0,
      }));
    return { facet, values };
  });
}

/** Every pre-rendered filter page: `/guides/filter/<facet>/<slug>/`. */
export function filterPages(
  corpus: SiteCorpus,
  guides: readonly GuideSummaryEntry[],
): { facet: Facet; value: FacetValue; guides: GuideSummaryEntry[] }[] {
  return facetGroups(corpus, guides).flatMap((group) =>
    group.values.map((value) => ({
      facet: group.facet,
      value,
      guides: guides.filter((guide) => facetValueOf(corpus, guide, group.facet) === value.value),
    })),
  );
}

export const filterPath = (facet: Facet, slug: string): string =>
  `/guides/filter/${facet}/${slug}/`;
