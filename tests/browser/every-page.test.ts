// Every page of the sitemap (and the 404 page), twice: with JavaScript, recording every request
// (any that would leave loopback is blocked and fails the suite) and every console error (a CSP
// violation is one); and without JavaScript, where the page must still read completely — the same
// headings as with scripts, a heading 1 and real text in <main>.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { searchText } from '../../src/i18n/search.ts';
import {
  chromiumAvailable,
  launchChromium,
  newContext,
  recordRequests,
  sitemapPaths,
  watchPage,
} from '../helpers/browser.ts';
import type { PageProblems, RequestLog } from '../helpers/browser.ts';
import { DIST, serveStatic } from '../helpers/serve.ts';
import type { StaticServer } from '../helpers/serve.ts';

// A path that names no page: the server answers with the site's 404 page and status 404.
const NOT_FOUND = '/no-such-page/';
const paths = [...sitemapPaths(DIST), NOT_FOUND];

/** Headings a reader sees (visible, with text), in document order. */
const visibleHeadings = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main h1, main h2, main h3')]
      .filter(
        (h) => h instanceof HTMLElement && h.offsetParent !== null && h.innerText.trim() !== '',
      )
      .map((h) => `${h.tagName} ${(h as HTMLElement).innerText.trim()}`),
  );

// Headings that only exist once a script has run: search results need the Pagefind script.
const SCRIPT_ONLY_PAGES = new Set(['/search/']);

describe.skipIf(!chromiumAvailable())('every page', () => {
  let server: StaticServer;
  let browser: Browser;
  let scripted: BrowserContext;
  let plain: BrowserContext;
  let scriptedPage: Page;
  let plainPage: Page;
  let requests: RequestLog;
  let plainRequests: RequestLog;
  let problems: PageProblems;
  const headingsWithScript = new Map<string, string[]>();

  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launchChromium();
    scripted = await newContext(browser);
    plain = await newContext(browser, { javaScriptEnabled: false });
    requests = await recordRequests(scripted);
    plainRequests = await recordRequests(plain);
    scriptedPage = await scripted.newPage();
    plainPage = await plain.newPage();
    problems = watchPage(scriptedPage);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('has the pages of the sitemap', () => {
    expect(paths.length).toBeGreaterThan(10);
  });

  describe('with JavaScript', () => {
    it.each(paths)('%s loads without errors', async (path) => {
      const seen = {
        pageErrors: problems.pageErrors.length,
        consoleErrors: problems.consoleErrors.length,
        dialogs: problems.dialogs.length,
      };
      const response = await scriptedPage.goto(server.origin + path, { waitUntil: 'load' });
      expect(response?.status()).toBe(path === NOT_FOUND ? 404 : 200);
      headingsWithScript.set(path, await visibleHeadings(scriptedPage));
      // Chromium logs the 404 status of the not-found page itself as a console error.
      const expected404 =
        'Failed to load resource: the server responded with a status of 404 (Not Found)';
      const consoleErrors = problems.consoleErrors
        .slice(seen.consoleErrors)
        .filter((message) => !(path === NOT_FOUND && message === expected404));
      expect(problems.pageErrors.slice(seen.pageErrors), path).toEqual([]);
      expect(consoleErrors, path).toEqual([]);
      expect(problems.dialogs.slice(seen.dialogs), path).toEqual([]);
    });

    it('a search and an instant filter fetch only from the site', async () => {
      const seenErrors = problems.consoleErrors.length;
      await scriptedPage.goto(`${server.origin}/search/?q=${encodeURIComponent('结婚')}`);
      await expect
        .poll(() => scriptedPage.locator('[data-search]').getByRole('status').textContent(), {
          timeout: 15_000,
        })
        .toMatch(/条结果/);
      await scriptedPage.goto(`${server.origin}/guides/`);
      await scriptedPage.getByLabel(searchText.list.filterLabel).fill('jhdj');
      await expect
        .poll(() => scriptedPage.locator('[data-guide-finder]').getByRole('status').textContent())
        .toMatch(/条结果/);
      expect(requests.all.some((url) => url.includes('/pagefind/'))).toBe(true);
      expect(problems.consoleErrors.slice(seenErrors)).toEqual([]);
    });

    it('no request left loopback on any page', () => {
      expect(requests.all.length).toBeGreaterThan(paths.length);
      expect(requests.offsite).toEqual([]);
    });
  });

  describe('without JavaScript', () => {
    it.each(paths)('%s reads completely', async (path) => {
      const response = await plainPage.goto(server.origin + path, { waitUntil: 'load' });
      expect(response?.status()).toBe(path === NOT_FOUND ? 404 : 200);
      expect(await plainPage.title()).not.toBe('');
      expect(await plainPage.getByRole('heading', { level: 1 }).count()).toBe(1);
      const text = await plainPage.locator('main').innerText();
      expect(text.replace(/\s/g, '').length).toBeGreaterThan(20);
      const headings = await visibleHeadings(plainPage);
      if (!SCRIPT_ONLY_PAGES.has(path)) {
        const withScript = headingsWithScript.get(path) ?? [];
        expect(withScript.filter((heading) => !headings.includes(heading))).toEqual([]);
      }
    });

    it('no request left loopback without scripts either', () => {
      expect(plainRequests.offsite).toEqual([]);
    });
  });
});
