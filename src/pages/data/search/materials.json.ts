// The materials the search page matches a query against (names, aliases, pinyin, counts).
import type { APIRoute } from 'astro';
import { loadCorpus, loadSiteIndex } from '../../../data/corpus.ts';
import { buildMaterialCatalogue } from '../../../lib/search/material-catalogue.ts';

export const GET: APIRoute = async () => {
  const [corpus, index] = await Promise.all([loadCorpus(), loadSiteIndex()]);
  return new Response(JSON.stringify(buildMaterialCatalogue(corpus, index.published)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
