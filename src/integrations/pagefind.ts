// The search integration. At setup it adds the script that sends the header search box to
// /search/ when JavaScript runs; at the end of `astro build` it indexes the built guide pages
// with Pagefind, so `npm run build` always ships an index matching the pages. Any indexing
// error fails the build.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildPagefindIndex } from '../lib/search/pagefind-build.ts';
import type { SearchIndexJson } from '../lib/search/search-index.ts';

const headerSearchScript = fileURLToPath(
  new URL('../components/search/site-search.ts', import.meta.url),
);

/** Guide aliases from the built instant-filter index (src/pages/data/search-index.json.ts). */
async function aliasesFromBuild(siteDir: string): Promise<Map<string, string[]>> {
  const file = join(siteDir, 'data', 'search-index.json');
  const text = await readFile(file, 'utf8').catch(() => {
    throw new Error(
      `${file} is missing: the Pagefind step reads guide aliases from it (src/pages/data/search-index.json.ts).`,
    );
  });
  const json = JSON.parse(text) as SearchIndexJson;
  return new Map(json.guides.map(([id, , aliases]) => [id, aliases]));
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'tongyuan:search',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('page', `import ${JSON.stringify(headerSearchScript)};`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const aliases = await aliasesFromBuild(siteDir);
        const { pageCount, outputPath } = await buildPagefindIndex({
          siteDir,
          aliasesOf: (id) => aliases.get(id) ?? [],
        });
        logger.info(`Pagefind indexed ${pageCount} guide page(s) into ${outputPath}`);
      },
    },
  };
}
