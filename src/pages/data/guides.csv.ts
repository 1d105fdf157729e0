import type { APIContext } from 'astro';
import { loadCorpus, loadSiteIndex, wholeGuides } from '../../data/corpus.ts';
import { guidesCsv } from '../../lib/export/guides-csv.ts';
import { site } from '../../data/site.ts';
import { siteText } from '../../i18n/site.ts';
import {
  dataParts,
  openDataIndex,
  openDataIndexCsv,
  wholeDataFiles,
} from '../../lib/export/parts.ts';

export async function GET(context: APIContext) {
  const [corpus, index] = await Promise.all([loadCorpus(), loadSiteIndex()]);
  const siteUrl = context.site ?? context.url;
  // Past WHOLE_DATA_MAX_GUIDES the file lists the per-department parts instead (docs/scale.md).
  const body = wholeDataFiles(index.published.length)
    ? guidesCsv(await wholeGuides(index.published), corpus, siteUrl)
    : openDataIndexCsv(
        openDataIndex(
          dataParts(index.byDepartment),
          corpus,
          siteUrl,
          siteText.openDataTitle(site.siteName),
        ),
      );
  return new Response(body, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
