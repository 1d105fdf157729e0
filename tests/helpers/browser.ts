// Debian's Chromium driven by playwright-core (no browser download: none is possible here).
// Without the background-networking flags Chromium tries to reach Google's hosts at every start,
// and this machine's closed network refuses it; --disable-quic for the same reason.
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  Page,
  Request,
} from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const;

const isCi = () => process.env['CI'] === 'true' || process.env['CI'] === '1';

function chromiumExecutable(): boolean {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether the browser suites can run. With CI=true a missing Chromium is a failure (thrown at
 * import, so the suite fails loudly); locally the suite is skipped with a message saying how to
 * install it.
 */
export function chromiumAvailable(): boolean {
  if (chromiumExecutable()) return true;
  const message = `Chromium not found at ${CHROMIUM_PATH}. Install it with \`apt-get update && apt-get install -y chromium\` (or set CHROMIUM_PATH).`;
  if (isCi()) throw new Error(`${message} CI=true: the browser suites are required.`);
  console.warn(`[browser] SKIPPED: ${message}`);
  return false;
}

/**
 * Launches headless Chromium. Playwright gives every launch a fresh, empty user-data-dir in a
 * temporary folder and deletes it on close, so no profile leaks between runs.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    timeout: 60_000,
  });
}

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]', '::1']);

/** True for URLs that never leave the machine: loopback hosts and local schemes. */
export function staysOnLoopback(url: string): boolean {
  const parsed = new URL(url);
  if (['data:', 'blob:', 'about:', 'chrome-error:'].includes(parsed.protocol)) return true;
  const host = parsed.hostname;
  return LOOPBACK_HOSTS.has(host) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export interface RequestLog {
  /** Every request the pages of the context made, in order. */
  readonly all: string[];
  /** Requests to anything but loopback, with the page that made them. They were blocked. */
  readonly offsite: { url: string; page: string }[];
}

/**
 * Records every request of a context and blocks (and records) any that would leave loopback, so
 * a stray CDN or analytics reference fails the test instead of reaching the network.
 */
export async function recordRequests(context: BrowserContext): Promise<RequestLog> {
  const log: RequestLog = { all: [], offsite: [] };
  const pageOf = (request: Request) => {
    try {
      return request.frame().url();
    } catch {
      return '(service worker)';
    }
  };
  context.on('request', (request) => {
    log.all.push(request.url());
  });
  await context.route(
    (url) => !staysOnLoopback(url.href),
    async (route) => {
      log.offsite.push({ url: route.request().url(), page: pageOf(route.request()) });
      await route.abort('blockedbyclient');
    },
  );
  return log;
}

export interface PageProblems {
  readonly dialogs: string[];
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
}

/** Collects dialogs (dismissed), console errors and uncaught exceptions of a page. */
export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { dialogs: [], consoleErrors: [], pageErrors: [] };
  page.on('dialog', (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  return problems;
}

export const newContext = (browser: Browser, options: BrowserContextOptions = {}) =>
  browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options });

/** How far the page scrolls sideways (0 when it reflows to the viewport, WCAG 1.4.10). */
export const horizontalOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * The site's page paths from its sitemap(s) in `dist/` (absolute site URLs turned into paths),
 * so suites can visit every published page on the local server. Empty when there is no sitemap
 * (the suites then fail on their "has a sitemap" test).
 */
export function sitemapPaths(dist: string): string[] {
  const index = join(dist, 'sitemap-index.xml');
  const single = join(dist, 'sitemap.xml');
  const files = existsSync(index)
    ? locs(readFileSync(index, 'utf8')).map((url) => join(dist, new URL(url).pathname))
    : existsSync(single)
      ? [single]
      : [];
  const paths = files.flatMap((file) =>
    locs(readFileSync(file, 'utf8')).map((url) => new URL(url).pathname),
  );
  return [...new Set(paths)].sort();
}

const locs = (xml: string) =>
  [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) =>
    (match[1] ?? '').replaceAll('&amp;', '&'),
  );
