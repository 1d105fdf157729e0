import type { APIContext } from 'astro';
import { loadCorpus, loadSiteIndex } from '../../data/corpus.ts';
import { site } from '../../data/site.ts';
import { siteText } from '../../i18n/site.ts';
import { openDataGuides } from '../../lib/export/guides-json.ts';

export async function GET(context: APIContext) {
  const [corpus, index] = await Promise.all([loadCorpus(), loadSiteIndex()]);
  const body = openDataGuides(
    index.published,
    corpus,
    context.site ?? context.url,
    siteText.openDataTitle(site.siteName),
  );
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
