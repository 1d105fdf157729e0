import type { APIContext } from 'astro';
import { loadCorpus, loadSiteIndex, wholeGuides } from '../../data/corpus.ts';
import { siteText } from '../../i18n/site.ts';
import { guidesXlsx, XLSX_CONTENT_TYPE } from '../../lib/export/guides-xlsx.ts';
import {
  dataParts,
  openDataIndex,
  openDataIndexSheet,
  wholeDataFiles,
} from '../../lib/export/parts.ts';
import { xlsxBytes } from '../../lib/spreadsheet/write.ts';
import { site } from '../../data/site.ts';

export async function GET(context: APIContext) {
  const [corpus, index] = await Promise.all([loadCorpus(), loadSiteIndex()]);
  // Past WHOLE_DATA_MAX_GUIDES the workbook lists the per-department parts (docs/scale.md).
  const body = wholeDataFiles(index.published.length)
    ? await guidesXlsx(await wholeGuides(index.published), corpus)
    : await xlsxBytes([
        openDataIndexSheet(
          openDataIndex(
            dataParts(index.byDepartment),
            corpus,
            context.site ?? context.url,
            siteText.openDataTitle(site.siteName),
          ),
        ),
      ]);
  return new Response(body, { headers: { 'Content-Type': XLSX_CONTENT_TYPE } });
}
