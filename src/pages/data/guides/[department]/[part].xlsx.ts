// /data/guides/<department>/<n>.xlsx: one part of the open data, in the layout of /data/guides.xlsx.
import type { APIContext, GetStaticPaths } from 'astro';
import { dataPartPaths, loadCorpus, wholeGuides } from '../../../../data/corpus.ts';
import { guidesXlsx, XLSX_CONTENT_TYPE } from '../../../../lib/export/guides-xlsx.ts';
import type { DataPart } from '../../../../lib/export/parts.ts';

export const getStaticPaths = dataPartPaths satisfies GetStaticPaths;

export async function GET({ props }: APIContext<{ part: DataPart }>) {
  const corpus = await loadCorpus();
  return new Response(await guidesXlsx(await wholeGuides(props.part.guides), corpus), {
    headers: { 'Content-Type': XLSX_CONTENT_TYPE },
  });
}
