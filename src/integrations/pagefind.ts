// The search integration: at setup it adds the script that sends the header search box to
// /search/ when JavaScript runs. The Pagefind index itself is written by `npm run build` once
// `astro build` has exited (scripts/build.ts → indexBuiltSite in src/lib/search/pagefind-build.ts),
// so that Astro's memory and the indexer's are never held at the same time.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const headerSearchScript = fileURLToPath(
  new URL('../components/search/site-search.ts', import.meta.url),
);

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'tongyuan:search',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('page', `import ${JSON.stringify(headerSearchScript)};`);
      },
    },
  };
}
