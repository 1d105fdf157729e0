import { loadCorpus, loadSiteIndex } from '../../data/corpus.ts';
import { guidesXlsx } from '../../lib/export/guides-xlsx.ts';

export async function GET() {
  const [corpus, index] = await Promise.all([loadCorpus(), loadSiteIndex()]);
  return new Response(await guidesXlsx(index.published, corpus), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
  });
}
