// What browser scripts may import: no pinyin dictionary, no corpus types, no Node modules.
export { normalizeQuery, normalizeText, isLatinQuery } from './normalize.ts';
export { FUSE_OPTIONS } from './fuse-options.ts';
export { expandSearchIndex, SearchIndexFormatError } from './search-index.ts';
export type { SearchIndex, SearchIndexJson, SearchMaterial, SearchRecord } from './search-index.ts';
export { createSearcher, matchMaterials } from './query.ts';
export type { GuideMatch, GuideSearcher, MaterialMatch, QueryResult } from './query.ts';
export { guideUrl } from './guide-url.ts';
export { withoutPinyinTail } from './excerpt.ts';
