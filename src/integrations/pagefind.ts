// Indexes the built site with Pagefind at the end of `astro build`, so `npm run build` always
// ships a search index that matches the pages. Any indexing error fails the build.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildPagefindIndex } from '../lib/search/pagefind-build.ts';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'tongyuan:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pageCount, outputPath } = await buildPagefindIndex({ siteDir: fileURLToPath(dir) });
        logger.info(`Pagefind indexed ${pageCount} guide page(s) into ${outputPath}`);
      },
    },
  };
}
