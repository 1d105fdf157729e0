// Search in a real browser (Debian's Chromium) over the built site: the header box, the search
// page (Pagefind), the guide list's instant filter (fuse.js, pinyin), search by material, the
// announced states, and the pages without JavaScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { searchText } from '../../src/i18n/search.ts';
import {
  chromiumAvailable,
  launchChromium,
  newContext,
  recordRequests,
  watchPage,
} from '../helpers/browser.ts';
import type { PageProblems, RequestLog } from '../helpers/browser.ts';
import { axeFindings, formatFindings } from '../a11y/axe.ts';
import { DIST, serveStatic } from '../helpers/serve.ts';
import type { StaticServer } from '../helpers/serve.ts';

describe.skipIf(!chromiumAvailable())('search in the browser', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;
  let requests: RequestLog;

  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launchChromium();
    context = await newContext(browser);
    requests = await recordRequests(context);
    page = await context.newPage();
    problems = watchPage(page);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  const searchStatus = () => page.locator('[data-search]').getByRole('status');
  const resultTitles = () => page.locator('[data-search-results] h3 a').allTextContents();

  async function searchFor(query: string): Promise<string[]> {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
    await expect
      .poll(() => searchStatus().textContent(), { timeout: 15_000 })
      .toMatch(/条结果|没有找到结果|搜索加载失败/);
    return resultTitles();
  }

  describe('search page', () => {
    it.each([
      ['结婚', '内地居民结婚登记'],
      ['身份证', '居民身份证换领'],
      ['个体户', '个体工商户设立登记'],
      ['jiehun', '内地居民结婚登记'],
      ['jhdj', '内地居民结婚登记'],
    ])('%s finds %s in the top 3', async (query, title) => {
      const titles = await searchFor(query);
      expect(titles.slice(0, 3)).toContain(title);
      const count = Number(/(\d+) 条结果/.exec((await searchStatus().textContent()) ?? '')?.[1]);
      expect(count).toBeGreaterThan(0);
      expect(await searchStatus().textContent()).toBe(searchText.resultCountFor(count, query));
    });

    it('announces 没有找到结果 when nothing matches', async () => {
      await searchFor('qqxxzz');
      expect(await searchStatus().textContent()).toBe(searchText.noResults);
    });

    it('lists the guides that need a material named in the query, labelled', async () => {
      await searchFor('户口本');
      const section = page.getByRole('region', { name: searchText.materials.heading });
      await expect.poll(() => section.isVisible()).toBe(true);
      expect(await section.getByRole('link').allTextContents()).toContain(
        '户口迁移（市内迁移及市外迁入）',
      );
    });

    it('narrows results with a facet and keeps it in the URL', async () => {
      await searchFor('登记');
      const before = await page.locator('[data-search-results] > li').count();
      await page.getByText(searchText.page.filtersHeading).click();
      const online = page.getByRole('group', { name: searchText.facetLabels.online });
      // Opening the filters loads the counts per value.
      await expect.poll(() => online.getByText('全程网办').textContent()).toMatch(/（\d+）/);
      await online.getByLabel(/全程网办/).check();
      await expect.poll(() => page.url()).toContain('online=quanchengwangban');
      await expect.poll(() => searchStatus().textContent()).toMatch(/条结果/);
      const metas = await page.locator('[data-search-results] .guide-meta').allTextContents();
      expect(metas.length).toBeGreaterThan(0);
      expect(metas.length).toBeLessThanOrEqual(before);
      for (const meta of metas) expect(meta).toContain('全程网办');
    });

    it('announces 搜索加载失败 when Pagefind cannot load', async () => {
      const failing = await context.newPage();
      await failing.route('**/pagefind/pagefind.js', (route) => route.abort());
      await failing.goto(`${server.origin}/search/?q=${encodeURIComponent('结婚')}`);
      await expect
        .poll(() => failing.locator('[data-search]').getByRole('status').textContent(), {
          timeout: 15_000,
        })
        .toBe(`${searchText.failed}。${searchText.failedHint}`);
      await failing.close();
    });

    it('passes axe with results, materials and open filters shown', async () => {
      await searchFor('户口本');
      await page.getByText(searchText.page.filtersHeading).click();
      await expect
        .poll(() => page.locator('[data-search-results] mark').count())
        .toBeGreaterThan(0);
      const findings = await axeFindings(page);
      expect(findings, formatFindings('/search/?q=户口本', findings)).toEqual([]);
    });

    it('loads without console errors or CSP violations', () => {
      expect(problems.pageErrors).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    });
  });

  describe('header search box', () => {
    it('goes to the search page when JavaScript runs', async () => {
      await page.goto(`${server.origin}/`);
      const box = page.locator('header').getByRole('searchbox', { name: '搜索办事指南' });
      await box.fill('结婚');
      await box.press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      await expect.poll(() => searchStatus().textContent(), { timeout: 15_000 }).toMatch(/条结果/);
      expect((await resultTitles())[0]).toBe('内地居民结婚登记');
    });
  });

  describe('guide list instant filter', () => {
    const visibleTitles = () =>
      page.locator('[data-finder-list] > li:not([hidden]) h3 a').allTextContents();
    const listStatus = () => page.locator('[data-guide-finder]').getByRole('status');

    it('fetches the index only on the first keystroke, then filters by pinyin initials', async () => {
      await page.goto(`${server.origin}/guides/`);
      const index = () =>
        requests.all.filter((url) => url.endsWith('/data/search-index.json')).length;
      const fetchedBefore = index();
      await page.waitForTimeout(300);
      expect(index()).toBe(fetchedBefore);
      await page.getByLabel(searchText.list.filterLabel).fill('jhdj');
      await expect.poll(() => listStatus().textContent()).toMatch(/“jhdj”：\d+ 条结果/);
      expect(index()).toBe(fetchedBefore + 1);
      expect((await visibleTitles())[0]).toBe('内地居民结婚登记');
      expect(new URL(page.url()).searchParams.get('q')).toBe('jhdj');
    });

    it.each([
      ['jiehun', '内地居民结婚登记'],
      ['结婚', '内地居民结婚登记'],
      ['个体户', '个体工商户设立登记'],
      ['身份证', '居民身份证换领'],
    ])('%s puts %s in the top 3', async (query, title) => {
      await page.getByLabel(searchText.list.filterLabel).fill(query);
      await expect.poll(() => listStatus().textContent()).toContain(`“${query}”`);
      expect((await visibleTitles()).slice(0, 3)).toContain(title);
    });

    it('shows 需要该材料的事项 for a material name', async () => {
      await page.getByLabel(searchText.list.filterLabel).fill('户口本');
      const section = page.getByRole('region', { name: searchText.materials.heading });
      await expect.poll(() => section.isVisible()).toBe(true);
      expect(await section.textContent()).toContain('居民户口簿（户口本）');
    });

    it('passes axe while filtering, with the material list shown', async () => {
      await page.getByLabel(searchText.list.filterLabel).fill('户口本');
      await expect.poll(() => listStatus().textContent()).toContain('户口本');
      const findings = await axeFindings(page);
      expect(findings, formatFindings('/guides/?q=户口本', findings)).toEqual([]);
    });

    it('combines facets in place and in the URL', async () => {
      await page.goto(`${server.origin}/guides/`);
      await page.locator('a[data-facet="online"][data-slug="quanchengwangban"]').click();
      await page.locator('a[data-facet="visits"][data-slug="0"]').click();
      const url = new URL(page.url());
      expect(url.pathname).toBe('/guides/');
      expect(url.searchParams.get('online')).toBe('quanchengwangban');
      expect(url.searchParams.get('visits')).toBe('0');
      const shown = page.locator('[data-finder-list] > li:not([hidden])');
      expect(await shown.count()).toBeGreaterThan(0);
      for (const item of await shown.all()) {
        expect(await item.getAttribute('data-online')).toBe('quanchengwangban');
        expect(await item.getAttribute('data-visits')).toBe('0');
      }
    });
  });

  describe('without JavaScript', () => {
    let noScript: BrowserContext;
    let plain: Page;
    beforeAll(async () => {
      noScript = await newContext(browser, { javaScriptEnabled: false });
      plain = await noScript.newPage();
    });
    afterAll(async () => {
      await noScript.close();
    });

    it('the header box goes to the guide list', async () => {
      await plain.goto(`${server.origin}/`);
      const box = plain.locator('header').getByRole('searchbox', { name: '搜索办事指南' });
      await box.fill('结婚');
      await box.press('Enter');
      await plain.waitForURL(/\/guides\/\?q=/);
      expect(await plain.getByRole('heading', { level: 1 }).textContent()).toBe(
        searchText.list.title,
      );
    });

    it('facet links lead to pre-rendered filtered lists', async () => {
      await plain.goto(`${server.origin}/guides/`);
      await plain
        .getByRole('link', { name: /^全程网办/ })
        .first()
        .click();
      await plain.waitForURL(/\/guides\/filter\/online\/quanchengwangban\/$/);
      const items = plain.locator('[data-finder-list] > li');
      expect(await items.count()).toBeGreaterThan(0);
      for (const tag of await plain.locator('[data-finder-list] .tag').allTextContents()) {
        expect(tag).toBe('全程网办');
      }
      // The text filter needs JavaScript, so it is not shown.
      expect(await plain.getByLabel(searchText.list.filterLabel).isVisible()).toBe(false);
    });

    it('the search page says that full-text search needs JavaScript and links to the list', async () => {
      await plain.goto(`${server.origin}/search/?q=${encodeURIComponent('结婚')}`);
      expect(await plain.locator('noscript, .notice').first().textContent()).toContain(
        'JavaScript',
      );
      expect(await plain.getByRole('link', { name: searchText.page.browseAll }).count()).toBe(1);
    });
  });
});
