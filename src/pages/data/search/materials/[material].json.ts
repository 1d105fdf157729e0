// One file per required material: the published guides that need it (需要该材料的事项).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus, loadSiteIndex } from '../../../../data/corpus.ts';
import { buildMaterialGuides } from '../../../../lib/search/material-catalogue.ts';
import type { MaterialGuidesJson } from '../../../../lib/search/material-catalogue-format.ts';

export const getStaticPaths = (async () => {
  const [corpus, index] = await Promise.all([loadCorpus(), loadSiteIndex()]);
  return buildMaterialGuides(corpus, index.published).map((entry) => ({
    params: { material: entry.id },
    props: { entry },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: MaterialGuidesJson }> = ({ props }) =>
  new Response(JSON.stringify(props.entry), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
