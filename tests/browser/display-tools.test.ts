// The 无障碍 panel in Chromium: its switches 特大鼠标 (our own SVG cursors, same origin, within the
// CSP) and 大字幕 (the magnifier bar follows focus and pointer, enlarged, and covers nothing),
// the shortcuts, persistence across pages from the first paint, and the /accessibility/ page that
// documents it all, reached from the footer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { a11yPageText, a11yText, shortcutText } from '../../src/i18n/a11y.ts';
import { siteText } from '../../src/i18n/site.ts';
import { SHORTCUT_ACTIONS, shortcutLabel } from '../../src/lib/a11y/shortcuts.ts';
import {
  chromiumAvailable,
  launchChromium,
  newContext,
  recordRequests,
  watchPage,
} from '../helpers/browser.ts';
import type { PageProblems, RequestLog } from '../helpers/browser.ts';
import { DIST, serveStatic } from '../helpers/serve.ts';
import type { StaticServer } from '../helpers/serve.ts';

const GUIDE = '/guides/civil-affairs/marriage-registration/';

/** Records CSP violations (a blocked cursor image would be one) from the first script on. */
function watchCsp() {
  const seen: string[] = [];
  Object.defineProperty(window, '__csp', { value: seen });
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push(`${event.violatedDirective} ${event.blockedURI}`);
  });
}
/** The <html> attributes when the parser reaches <body>: what the first paint uses. */
function watchFirstPaint() {
  new MutationObserver((_records, observer) => {
    if ((document.body as HTMLElement | null) !== null) {
      const root = document.documentElement;
      Object.defineProperty(window, '__atBody', {
        value: {
          cursor: root.getAttribute('data-cursor'),
          magnifier: root.getAttribute('data-magnifier'),
        },
      });
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

const cursorOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).cursor);

describe.skipIf(!chromiumAvailable())('the 无障碍 panel: large cursor and magnifier', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;
  let requests: RequestLog;

  const panelButton = () => page.getByRole('button', { name: a11yText.panelButton });
  const panel = () => page.getByRole('group', { name: a11yText.panelLabel });
  const toggle = (name: string) => panel().getByRole('button', { name });
  const bar = () => page.locator('.magnifier');
  const attribute = (name: string) => page.locator('html').getAttribute(name);

  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launchChromium();
    context = await newContext(browser);
    requests = await recordRequests(context);
    await context.addInitScript(watchCsp);
    await context.addInitScript(watchFirstPaint);
    page = await context.newPage();
    problems = watchPage(page);
    await page.goto(server.origin + GUIDE);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('opens as a disclosure after its button, and closes with Escape back on the button', async () => {
    expect(await panelButton().getAttribute('aria-expanded')).toBe('false');
    await panelButton().click();
    await panel().waitFor();
    expect(await panelButton().getAttribute('aria-expanded')).toBe('true');
    expect(await panelButton().getAttribute('aria-controls')).toBe(
      await panel().getAttribute('id'),
    );
    for (const name of [a11yText.cursor, a11yText.magnifier]) {
      expect(await toggle(name).getAttribute('aria-pressed')).toBe('false');
    }
    expect(await panel().getByRole('link', { name: a11yText.help }).getAttribute('href')).toBe(
      '/accessibility/',
    );
    // The next Tab stop after the button is the panel's first switch.
    await panelButton().focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(a11yText.cursor);
    await page.keyboard.press('Escape');
    expect(await panel().isVisible()).toBe(false);
    expect(await panelButton().getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent.trim())).toBe(
      a11yText.panelButton,
    );
  });

  it('特大鼠标 sets our SVG cursors: arrow, hand on links and buttons, bar in text fields', async () => {
    await panelButton().click();
    await toggle(a11yText.cursor).click();
    await expect.poll(() => attribute('data-cursor')).toBe('large');
    expect(await toggle(a11yText.cursor).getAttribute('aria-pressed')).toBe('true');
    expect(await cursorOf(page, 'main p')).toMatch(
      /url\("[^"]*\/a11y\/cursor-arrow\.svg"\) 4 4, default/,
    );
    expect(await cursorOf(page, 'main a[href]')).toMatch(
      /\/a11y\/cursor-hand\.svg"\) 27 2, pointer/,
    );
    expect(await cursorOf(page, 'input[type="search"]')).toMatch(
      /\/a11y\/cursor-text\.svg"\) 16 32, text/,
    );
    // The images are ours, served from this origin, small enough for every browser (≤ 128 px).
    for (const name of ['arrow', 'hand', 'text']) {
      const svg = await page.evaluate(async (url) => {
        const response = await fetch(url);
        const doc = new DOMParser().parseFromString(await response.text(), 'image/svg+xml');
        const root = doc.documentElement;
        return {
          status: response.status,
          type: response.headers.get('content-type'),
          width: Number(root.getAttribute('width')),
          height: Number(root.getAttribute('height')),
        };
      }, `/a11y/cursor-${name}.svg`);
      expect(svg).toMatchObject({ status: 200, type: 'image/svg+xml' });
      expect(Math.max(svg.width, svg.height)).toBeGreaterThanOrEqual(48);
      expect(Math.max(svg.width, svg.height)).toBeLessThanOrEqual(128);
    }
    await page.mouse.move(200, 300);
    await page.locator('main a[href]').first().hover();
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  });

  it('大字幕 shows the focused control and the text under the pointer, enlarged', async () => {
    await toggle(a11yText.magnifier).click();
    await expect.poll(() => attribute('data-magnifier')).toBe('on');
    await bar().waitFor();
    expect(await bar().getAttribute('aria-hidden')).toBe('true');
    // Switched on from its own switch: it shows that switch.
    expect(await bar().textContent()).toBe(a11yText.magnifier);
    const sizes = await page.evaluate(() => ({
      bar: parseFloat(getComputedStyle(document.querySelector('.magnifier') as Element).fontSize),
      text: parseFloat(getComputedStyle(document.querySelector('main p') as Element).fontSize),
    }));
    expect(sizes.bar).toBeGreaterThanOrEqual(1.5 * sizes.text);

    await page.getByRole('link', { name: '申请材料' }).focus();
    await expect.poll(() => bar().textContent()).toBe('申请材料');
    // A tick box: its visible label and its state (the screen-reader-only prefix is not shown).
    const checkbox = page.locator('[data-checklist="online"]').getByRole('checkbox').first();
    await checkbox.focus();
    await expect.poll(() => bar().textContent()).toBe(`居民身份证 ${a11yText.unchecked}`);
    await page.keyboard.press('Space');
    await expect.poll(() => bar().textContent()).toBe(`居民身份证 ${a11yText.checked}`);
    await page.keyboard.press('Space');

    const condition = page.locator('#conditions li').first();
    await condition.hover();
    await expect.poll(() => bar().textContent()).toBe((await condition.innerText()).trim());
  });

  it('covers nothing: the page keeps room for the bar, and focus is scrolled clear of it', async () => {
    const room = await page.evaluate(() => {
      const barBox = (document.querySelector('.magnifier') as HTMLElement).getBoundingClientRect();
      return {
        bar: barBox.height,
        padding: parseFloat(getComputedStyle(document.body).paddingBottom),
      };
    });
    expect(room.padding).toBeGreaterThanOrEqual(room.bar - 0.5);
    // The last link on the page, reached with Tab, ends above the bar.
    await page.getByRole('link', { name: siteText.footer.feed }).focus();
    await page.keyboard.press('Tab');
    const clear = await page.evaluate(() => {
      const focused = (document.activeElement as HTMLElement).getBoundingClientRect();
      const barTop = (document.querySelector('.magnifier') as HTMLElement).getBoundingClientRect()
        .top;
      return { name: document.activeElement?.textContent, bottom: focused.bottom, barTop };
    });
    expect(clear.name).toBe(siteText.footer.accessibility);
    expect(clear.bottom).toBeLessThanOrEqual(clear.barTop);
    // Scrolled to the end, the last line of the page is above the bar too.
    await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
    });
    const end = await page.evaluate(() => {
      const last = [...document.querySelectorAll('footer p')].at(-1) as HTMLElement;
      const barTop = (document.querySelector('.magnifier') as HTMLElement).getBoundingClientRect()
        .top;
      return { bottom: last.getBoundingClientRect().bottom, barTop };
    });
    expect(end.bottom).toBeLessThanOrEqual(end.barTop);
  });

  it('both persist across pages and apply before the first paint; they turn off again', async () => {
    await page.goto(`${server.origin}/stats/`);
    expect(
      await page.evaluate(() => (window as unknown as { __atBody: unknown }).__atBody),
    ).toEqual({
      cursor: 'large',
      magnifier: 'on',
    });
    await bar().waitFor();
    await panelButton().click();
    expect(await toggle(a11yText.cursor).getAttribute('aria-pressed')).toBe('true');
    expect(await toggle(a11yText.magnifier).getAttribute('aria-pressed')).toBe('true');
    await toggle(a11yText.cursor).click();
    await toggle(a11yText.magnifier).click();
    await expect.poll(() => bar().count()).toBe(0);
    await page.reload();
    expect(
      await page.evaluate(() => (window as unknown as { __atBody: unknown }).__atBody),
    ).toEqual({
      cursor: null,
      magnifier: null,
    });
    expect(await page.evaluate(() => getComputedStyle(document.body).paddingBottom)).toBe('0px');
  });

  it('answers Alt+Shift+C, M, L and O', async () => {
    await page.locator('h1').click();
    await page.keyboard.press('Alt+Shift+KeyC');
    await expect.poll(() => attribute('data-cursor')).toBe('large');
    await page.keyboard.press('Alt+Shift+KeyM');
    await expect.poll(() => bar().count()).toBe(1);
    await page.keyboard.press('Alt+Shift+KeyL');
    await expect.poll(() => attribute('data-text-size')).toBe('large');
    expect(
      await page.getByRole('button', { name: siteText.textSizeLarge }).getAttribute('aria-pressed'),
    ).toBe('true');
    await page.keyboard.press('Alt+Shift+KeyO');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toMatch(new RegExp(`${a11yText.cursor}$`));
    for (const key of ['KeyC', 'KeyM', 'KeyL']) await page.keyboard.press(`Alt+Shift+${key}`);
    await expect.poll(() => bar().count()).toBe(0);
    expect(await attribute('data-cursor')).toBeNull();
    expect(await attribute('data-text-size')).toBeNull();
  });

  it('meets the MIIT numbers: spacing always, 18 pt text and 60 px controls in 大字模式', async () => {
    const measure = () =>
      page.evaluate(() => {
        const p = getComputedStyle(document.querySelector('main p') as Element);
        const controls = [
          ...document.querySelectorAll(
            '.site-header button:not([hidden]), .contents a, .a11y-panel > *',
          ),
        ].map((el) => el.getBoundingClientRect());
        const line = parseFloat(p.lineHeight);
        return {
          px: parseFloat(p.fontSize),
          leading: line / parseFloat(p.fontSize),
          paragraphs: (line + parseFloat(p.marginBottom)) / line,
          smallest: Math.min(...controls.map((box) => Math.min(box.width, box.height))),
        };
      });
    await page.goto(server.origin + GUIDE);
    const normal = await measure();
    expect(normal.leading).toBeGreaterThanOrEqual(1.3);
    expect(normal.paragraphs).toBeGreaterThanOrEqual(1.3);
    expect(normal.smallest).toBeGreaterThanOrEqual(44);
    await page.getByRole('button', { name: siteText.textSizeLarge }).click();
    await panelButton().click();
    const large = await measure();
    expect(large.px).toBeGreaterThanOrEqual(24);
    expect(large.leading).toBeGreaterThanOrEqual(1.5);
    expect(large.paragraphs).toBeGreaterThanOrEqual(1.3);
    expect(large.smallest).toBeGreaterThanOrEqual(59.5);
    await page.getByRole('button', { name: siteText.textSizeLarge }).click();
    await panelButton().click();
  });

  it('the footer leads to /accessibility/, which documents every shortcut', async () => {
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: siteText.footer.accessibility })
      .click();
    await page.waitForURL(`${server.origin}/accessibility/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(a11yPageText.title);
    const rows = await page
      .getByRole('table')
      .getByRole('row')
      .evaluateAll((trs) => trs.slice(1).map((tr) => (tr as HTMLElement).innerText.split('\t')));
    expect(rows).toEqual(
      SHORTCUT_ACTIONS.map((action) => [shortcutLabel(action), shortcutText[action]]),
    );
  });

  it('caused no errors and no request off the site', () => {
    expect(problems).toEqual({ dialogs: [], consoleErrors: [], pageErrors: [] });
    expect(requests.offsite).toEqual([]);
  });
});
