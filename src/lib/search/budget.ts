// Where the guide list's instant filter stops using its own fuse.js index. The index costs about
// 39 KB gzip per 1,000 guides (npm run bench:search), and the list filters rendered items in the
// page; past this many published guides the list hands queries to the search page (Pagefind,
// which loads only the index chunks a query needs) instead. See docs/search.md.
export const FUSE_MAX_GUIDES = 2000;

export const usesInstantIndex = (publishedGuides: number): boolean =>
  publishedGuides <= FUSE_MAX_GUIDES;
