// The search integration. At setup it adds the script that sends the header search box to
// /search/ when JavaScript runs; at the end of `astro build` it indexes the built guide pages
// with Pagefind, so `npm run build` always ships an index matching the pages. Any indexing
// error fails the build.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildPagefindIndex } from '../lib/search/pagefind-build.ts';

const headerSearchScript = fileURLToPath(new URL('../components/search/site-search.ts', import.meta.url));

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'tongyuan:search',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('page', `import ${JSON.stringify(headerSearchScript)};`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { pageCount, outputPath } = await buildPagefindIndex({ siteDir: fileURLToPath(dir) });
        logger.info(`Pagefind indexed ${pageCount} guide page(s) into ${outputPath}`);
      },
    },
  };
}
