// What browser scripts may import: no pinyin dictionary, no corpus types, no Node modules.
export { normalizeQuery, normalizeText, isLatinQuery } from './normalize.ts';
export { FUSE_OPTIONS } from './fuse-options.ts';
export { expandSearchIndex, SearchIndexFormatError } from './search-index.ts';
export type { SearchIndex, SearchIndexJson, SearchMaterial, SearchRecord } from './search-index.ts';
export { createSearcher, matchMaterials } from './query.ts';
export type {
  GuideMatch,
  GuideSearcher,
  MatchableMaterial,
  MaterialMatch,
  QueryResult,
} from './query.ts';
export { withoutPinyinTail } from './excerpt.ts';
export { MATERIAL_CATALOGUE_URL, materialGuidesUrl } from './material-catalogue-format.ts';
export type { MaterialCatalogueJson, MaterialGuidesJson } from './material-catalogue-format.ts';
