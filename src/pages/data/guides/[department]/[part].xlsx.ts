// /data/guides/<department>/<n>.xlsx: one part of the open data, in the layout of /data/guides.xlsx.
import type { APIContext, GetStaticPaths } from 'astro';
import { loadCorpus, loadSiteIndex } from '../../../../data/corpus.ts';
import { guidesXlsx, XLSX_CONTENT_TYPE } from '../../../../lib/export/guides-xlsx.ts';
import { dataParts } from '../../../../lib/export/parts.ts';
import type { DataPart } from '../../../../lib/export/parts.ts';

export const getStaticPaths = (async () => {
  const index = await loadSiteIndex();
  return dataParts(index.byDepartment).map((part) => ({
    params: { department: part.department, part: String(part.part) },
    props: { part },
  }));
}) satisfies GetStaticPaths;

export async function GET({ props }: APIContext<{ part: DataPart }>) {
  const corpus = await loadCorpus();
  return new Response(await guidesXlsx(props.part.guides, corpus), {
    headers: { 'Content-Type': XLSX_CONTENT_TYPE },
  });
}
