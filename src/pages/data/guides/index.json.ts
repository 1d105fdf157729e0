// /data/guides/index.json: the parts of the open data, per department (src/lib/export/parts.ts).
import type { APIContext } from 'astro';
import { loadCorpus, loadSiteIndex } from '../../../data/corpus.ts';
import { site } from '../../../data/site.ts';
import { siteText } from '../../../i18n/site.ts';
import { dataParts, openDataIndex } from '../../../lib/export/parts.ts';

export async function GET(context: APIContext) {
  const [corpus, index] = await Promise.all([loadCorpus(), loadSiteIndex()]);
  const body = openDataIndex(
    dataParts(index.byDepartment),
    corpus,
    context.site ?? context.url,
    siteText.openDataTitle(site.siteName),
  );
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
