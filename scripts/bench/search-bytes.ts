// Bytes a citizen downloads for one full-text query: the search page opened with `?q=` in
// Debian's Chromium, served from loopback with gzip as a static host would. The query's own
// bytes are Pagefind's (script, WebAssembly, index chunks, filters, result fragments) and the
// open-data files the page fetches for it; the page's HTML, CSS and scripts are counted apart.
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/helpers/browser.ts';
import { serveStatic } from '../../tests/helpers/serve.ts';

export interface SearchBytes {
  readonly query: string;
  /** What the status line announced, e.g. `“营业执照”：57 条结果`. */
  readonly announced: string;
  readonly queryBytes: number;
  readonly pageBytes: number;
  readonly requests: number;
  /**
   * On a site with the service-item tier (docs/scale.md): what the full-text button then costs
   * for the same query — its bytes under QUERY_PATHS, its requests and its announcement.
   */
  readonly fullText?: { readonly bytes: number; readonly requests: number; readonly announced: string };
}

/** The search page's full-text button of the item tier (its label, src/i18n/search.ts itemText). */
const FULL_TEXT_BUTTON = '在全部办事指南中全文搜索';

// `pagefind-K/`: the further bundles of a sharded build; `pagefind-items/`: the service items'
// bundle of a province-sized site (docs/scale.md).
export const QUERY_PATHS = /^\/(pagefind(?:-\d+|-items)?|data)\//;

/** What the status line says once a query is answered: guides (条结果), items (个事项), none, or failure. */
export const ANSWERED = /条结果|个事项|没有找到结果|失败/;

/**
 * Opens the search page for `query` and waits until its status line announces the outcome and
 * the result fragments it shows have loaded; returns the announcement.
 */
export async function runSearch(page: Page, origin: string, query: string): Promise<string> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('[data-search]').getByRole('status');
  let announced = '';
  for (let i = 0; i < 300 && !ANSWERED.test(announced); i++) {
    await page.waitForTimeout(100);
    announced = (await status.textContent()) ?? '';
  }
  await page.waitForLoadState('networkidle');
  return announced;
}

export async function searchBytes(dist: string, query: string): Promise<SearchBytes> {
  const server = await serveStatic(dist, { gzip: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    const announced = await runSearch(page, server.origin, query);
    const transfers = [...server.transfers];
    const sum = (match: boolean) =>
      transfers.filter((t) => QUERY_PATHS.test(t.path) === match).reduce((total, t) => total + t.bytes, 0);
    const first = { query, announced, queryBytes: sum(true), pageBytes: sum(false), requests: transfers.length };
    const button = page.getByRole('button', { name: FULL_TEXT_BUTTON });
    if (!(await button.isVisible())) return first;
    await button.click();
    const status = page.locator('[data-search]').getByRole('status');
    // The status says 正在加载… first, then the outcome (which may again be 没有找到结果).
    let fullAnnounced = '';
    let loading = false;
    for (let i = 0; i < 600 && !(loading && ANSWERED.test(fullAnnounced)); i++) {
      await page.waitForTimeout(100);
      fullAnnounced = (await status.textContent()) ?? '';
      loading ||= fullAnnounced.startsWith('正在加载');
    }
    await page.waitForLoadState('networkidle');
    const more = server.transfers.slice(transfers.length);
    const bytes = more.filter((t) => QUERY_PATHS.test(t.path)).reduce((total, t) => total + t.bytes, 0);
    return { ...first, fullText: { bytes, requests: more.length, announced: fullAnnounced } };
  } finally {
    await browser.close();
    await server.close();
  }
}
