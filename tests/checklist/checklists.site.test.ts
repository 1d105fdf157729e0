// The checklists on the built site: the markup contract on every guide page and notice, tick
// boxes with and without JavaScript, the layout of the two lists, and the life-event and
// material-catalogue pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { checklistText } from '../../src/i18n/checklist.ts';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { PUBLISHED_STATUS } from '../../src/lib/schemas/enums.ts';
import { siteConfig } from '../../src/lib/site/config.ts';
import { catalogueIndex } from '../../src/lib/catalogue/index.ts';
import { topicBundles } from '../../src/lib/topics/index.ts';
import {
  chromiumAvailable,
  launchChromium,
  newContext,
  recordRequests,
  watchPage,
} from '../helpers/browser.ts';
import { DIST, serveStatic } from '../helpers/serve.ts';
import type { StaticServer } from '../helpers/serve.ts';
import { builtPage, checklistsIn } from './built-html.ts';

const { corpus } = loadCorpus();
const published = corpus.guides.filter((guide) => guide.data.status === PUBLISHED_STATUS);
const GUIDE = 'civil-affairs/marriage-registration';

describe('built guide pages carry both checklists with identical material sequences', () => {
  it('has published guides to check', () => {
    expect(published.length).toBeGreaterThan(0);
  });

  it.each(published.map((guide) => [guide.id, guide] as const))('%s', (id, guide) => {
    const expected = guide.data.materials.map((m) => m.material);
    const lists = checklistsIn(builtPage(DIST, `/guides/${id}/`));
    expect(lists.map((l) => l.channel).sort()).toEqual(['counter', 'online']);
    for (const list of lists) expect(list.materials, `${id}: ${list.channel}`).toEqual(expected);
  });

  it.each(published.map((guide) => [guide.id, guide] as const))(
    '%s: the notice lists the counter checklist',
    (id, guide) => {
      const lists = checklistsIn(builtPage(DIST, `/guides/${id}/notice/`));
      expect(lists).toEqual([
        { channel: 'counter', materials: guide.data.materials.map((m) => m.material) },
      ]);
    },
  );
});

