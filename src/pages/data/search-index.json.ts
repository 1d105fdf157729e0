// The instant-filter index (fuse.js records with pinyin), fetched by the guide list and the
// search page on the first keystroke. Built from published guides only.
import type { APIRoute } from 'astro';
import { loadSiteIndex, loadCorpus } from '../../data/corpus.ts';
import { buildSearchIndex } from '../../lib/search/build-search-index.ts';

export const GET: APIRoute = async () => {
  const [corpus, index] = await Promise.all([loadCorpus(), loadSiteIndex()]);
  return new Response(JSON.stringify(buildSearchIndex(corpus, index.published)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
