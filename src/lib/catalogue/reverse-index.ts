// The material catalogue read backwards: for every catalogue material, the published guides
// that need it and the life events those guides belong to. Citizens use it to see what one
// certificate is good for; editors use it to see what a change to a material touches.
import type { GuideSummaryEntry, SiteCorpus } from '../corpus/summary.ts';
import { MATERIAL_CATEGORIES, PUBLISHED_STATUS } from '../schemas/enums.ts';
import type { Material } from '../schemas/index.ts';

export interface GuideRef {
  readonly id: string;
  readonly title: string;
  readonly department: string;
}

export interface TopicRef {
  readonly id: string;
  readonly title: string;
}

export interface CatalogueEntry {
  readonly id: string;
  readonly material: Material;
  /** 免提交 in every channel: the catalogue names an electronic licence. */
  readonly exempt: boolean;
  /** Published guides naming the material, in the collator's order of their titles. */
  readonly guides: readonly GuideRef[];
  /** Life events containing one of those guides. */
  readonly topics: readonly TopicRef[];
}

export interface CatalogueGroup {
  readonly category: Material['category'];
  readonly entries: readonly CatalogueEntry[];
}

// Chinese names sort by pinyin with ICU's zh collation, the order citizens expect in a list.
const collator = new Intl.Collator('zh-CN');

export function catalogueIndex(corpus: SiteCorpus): CatalogueEntry[] {
  const published = corpus.guides.filter((guide) => guide.data.status === PUBLISHED_STATUS);
  const guidesOf = new Map<string, GuideSummaryEntry[]>();
  for (const guide of published) {
    for (const id of new Set(guide.data.materials.map((m) => m.material))) {
      guidesOf.set(id, [...(guidesOf.get(id) ?? []), guide]);
    }
  }
  const topicsOf = (guideIds: ReadonlySet<string>): TopicRef[] =>
    [...corpus.topics.values()]
      .filter((topic) => topic.data.guides.some((id) => guideIds.has(id)))
      .map((topic) => ({ id: topic.id, title: topic.data.title }))
      .sort((a, b) => collator.compare(a.title, b.title));

  return [...corpus.materials.values()]
    .map(({ id, data }) => {
      const guides = (guidesOf.get(id) ?? [])
        .map((guide) => ({
          id: guide.id,
          title: guide.data.title,
          department: guide.data.department,
        }))
        .sort((a, b) => collator.compare(a.title, b.title) || a.id.localeCompare(b.id));
      return {
        id,
        material: data,
        exempt: data.license !== undefined,
        guides,
        topics: topicsOf(new Set(guides.map((g) => g.id))),
      };
    })
    .sort((a, b) => collator.compare(a.material.name, b.material.name) || a.id.localeCompare(b.id));
}

/** The index grouped by category (证件, 证明, 表格, 协议, 其他), empty groups left out. */
export function catalogueByCategory(corpus: SiteCorpus): CatalogueGroup[] {
  const index = catalogueIndex(corpus);
  return MATERIAL_CATEGORIES.map((category) => ({
    category,
    entries: index.filter((entry) => entry.material.category === category),
  })).filter((group) => group.entries.length > 0);
}
