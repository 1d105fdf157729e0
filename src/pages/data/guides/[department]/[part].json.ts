// /data/guides/<department>/<n>.json: one part of the open data, in the format of /data/guides.json.
import type { APIContext, GetStaticPaths } from 'astro';
import { dataPartPaths, loadCorpus, wholeGuides } from '../../../../data/corpus.ts';
import { site } from '../../../../data/site.ts';
import { siteText } from '../../../../i18n/site.ts';
import { openDataGuides } from '../../../../lib/export/guides-json.ts';
import type { DataPart } from '../../../../lib/export/parts.ts';

export const getStaticPaths = dataPartPaths satisfies GetStaticPaths;

export async function GET(context: APIContext<{ part: DataPart }>) {
  const corpus = await loadCorpus();
  const body = openDataGuides(
    await wholeGuides(context.props.part.guides),
    corpus,
    context.site ?? context.url,
    siteText.openDataTitle(site.siteName),
  );
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
