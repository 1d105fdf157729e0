// The search page announces that it is loading (in its live region) while the Pagefind index is
// still on its way; the other states (results, no results, failed) are pinned by the search suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Route } from 'playwright-core';
import { searchText } from '../../src/i18n/search.ts';
import { chromiumAvailable, launchChromium, newContext } from '../helpers/browser.ts';
import { DIST, serveStatic } from '../helpers/serve.ts';
import type { StaticServer } from '../helpers/serve.ts';

describe.skipIf(!chromiumAvailable())('search states', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('says 正在加载… in a live region until the index arrives, then the result count', async () => {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      // Hold Pagefind's script back until the loading state has been read.
      const held: Route[] = [];
      await page.route('**/pagefind/pagefind.js', (route) => {
        held.push(route);
      });
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent('身份证')}`);
      const status = page.locator('[data-search]').getByRole('status');
      await expect.poll(() => status.textContent()).toBe(searchText.loading);
      expect(await status.getAttribute('role')).toBe('status');
      await expect.poll(() => held.length).toBe(1);
      await held[0]?.continue();
      await expect
        .poll(() => status.textContent(), { timeout: 15_000 })
        .toMatch(/^“身份证”：\d+ 条结果$/);
    } finally {
      await context.close();
    }
  });
});
