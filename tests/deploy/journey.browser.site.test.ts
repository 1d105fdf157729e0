// A citizen's journey through the production nginx configuration in Chromium: home → search →
// guide → notice sheet, with the Content-Security-Policy header in force beside each page's
// <meta>. Zero policy violations (the securitypolicyviolation event and the console) and zero
// requests off loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checklistText } from '../../src/i18n/checklist.ts';
import { searchText } from '../../src/i18n/search.ts';
import { siteText } from '../../src/i18n/site.ts';
import type { NginxPreview } from '../../src/lib/deploy/nginx-preview.ts';
import {
  chromiumAvailable,
  launchChromium,
  newContext,
  recordRequests,
  watchPage,
} from '../helpers/browser.ts';
import type { PageProblems, RequestLog } from '../helpers/browser.ts';
import { DIST } from '../helpers/serve.ts';
import { nginxAvailable, startNginx } from './nginx-server.ts';

const GUIDE_TITLE = '内地居民结婚登记';

interface Violation {
  readonly page: string;
  readonly directive: string;
  readonly blocked: string;
}

describe.skipIf(!chromiumAvailable() || !nginxAvailable())('the journey through nginx', () => {
  let nginx: NginxPreview;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;
  let requests: RequestLog;
  const violations: Violation[] = [];
  const cspHeaders = new Set<string>();

  beforeAll(async () => {
    nginx = await startNginx(DIST);
    browser = await launchChromium();
    context = await newContext(browser);
    requests = await recordRequests(context);
    // Every violation of either policy is reported to the test, from every page of the context.
    await context.exposeBinding('reportCspViolation', ({ frame }, violation: Violation) => {
      violations.push({ ...violation, page: frame.url() });
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { reportCspViolation: (v: object) => void })
          .reportCspViolation;
        report({ directive: event.effectiveDirective, blocked: event.blockedURI });
      });
    });
    context.on('response', (response) => {
      const value = response.headers()['content-security-policy'];
      if (response.request().resourceType() === 'document' && value) cspHeaders.add(value);
    });
    page = await context.newPage();
    problems = watchPage(page);
  });
  afterAll(async () => {
    await browser.close();
    await nginx.stop();
  });

  it('searches from the home page', async () => {
    await page.goto(`${nginx.origin}/`);
    const box = page.getByRole('searchbox', { name: siteText.searchLabel }).first();
    await box.fill('结婚');
    await box.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await expect
      .poll(() => page.locator('[data-search]').getByRole('status').textContent(), {
        timeout: 15_000,
      })
      .toMatch(/条结果/);
    expect(await page.locator('[data-search]').getByRole('status').textContent()).not.toBe(
      `${searchText.failed}。${searchText.failedHint}`,
    );
  });

  it('opens the guide from the results', async () => {
    await page.getByRole('link', { name: GUIDE_TITLE }).first().click();
    await page.waitForURL(/\/guides\/civil-affairs\/marriage-registration\/$/);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain(GUIDE_TITLE);
  });

  it('opens the printable notice sheet', async () => {
    await page.getByRole('link', { name: siteText.guide.noticeLink }).click();
    await page.waitForURL(/\/notice\/$/);
    expect(await page.title()).toContain(checklistText.notice.title(GUIDE_TITLE));
  });

  it('had the CSP header on every page, with frame-ancestors', () => {
    expect(cspHeaders.size).toBeGreaterThan(0);
    for (const value of cspHeaders) expect(value).toContain("frame-ancestors 'none'");
  });

  it('reported no CSP violation, no console error and no request off loopback', () => {
    expect(violations).toEqual([]);
    expect(problems).toEqual({ dialogs: [], consoleErrors: [], pageErrors: [] });
    expect(requests.offsite).toEqual([]);
    // The journey really went through nginx: its search index came from there.
    expect(requests.all.some((url) => url.startsWith(`${nginx.origin}/pagefind/`))).toBe(true);
  });
});
