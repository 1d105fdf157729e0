import type { APIContext } from 'astro';
import { loadCorpus, loadSiteIndex, wholeGuides } from '../../data/corpus.ts';
import { site } from '../../data/site.ts';
import { siteText } from '../../i18n/site.ts';
import { openDataGuides } from '../../lib/export/guides-json.ts';
import { dataParts, openDataIndex, wholeDataFiles } from '../../lib/export/parts.ts';

export async function GET(context: APIContext) {
  const [corpus, index] = await Promise.all([loadCorpus(), loadSiteIndex()]);
  // Past WHOLE_DATA_MAX_GUIDES the file is the index of the per-department parts (docs/scale.md).
  const siteUrl = context.site ?? context.url;
  if (!wholeDataFiles(index.published.length)) {
    const body = openDataIndex(
      dataParts(index.byDepartment),
      corpus,
      siteUrl,
      siteText.openDataTitle(site.siteName),
    );
    return new Response(JSON.stringify(body), {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
  }
  const body = openDataGuides(
    await wholeGuides(index.published),
    corpus,
    siteUrl,
    siteText.openDataTitle(site.siteName),
  );
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
