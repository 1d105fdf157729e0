// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { safeMarkdown } from './src/lib/site/markdown.ts';
import { textSizeIntegration } from './src/lib/site/text-size.ts';
import pagefindIntegration from './src/integrations/pagefind.ts';
import validateIntegration from './src/integrations/validate.ts';

export default defineConfig({
  site: 'https://banshi.yunxi.example',
  trailingSlash: 'always',
  // Four pages in flight: a page's render waits on file writes and hashing (the CSP digests), and
  // the other pages use that time (about a quarter off the page generation on 2 cores).
  build: { format: 'directory', concurrency: 4 },
  integrations: [
    // The content validator: the build fails on the same findings as `npm run validate`.
    validateIntegration(),
    // 大字模式 is applied before first paint by a head-inline script (hashed by the CSP below).
    textSizeIntegration(),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    // Header search upgrade. The Pagefind index is written by `npm run build` after Astro exits
    // (scripts/build.ts), so the two never hold memory at once.
    pagefindIntegration(),
  ],
  markdown: {
    // Guides are plain Markdown: raw HTML, script links and off-site images are dropped, never
    // passed through (the validator refuses them too; this is the second line of defence).
    processor: satteri({ mdastPlugins: [safeMarkdown] }),
    // Shiki's inline styles would break the CSP, and guides hold no code.
    syntaxHighlight: false,
  },
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
