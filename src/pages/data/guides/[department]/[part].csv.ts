// /data/guides/<department>/<n>.csv: one part of the open data, in the format of /data/guides.csv.
import type { APIContext, GetStaticPaths } from 'astro';
import { dataPartPaths, loadCorpus, wholeGuides } from '../../../../data/corpus.ts';
import { guidesCsv } from '../../../../lib/export/guides-csv.ts';
import type { DataPart } from '../../../../lib/export/parts.ts';

export const getStaticPaths = dataPartPaths satisfies GetStaticPaths;

export async function GET(context: APIContext<{ part: DataPart }>) {
  const corpus = await loadCorpus();
  return new Response(
    guidesCsv(await wholeGuides(context.props.part.guides), corpus, context.site ?? context.url),
    {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    },
  );
}
