import type { APIContext } from 'astro';
import { loadCorpus, loadSiteIndex } from '../../data/corpus.ts';
import { guidesCsv } from '../../lib/export/guides-csv.ts';

export async function GET(context: APIContext) {
  const [corpus, index] = await Promise.all([loadCorpus(), loadSiteIndex()]);
  return new Response(guidesCsv(index.published, corpus, context.site ?? context.url), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
