// Search, for pages, build steps and tests. Browser scripts import ./browser.ts instead, which
// leaves out the pinyin dictionary. No Astro imports.
export { normalizeQuery, normalizeText, isLatinQuery } from './normalize.ts';
export { pinyinOf } from './pinyin.ts';
export type { PinyinForms } from './pinyin.ts';
export { FUSE_OPTIONS } from './fuse-options.ts';
export { buildSearchIndex } from './build-search-index.ts';
export { expandSearchIndex, SearchIndexFormatError, SEARCH_INDEX_VERSION } from './search-index.ts';
export type { SearchIndex, SearchIndexJson, SearchMaterial, SearchRecord } from './search-index.ts';
export { createSearcher, matchMaterials } from './query.ts';
export type { GuideMatch, GuideSearcher, MaterialMatch, QueryResult } from './query.ts';
export {
  FACETS,
  PAGEFIND_FILTER,
  PAGEFIND_META,
  facetGroups,
  facetSlug,
  facetValueOf,
  filterPages,
  filterPath,
  visitsValue,
} from './facets.ts';
export type { Facet, FacetGroup, FacetValue } from './facets.ts';
export { guideListItems } from './guide-list.ts';
export type { GuideListItem } from './guide-list.ts';
export { withoutPinyinTail } from './excerpt.ts';
export { ABBREVIATIONS, titleAliases } from './aliases.ts';
export {
  buildMaterialCatalogue,
  buildMaterialGuides,
  guidesByMaterial,
} from './material-catalogue.ts';
export {
  MATERIAL_CATALOGUE_URL,
  MATERIAL_CATALOGUE_VERSION,
  MAX_LISTED_GUIDES,
  materialGuidesUrl,
} from './material-catalogue-format.ts';
export type { MaterialCatalogueJson, MaterialGuidesJson } from './material-catalogue-format.ts';
