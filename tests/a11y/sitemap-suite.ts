// axe over every page of the sitemap (plus the 404 page), with JavaScript on. The pages are dealt
// round-robin into shards, one test file each (sitemap-1/2.test.ts), so that vitest's two workers
// share the longest suite of the run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium, newContext, sitemapPaths } from '../helpers/browser.ts';
import { DIST, serveStatic } from '../helpers/serve.ts';
import type { StaticServer } from '../helpers/serve.ts';
import { axeFindings, formatFindings } from './axe.ts';

// A path that names no page shows the site's 404 page.
const allPaths = [...sitemapPaths(DIST), '/no-such-page/'];

export function axeSitemapShard(shard: number, shards: number): void {
  const paths = allPaths.filter((_, i) => i % shards === shard - 1);
  describe.skipIf(!chromiumAvailable())(
    `accessibility (axe, WCAG 2.2 A/AA), shard ${shard} of ${shards}`,
    () => {
      let server: StaticServer;
      let browser: Browser;
      let context: BrowserContext;
      let page: Page;

      beforeAll(async () => {
        server = await serveStatic(DIST);
        browser = await launchChromium();
        context = await newContext(browser);
        page = await context.newPage();
      });
      afterAll(async () => {
        await browser.close();
        await server.close();
      });

      it('has a sitemap with the pages to check', () => {
        expect(allPaths.length).toBeGreaterThan(10);
        expect(paths.length).toBeGreaterThanOrEqual(Math.floor(allPaths.length / shards));
      });

      it.each(paths)('%s has no violations', async (path) => {
        await page.goto(server.origin + path, { waitUntil: 'load' });
        const findings = await axeFindings(page);
        expect(findings, formatFindings(path, findings)).toEqual([]);
      });
    },
  );
}
