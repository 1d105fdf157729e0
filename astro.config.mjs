// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/lib/site/config.ts';
import { markdown } from './src/data/markdown.ts';
import { textSizeIntegration } from './src/lib/site/text-size.ts';
import pagefindIntegration from './src/integrations/pagefind.ts';
import validateIntegration from './src/integrations/validate.ts';
import astroCommandIntegration from './src/integrations/astro-command.ts';
import adminIntegration from './src/integrations/admin.ts';
import shardIntegration from './src/integrations/shard.ts';
import { SITE_SHARD, currentShard, shardOutDir } from './src/lib/shard/assign.ts';
import { otherShardsGuideUrls } from './src/lib/shard/sitemap.ts';
import { readGuideSources } from './src/lib/invariants/read.ts';

// The region's address, from src/content/site.yaml (a broken file stops here, with its findings).
const site = siteConfig().url;
// TONGYUAN_SHARD=K/N: this build renders one shard of the site into dist-shard-K/ (docs/scale.md).
const shard = currentShard();
// Only the site shard writes the sitemap, listing the other shards' guide pages too.
const sitemapPages =
  shard?.index === SITE_SHARD && shard.total > 1
    ? otherShardsGuideUrls(site, shard, readGuideSources('src/content'))
    : [];

export default defineConfig({
  site,
  ...(shard ? { outDir: shardOutDir(shard) } : {}),
  trailingSlash: 'always',
  // Scoped styles by class, not by a data-astro-cid-* attribute: the same specificity, and the
  // marker merges into each element's class attribute (fewer bytes on every page).
  scopedStyleStrategy: 'class',
  // Four pages in flight: a page's render waits on file writes and hashing (the CSP digests), and
  // the other pages use that time (about a quarter off the page generation on 2 cores).
  build: { format: 'directory', concurrency: 4 },
  integrations: [
    // Which command runs: `astro build` keeps guides out of the content store (src/data/guide-loader.ts).
    astroCommandIntegration(),
    // The content validator: the build fails on the same findings as `npm run validate`.
    validateIntegration(),
    // 大字模式 is applied before first paint by a head-inline script (hashed by the CSP below).
    textSizeIntegration(),
    ...(shard && shard.index !== SITE_SHARD
      ? []
      : [sitemap({ filter: (page) => !page.endsWith('/404/'), customPages: sitemapPages })]),
    // Header search upgrade. The Pagefind index is written by `npm run build` after Astro exits
    // (scripts/build.ts), so the two never hold memory at once.
    pagefindIntegration(),
    // Renders only this shard's pages and writes its manifest (no-op when not sharded).
    shardIntegration(shard),
    // /admin/: the web editor (Decap CMS) with its own CSP, served by the dev server; `npm run
    // build` writes its files once Astro has exited (scripts/build.ts), in the site shard only.
    ...(shard && shard.index !== SITE_SHARD ? [] : [adminIntegration()]),
    // The deploy files (nginx CSP include, .gz/.br siblings) are written by `npm run build` after
    // the search index (scripts/build.ts), or by `npm run merge` for a sharded build.
  ],
  // The Markdown settings guide bodies are rendered with too (src/data/markdown.ts).
  markdown,
  experimental: {
    // Writes JSON Schemas of the collections into .astro/ on sync, so VS Code's Astro extension
    // checks and completes a guide's frontmatter in .md files (the YAML extension cannot).
    contentIntellisense: true,
    // A rebuild copies each guide page and notice sheet whose cacheKey (src/lib/site/page-cache.ts)
    // and code are unchanged from the cache folder instead of rendering it again; the output is
    // byte-identical to a cold build (tests/build/incremental.site.test.ts).
    incrementalBuild: true,
  },
  security: {
    // Every page carries a Content-Security-Policy with hashes of its scripts and styles; no
    // request may leave the site.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search core in the page.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
