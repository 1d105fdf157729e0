// The layout in a real browser: 大字模式 persists and is applied before the first paint, the
// toggle is hidden without JavaScript, the skip link leads to the main content, and the pages
// of this issue neither scroll sideways at 200 % zoom in 大字模式 nor break the CSP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { siteText } from '../../src/i18n/site.ts';
import { chromiumAvailable, launchChromium, newContext, watchPage } from '../helpers/browser.ts';
import { DIST, serveStatic } from '../helpers/serve.ts';
import type { StaticServer } from '../helpers/serve.ts';

const GUIDE = '/guides/civil-affairs/marriage-registration/';
const PAGES = [
  '/',
  GUIDE,
  '/departments/',
  '/departments/civil-affairs/',
  '/abolished/',
  '/stats/',
  '/data/',
];

describe.skipIf(!chromiumAvailable())('layout in the browser', () => {
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

  it('大字模式 toggles, persists across pages, and is set before the body is parsed', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(server.origin + GUIDE);
    const toggle = page.getByRole('button', { name: siteText.textSizeLarge });
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    const before = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.dataset['textSize'])).toBe('large');
    const after = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(parseFloat(after)).toBeGreaterThan(parseFloat(before));
    const lineHeight = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return parseFloat(style.lineHeight) / parseFloat(style.fontSize);
    });
    expect(lineHeight).toBeGreaterThanOrEqual(1.5);

    // On the next page the attribute is already there when <body> starts: no flash of small text.
    await page.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        // document.body is null until the parser reaches <body> (the DOM typings say otherwise).
        if ((document.body as HTMLElement | null) !== null) {
          (window as unknown as { textSizeAtBody: string | null }).textSizeAtBody =
            document.documentElement.getAttribute('data-text-size');
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(server.origin + '/stats/');
    expect(
      await page.evaluate(
        () => (window as unknown as { textSizeAtBody: string | null }).textSizeAtBody,
      ),
    ).toBe('large');
    await page.getByRole('button', { name: siteText.textSizeLarge }).click();
    await page.reload();
    expect(
      await page.evaluate(() => document.documentElement.getAttribute('data-text-size')),
    ).toBeNull();
    expect(problems).toEqual({ dialogs: [], consoleErrors: [], pageErrors: [] });
    await context.close();
  });

  it('hides the 大字模式 toggle without JavaScript and keeps the search box working', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.origin + '/');
    expect(await page.locator('[data-text-size-toggle]').isVisible()).toBe(false);
    const search = page.getByRole('search', { name: siteText.searchLabel });
    await search.getByLabel(siteText.searchLabel).fill('结婚');
    await search.getByRole('button', { name: siteText.searchButton }).click();
    expect(new URL(page.url()).pathname).toBe('/guides/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('结婚');
    await context.close();
  });

  it('the skip link is the first stop and moves focus to the main content', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(server.origin + GUIDE);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe(siteText.skipLink);
    expect(await focused.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it.each(PAGES)(
    '%s: no sideways scroll at double zoom in 大字模式, no console error',
    async (path) => {
      const context = await newContext(browser, {
        viewport: { width: 640, height: 400 },
        deviceScaleFactor: 2,
      });
      await context.addInitScript(() => {
        localStorage.setItem('tongyuan:text-size', 'large');
      });
      const page = await context.newPage();
      const problems = watchPage(page);
      await page.goto(server.origin + path, { waitUntil: 'load' });
      expect(
        await page.evaluate(() => document.documentElement.getAttribute('data-text-size')),
      ).toBe('large');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      expect(problems).toEqual({ dialogs: [], consoleErrors: [], pageErrors: [] });
      await context.close();
    },
  );
});
