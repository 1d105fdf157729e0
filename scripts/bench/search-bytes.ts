// Bytes a citizen downloads for one full-text query: the search page opened with `?q=` in
// Debian's Chromium, served from loopback with gzip as a static host would. The query's own
// bytes are Pagefind's (script, WebAssembly, index chunks, filters, result fragments) and the
// open-data files the page fetches for it; the page's HTML, CSS and scripts are counted apart.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/helpers/browser.ts';
import { serveStatic } from '../../tests/helpers/serve.ts';

export interface SearchBytes {
  readonly query: string;
  /** What the status line announced, e.g. `“营业执照”：57 条结果`. */
  readonly announced: string;
  readonly queryBytes: number;
  readonly pageBytes: number;
  readonly requests: number;
}

// `pagefind-K/`: the further bundles of a sharded build (docs/scale.md).
const QUERY_PATHS = /^\/(pagefind(?:-\d+)?|data)\//;

export async function searchBytes(dist: string, query: string): Promise<SearchBytes> {
  const server = await serveStatic(dist, { gzip: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
    const status = page.locator('[data-search]').getByRole('status');
    let announced = '';
    for (let i = 0; i < 300 && !/条结果|没有找到结果|失败/.test(announced); i++) {
      await page.waitForTimeout(100);
      announced = (await status.textContent()) ?? '';
    }
    // Let the result fragments that the page shows finish loading.
    await page.waitForLoadState('networkidle');
    const transfers = server.transfers;
    const sum = (match: boolean) =>
      transfers.filter((t) => QUERY_PATHS.test(t.path) === match).reduce((total, t) => total + t.bytes, 0);
    return { query, announced, queryBytes: sum(true), pageBytes: sum(false), requests: transfers.length };
  } finally {
    await browser.close();
    await server.close();
  }
}
