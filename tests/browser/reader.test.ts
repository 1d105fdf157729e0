// Reading the site as a person does: 大字模式 (elder-friendly mode) toggles and persists, and a
// keyboard-only journey goes from the home page to ticking a material on a guide's checklist,
// with a visible focus indicator at every step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checklistText } from '../../src/i18n/checklist.ts';
import { siteText } from '../../src/i18n/site.ts';
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
const GUIDE_TITLE = '内地居民结婚登记';

/** What the focused element is, as a reader of the accessibility tree would name it. */
interface Focused {
  readonly tag: string;
  readonly role: string;
  readonly name: string;
  readonly checked: boolean;
  /** The element draws an outline or box-shadow: the focus is visible. */
  readonly focusVisible: boolean;
}

const focused = (page: Page): Promise<Focused | null> =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const style = getComputedStyle(element);
    const labels = 'labels' in element ? (element as HTMLInputElement).labels : null;
    const name =
      element.getAttribute('aria-label') ??
      (labels?.[0]?.textContent ?? element.textContent).replace(/\s+/g, ' ').trim();
    const tag = element.tagName.toLowerCase();
    const type = element.getAttribute('type') ?? '';
    const role =
      element.getAttribute('role') ??
      (tag === 'a'
        ? 'link'
        : tag === 'button'
          ? 'button'
          : type === 'checkbox'
            ? 'checkbox'
            : type === 'search'
              ? 'searchbox'
              : tag);
    return {
      tag,
      role,
      name,
      checked: element instanceof HTMLInputElement && element.checked,
      focusVisible:
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none',
    };
  });

/** Presses Tab until the focused element matches, failing after `max` presses. */
async function tabTo(page: Page, matches: (f: Focused) => boolean, what: string, max = 200) {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const current = await focused(page);
    if (current && matches(current)) {
      expect(current.focusVisible, `focus indicator on ${what}`).toBe(true);
      return current;
    }
    if (current) seen.push(`${current.role} "${current.name.slice(0, 30)}"`);
  }
  throw new Error(
    `Tab never reached ${what} in ${max} presses; passed: ${seen.slice(-15).join(', ')}`,
  );
}

describe.skipIf(!chromiumAvailable())('reading the site', () => {
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

  describe('大字模式', () => {
    let context: BrowserContext;
    let page: Page;
    let problems: PageProblems;
    let requests: RequestLog;

    beforeAll(async () => {
      context = await newContext(browser);
      requests = await recordRequests(context);
      page = await context.newPage();
      problems = watchPage(page);
    });
    afterAll(async () => {
      await context.close();
    });

    const toggle = () => page.getByRole('button', { name: siteText.textSizeLarge });
    const textSize = () => page.locator('html').getAttribute('data-text-size');
    const bodyText = () =>
      page.evaluate(() => {
        const style = getComputedStyle(document.querySelector('main p') ?? document.body);
        return { size: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight) };
      });

    it('is off at first, and turning it on enlarges text with line spacing of at least 1.5', async () => {
      await page.goto(server.origin + GUIDE);
      expect(await toggle().getAttribute('aria-pressed')).toBe('false');
      expect(await textSize()).toBeNull();
      const before = await bodyText();
      await toggle().click();
      expect(await toggle().getAttribute('aria-pressed')).toBe('true');
      expect(await textSize()).toBe('large');
      const after = await bodyText();
      expect(after.size).toBeGreaterThan(before.size);
      expect(after.lineHeight / after.size).toBeGreaterThanOrEqual(1.5);
    });

    it('persists across a reload and on other pages', async () => {
      await page.reload();
      expect(await textSize()).toBe('large');
      expect(await toggle().getAttribute('aria-pressed')).toBe('true');
      await page.goto(`${server.origin}/`);
      expect(await textSize()).toBe('large');
      expect(await toggle().getAttribute('aria-pressed')).toBe('true');
    });

    it('turns off again, and that persists too', async () => {
      await toggle().click();
      expect(await textSize()).toBeNull();
      await page.reload();
      expect(await textSize()).toBeNull();
      expect(await toggle().getAttribute('aria-pressed')).toBe('false');
    });

    it('caused no errors and no off-site requests', () => {
      expect(problems).toEqual({ dialogs: [], consoleErrors: [], pageErrors: [] });
      expect(requests.offsite).toEqual([]);
    });

    it('is not offered without JavaScript, where it could not work', async () => {
      const plain = await newContext(browser, { javaScriptEnabled: false });
      try {
        const noScript = await plain.newPage();
        await noScript.goto(server.origin + GUIDE);
        expect(await noScript.getByRole('button', { name: siteText.textSizeLarge }).count()).toBe(
          0,
        );
      } finally {
        await plain.close();
      }
    });
  });

  describe('keyboard only', () => {
    it('goes from the home page through search to ticking a material on a guide', async () => {
      const context = await newContext(browser);
      try {
        const page = await context.newPage();
        await page.goto(`${server.origin}/`);

        // The first Tab reaches the skip link, which moves focus into the main content.
        const skip = await tabTo(page, () => true, 'the first focusable element', 1);
        expect(skip).toMatchObject({ role: 'link', name: siteText.skipLink });

        // The header search box, typed into and submitted with Enter.
        await tabTo(
          page,
          (f) => f.role === 'searchbox' && f.name === siteText.searchLabel,
          'the header search box',
        );
        await page.keyboard.type('结婚');
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/search\/\?q=/);
        await expect
          .poll(() => page.locator('[data-search]').getByRole('status').textContent(), {
            timeout: 15_000,
          })
          .toMatch(/^“结婚”：\d+ 条结果$/);

        // The result, opened with Enter.
        await tabTo(page, (f) => f.role === 'link' && f.name === GUIDE_TITLE, 'the first result');
        await page.keyboard.press('Enter');
        await page.waitForURL(server.origin + GUIDE);

        // The page's table of contents jumps to the materials; the next Tab is the first item.
        await tabTo(
          page,
          (f) => f.role === 'link' && f.name === '申请材料',
          'the contents link to the materials',
        );
        await page.keyboard.press('Enter');
        expect(new URL(page.url()).hash).toBe('#materials');
        const firstItem = await tabTo(page, (f) => f.role === 'checkbox', 'a checklist item', 5);
        expect(firstItem.name.replace(/\s/g, '')).toBe(
          `${checklistText.tickPrefix(checklistText.online)}居民身份证`,
        );
        expect(firstItem.checked).toBe(false);
        await page.keyboard.press('Space');
        expect(await focused(page)).toMatchObject({ role: 'checkbox', checked: true });
        expect(
          await page
            .locator('[data-checklist="online"]')
            .getByRole('checkbox', { name: /居民身份证$/ })
            .isChecked(),
        ).toBe(true);
      } finally {
        await context.close();
      }
    });
  });
});
