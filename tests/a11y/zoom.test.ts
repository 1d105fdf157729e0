// The guide page at 200 % zoom (a 1280 px window zoomed 200 % is a 640 CSS px viewport at device
// scale 2) and at the WCAG reflow width of 320 CSS px, in the default view and in 大字模式:
// no horizontal scrolling, and axe finds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { siteText } from '../../src/i18n/site.ts';
import {
  chromiumAvailable,
  horizontalOverflow,
  launchChromium,
  newContext,
} from '../helpers/browser.ts';
import { DIST, serveStatic } from '../helpers/serve.ts';
import type { StaticServer } from '../helpers/serve.ts';
import { axeFindings, formatFindings } from './axe.ts';

const GUIDE = '/guides/civil-affairs/marriage-registration/';

describe.skipIf(!chromiumAvailable())('guide page at 200 % zoom and 320 px reflow', () => {
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

  describe.each([
    { name: '200 % zoom', width: 640, height: 400, deviceScaleFactor: 2 },
    { name: '320 px reflow', width: 320, height: 256, deviceScaleFactor: 4 },
  ])('$name', ({ width, height, deviceScaleFactor }) => {
    it.each([false, true])(
      '大字模式 %s: no horizontal scroll, no axe violations',
      async (large) => {
        const context = await newContext(browser, {
          viewport: { width, height },
          deviceScaleFactor,
        });
        try {
          const page = await context.newPage();
          await page.goto(server.origin + GUIDE);
          if (large) {
            await page.getByRole('button', { name: siteText.textSizeLarge }).click();
            await expect
              .poll(() => page.locator('html').getAttribute('data-text-size'))
              .toBe('large');
          }
          expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
          const findings = await axeFindings(page);
          expect(findings, formatFindings(`${GUIDE} at ${width}px`, findings)).toEqual([]);
        } finally {
          await context.close();
        }
      },
    );
  });
});
