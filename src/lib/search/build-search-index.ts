// Builds the instant-filter index at build time, with the pinyin of every title and material
// name, so that no pinyin dictionary is shipped to the browser.
import type { GuideSummaryEntry, SiteCorpus } from '../corpus/summary.ts';
import { catalogueAbbreviations, resultNames, titleAliases } from './aliases.ts';
import { pinyinOf } from './pinyin.ts';
import { SEARCH_INDEX_VERSION } from './search-index.ts';
import type { GuideRow, MaterialRow, SearchIndexJson } from './search-index.ts';

/** Builds the JSON for the given (published) guides; only materials they use are included. */
export function buildSearchIndex(
  corpus: SiteCorpus,
  guides: readonly GuideSummaryEntry[],
): SearchIndexJson {
  const departmentIds = [...new Set(guides.map((g) => g.data.department))];
  const materialIds = [...new Set(guides.flatMap((g) => g.data.materials.map((m) => m.material)))];
  const departmentIndex = new Map(departmentIds.map((id, i) => [id, i]));
  const materialIndex = new Map(materialIds.map((id, i) => [id, i]));

  const catalogue = catalogueAbbreviations(corpus);
  const materials = materialIds.map((id): MaterialRow => {
    const data = corpus.materials.get(id)?.data;
    const name = data?.name ?? id;
    const aliases = data?.aliases ?? [];
    return [id, name, aliases, [name, ...aliases].map((text) => pinyinOf(text).full)];
  });

  return {
    v: SEARCH_INDEX_VERSION,
    departments: departmentIds.map((id) => corpus.departments.get(id)?.data.name ?? id),
    materials,
    guides: guides.map((guide): GuideRow => {
      const aliases = titleAliases(guide.data.title, catalogue);
      const forms = [guide.data.title, ...aliases].map(pinyinOf);
      const used = [
        ...new Set(guide.data.materials.map((m) => materialIndex.get(m.material) ?? -1)),
      ];
      return [
        guide.id,
        guide.data.title,
        aliases,
        forms.map((form) => form.full),
        forms.map((form) => form.initials),
        departmentIndex.get(guide.data.department) ?? -1,
        used.filter((i) => i >= 0),
        resultNames(corpus, guide),
      ];
    }),
  };
}
