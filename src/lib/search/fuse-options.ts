// The one fuse.js configuration, used by the browser and by the query-table tests
// (tests/search/queries.yaml), so that what the tests pass is what citizens get.
import type { IFuseOptions } from 'fuse.js';
import type { SearchRecord } from './search-index.ts';

export const FUSE_OPTIONS = {
  keys: [
    { name: 'title', weight: 4 },
    { name: 'aliases', weight: 3 },
    { name: 'pinyin', weight: 3 },
    { name: 'initials', weight: 2 },
    { name: 'result', weight: 1.5 },
    { name: 'materials', weight: 1 },
    { name: 'department', weight: 1 },
  ],
  // Chinese words sit anywhere in a title (结婚 in 内地居民结婚登记): position must not count.
  ignoreLocation: true,
  // Tuned on the corpus with the query table: 0.34 lets one wrong character through in a
  // three- or four-character word (结昏登记) while two-character words must match exactly.
  threshold: 0.34,
  includeScore: true,
  includeMatches: false,
  minMatchCharLength: 1,
  shouldSort: true,
} as const satisfies IFuseOptions<SearchRecord>;
