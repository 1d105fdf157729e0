// The accessibility tools in every mode — the 无障碍 panel open, 特大鼠标, 大字幕, 大字模式,
// 朗读 with its highlight, 指读 — on the marriage-registration guide: axe finds nothing in each
// mode, and with everything on at 200 % zoom and at 320 px there is no sideways scrolling, the
// focus is visible and the magnifier bar hides neither the focus nor the end of the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { a11yText } from '../../src/i18n/a11y.ts';
import { siteText } from '../../src/i18n/site.ts';
import {
  chromiumAvailable,
  horizontalOverflow,
  launchChromium,
  newContext,
} from '../helpers/browser.ts';
import { DIST, serveStatic } from '../helpers/serve.ts';
import type { StaticServer } from '../helpers/serve.ts';
import { installSpeechStub } from '../browser/speech-stub.ts';
import type { SpeechLog } from '../browser/speech-stub.ts';
import { axeFindings, formatFindings } from './axe.ts';

const GUIDE = '/guides/civil-affairs/marriage-registration/';

type Mode = 'panel' | 'cursor' | 'magnifier' | 'textSize' | 'reading' | 'pointRead';

/** Puts the page in the given modes through its own controls, as a reader would. */
async function enter(page: Page, modes: readonly Mode[]) {
  const panelButton = page.getByRole('button', { name: a11yText.panelButton });
  const panel = page.getByRole('group', { name: a11yText.panelLabel });
  const reader = page.getByRole('group', { name: a11yText.readGroup });
  if (modes.includes('textSize')) {
    await page.getByRole('button', { name: siteText.textSizeLarge }).click();
  }
  if (modes.some((mode) => mode === 'panel' || mode === 'cursor' || mode === 'magnifier')) {
    await panelButton.click();
  }
  if (modes.includes('cursor')) await panel.getByRole('button', { name: a11yText.cursor }).click();
  if (modes.includes('magnifier')) {
    await panel.getByRole('button', { name: a11yText.magnifier }).click();
    await page.locator('.magnifier').waitFor();
  }
  if (modes.includes('pointRead')) {
    await reader.getByRole('button', { name: a11yText.pointRead }).click();
    await expect.poll(() => reader.getByRole('status').textContent()).toBe(a11yText.pointReadOn);
  }
  if (modes.includes('reading')) {
    await page.evaluate(() => {
      (window as unknown as { __speech: SpeechLog }).__speech.manual = true;
    });
    await reader.getByRole('button', { name: a11yText.readStart }).click();
    await page.locator('.read-aloud-current').waitFor();
  }
}

describe.skipIf(!chromiumAvailable())('accessibility tools in every mode', () => {
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

  it.each<{ modes: readonly Mode[] }>([
    { modes: ['panel'] },
    { modes: ['cursor', 'magnifier'] },
    { modes: ['reading'] },
    { modes: ['pointRead', 'textSize'] },
  ])('$modes: no axe violations', async ({ modes }) => {
    const context = await newContext(browser);
    try {
      await context.addInitScript(installSpeechStub, [{ name: '测试普通话', lang: 'zh-CN' }]);
      const page = await context.newPage();
      await page.goto(server.origin + GUIDE);
      await enter(page, modes);
      const findings = await axeFindings(page);
      expect(findings, formatFindings(`${GUIDE} ${modes.join('+')}`, findings)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  describe.each([
    { name: '200 % zoom', width: 640, height: 400, deviceScaleFactor: 2 },
    { name: '320 px reflow', width: 320, height: 256, deviceScaleFactor: 4 },
  ])('$name, everything on', ({ width, height, deviceScaleFactor }) => {
    it('no sideways scroll, visible and unobscured focus, no axe violations', async () => {
      // Reduced motion: the reader scrolls its current block into view smoothly, and on a loaded
      // machine that animation could still be running when focus moves, moving the page under
      // the measurement. The geometry is what is checked here, so scrolls are instant.
      const context = await newContext(browser, {
        viewport: { width, height },
        deviceScaleFactor,
        reducedMotion: 'reduce',
      });
      try {
        await context.addInitScript(installSpeechStub, [{ name: '测试普通话', lang: 'zh-CN' }]);
        const page = await context.newPage();
        await page.goto(server.origin + GUIDE);
        await enter(page, ['textSize', 'panel', 'cursor', 'magnifier', 'reading']);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

        // Keyboard focus on the panel's switch and on the reader's stop button: visible, and
        // scrolled clear of the magnifier bar.
        for (const target of [
          page
            .getByRole('group', { name: a11yText.panelLabel })
            .getByRole('button', { name: a11yText.magnifier }),
          page
            .getByRole('group', { name: a11yText.readGroup })
            .getByRole('button', { name: a11yText.readStop }),
        ]) {
          await target.evaluate((el) => {
            (el.previousElementSibling as HTMLElement).focus();
          });
          await page.keyboard.press('Tab');
          const measure = () =>
            page.evaluate(() => {
              const el = document.activeElement as HTMLElement;
              const style = getComputedStyle(el);
              const box = el.getBoundingClientRect();
              const bar = (
                document.querySelector('.magnifier') as HTMLElement
              ).getBoundingClientRect();
              return {
                outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
                top: box.top,
                bottom: box.bottom,
                barTop: bar.top,
              };
            });
          // The bar shows the focused control's text and may grow a frame later; the page then
          // scrolls the control clear of it again. Wait for that, briefly, rather than race it.
          await expect
            .poll(
              async () => {
                const { bottom, barTop } = await measure();
                return bottom <= barTop
                  ? 'clear'
                  : `focus ends at ${String(bottom)}, bar at ${String(barTop)}`;
              },
              { timeout: 5000 },
            )
            .toBe('clear');
          const focus = await measure();
          expect(focus.outline).toBe(true);
          expect(focus.top).toBeGreaterThanOrEqual(0);
          expect(focus.bottom).toBeLessThanOrEqual(focus.barTop);
        }
        const findings = await axeFindings(page);
        expect(findings, formatFindings(`${GUIDE} at ${width}px`, findings)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});