describe('life-event and catalogue pages', () => {
  it.each(topicBundles(corpus).map((bundle) => [bundle.id, bundle] as const))(
    '/topics/%s/: one entry per material',
    (id, bundle) => {
      const lists = checklistsIn(builtPage(DIST, `/topics/${id}/`));
      expect(lists).toEqual([{ channel: 'merged', materials: bundle.materials.map((m) => m.id) }]);
      expect(new Set(lists[0]?.materials).size).toBe(lists[0]?.materials.length);
    },
  );

  it('/materials/ lists every catalogue material once and marks 免提交 in words', () => {
    const html = builtPage(DIST, '/materials/');
    const ids = [...html.matchAll(/data-material="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(corpus.materials.size);
    expect(new Set(ids)).toEqual(new Set(corpus.materials.keys()));
    const exempt = catalogueIndex(corpus).filter((entry) => entry.exempt).length;
    expect(exempt).toBeGreaterThan(0);
    expect(html.split(checklistText.exempt).length - 1).toBe(exempt);
  });
});

describe('in a browser', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    // A missing browser is a failure, never a skip (chromiumAvailable throws under CI=true).
    if (!chromiumAvailable())
      throw new Error('Chromium is required for the checklist browser tests.');
    server = await serveStatic(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  const withContext = async (
    options: Parameters<typeof newContext>[1],
    run: (context: BrowserContext) => Promise<void>,
  ) => {
    const context = await newContext(browser, options);
    try {
      await run(context);
    } finally {
      await context.close();
    }
  };

  const guideUrl = () => `${server.origin}/guides/${GUIDE}/`;
  // The accessible name: the hidden channel prefix, then the visible material name.
  const tick = (channel: string, name: string) =>
    new RegExp(
      `^${checklistText.tickPrefix(channel === 'online' ? checklistText.online : checklistText.counter)}\\s*${name}$`,
    );

  it('ticks persist per guide and channel with JavaScript, and can be cleared', async () => {
    await withContext({}, async (context) => {
      const requests = await recordRequests(context);
      const page = await context.newPage();
      const problems = watchPage(page);
      await page.goto(guideUrl());
      const online = page
        .locator('[data-checklist="online"]')
        .getByRole('checkbox', { name: tick('online', '居民身份证') });
      const counter = page
        .locator('[data-checklist="counter"]')
        .getByRole('checkbox', { name: tick('counter', '居民身份证') });
      await online.check();
      await page.reload();
      await expect.poll(() => online.isChecked()).toBe(true);
      expect(await counter.isChecked()).toBe(false);
      await page.getByRole('button', { name: checklistText.clearTicks }).first().click();
      expect(await online.isChecked()).toBe(false);
      await page.reload();
      expect(await online.isChecked()).toBe(false);
      expect(requests.offsite).toEqual([]);
      expect(problems).toEqual({ dialogs: [], consoleErrors: [], pageErrors: [] });
    });
  });

  it('without JavaScript both lists show, boxes tick, and JS-only controls stay hidden', async () => {
    await withContext(
      { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } },
      async (context) => {
        const page = await context.newPage();
        await page.goto(guideUrl());
        await expect
          .poll(() => page.getByRole('heading', { name: checklistText.onlineHeading }).isVisible())
          .toBe(true);
        expect(
          await page.getByRole('heading', { name: checklistText.counterHeading }).isVisible(),
        ).toBe(true);
        const box = page.getByRole('checkbox', { name: tick('counter', '居民身份证') });
        await box.check();
        expect(await box.isChecked()).toBe(true);
        expect(await page.getByRole('button', { name: checklistText.clearTicks }).count()).toBe(0);
        await page.goto(`${guideUrl()}notice/`);
        expect(await page.getByRole('button', { name: checklistText.notice.print }).count()).toBe(
          0,
        );
      },
    );
  });

  it.each([
    { name: 'side by side on a wide screen', width: 1280, sideBySide: true },
    { name: 'stacked on a phone', width: 375, sideBySide: false },
  ])('the two lists are $name', async ({ width, sideBySide }) => {
    await withContext(
      { javaScriptEnabled: false, viewport: { width, height: 800 } },
      async (context) => {
        const page = await context.newPage();
        await page.goto(guideUrl());
        const online = await page.locator('[data-checklist="online"]').boundingBox();
        const counter = await page.locator('[data-checklist="counter"]').boundingBox();
        if (!online || !counter) throw new Error('both lists must be rendered');
        if (sideBySide) {
          expect(counter.x).toBeGreaterThanOrEqual(online.x + online.width);
          expect(Math.abs(counter.y - online.y)).toBeLessThan(5);
        } else {
          expect(counter.y).toBeGreaterThanOrEqual(online.y + online.height);
        }
      },
    );
  });

  it('the notice shows the print button with JavaScript and an inline QR code with a text alternative', async () => {
    await withContext({}, async (context) => {
      const requests = await recordRequests(context);
      const page = await context.newPage();
      await page.goto(`${guideUrl()}notice/`);
      expect(await page.getByRole('button', { name: checklistText.notice.print }).isVisible()).toBe(
        true,
      );
      const url = new URL(`/guides/${GUIDE}/`, siteConfig().url).href;
      const qr = page.getByRole('img', { name: checklistText.notice.qrAlt(url) });
      expect(await qr.locator('svg').count()).toBe(1);
      expect(await page.getByRole('link', { name: url }).count()).toBe(1);
      // The QR code is drawn in the page, not fetched: no image element, nothing off-site.
      expect(await page.locator('.notice img').count()).toBe(0);
      expect(requests.offsite).toEqual([]);
    });
  });
});
