// Fetches the instant-filter index once per page, on first need (first keystroke or a query in
// the URL), and builds the fuse.js searcher from it.
import { createSearcher, expandSearchIndex } from '../../lib/search/browser.ts';
import type { GuideSearcher, SearchIndexJson } from '../../lib/search/browser.ts';

export const SEARCH_INDEX_URL = `${import.meta.env.BASE_URL}data/search-index.json`;

let pending: Promise<GuideSearcher> | undefined;

export function loadSearcher(): Promise<GuideSearcher> {
  pending ??= fetch(SEARCH_INDEX_URL)
    .then(async (response) => {
      if (!response.ok) throw new Error(`${SEARCH_INDEX_URL}: HTTP ${response.status}`);
      return createSearcher(expandSearchIndex((await response.json()) as SearchIndexJson));
    })
    .catch((error: unknown) => {
      // A later keystroke may retry (the network may be back).
      pending = undefined;
      throw error;
    });
  return pending;
}
