// 朗读 (read-aloud) and 指读 on the marriage-registration guide, in Chromium with a recording
// stand-in for speechSynthesis (tests/browser/speech-stub.ts): the control is offered only with a
// Chinese voice and never without JavaScript; reading follows the page's order — title, every
// material, the time limits — highlighting and scrolling to what is read; pause, resume and stop
// work from the buttons and the shortcuts; 指读 reads what gets the focus or the pointer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { a11yText } from '../../src/i18n/a11y.ts';
import { timeLimitText } from '../../src/lib/site/format.ts';
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
import { installSpeechStub } from './speech-stub.ts';
import type { SpeechLog, StubVoice } from './speech-stub.ts';

const GUIDE_ID = 'civil-affairs/marriage-registration';
const GUIDE = `/guides/${GUIDE_ID}/`;
const ZH_VOICE: StubVoice = { name: '测试普通话', lang: 'zh-CN' };
const EN_VOICE: StubVoice = { name: 'Test English', lang: 'en-US' };

interface GuideRow {
  id: string;
  title: string;
  timeLimit: { legal: number; promised: number };
  checklists: { online: { name: string }[] };
}

const speech = (page: Page) =>
  page.evaluate(() => {
    const log = (window as unknown as { __speech: SpeechLog }).__speech;
    return { spoken: log.spoken, events: log.events, paused: log.paused, current: log.current };
  });
const spokenTexts = async (page: Page) => (await speech(page)).spoken.map((u) => u.text);
const advance = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { __speech: SpeechLog }).__speech.advance();
  });
const setManual = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { __speech: SpeechLog }).__speech.manual = true;
  });

describe.skipIf(!chromiumAvailable())('read-aloud (朗读) and point-to-read (指读)', () => {
  let server: StaticServer;
  let browser: Browser;
  const guide = (
    JSON.parse(readFileSync(join(DIST, 'data/guides.json'), 'utf8')) as { guides: GuideRow[] }
  ).guides.find((row) => row.id === GUIDE_ID);

  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  const openGuide = async (voices: readonly StubVoice[] | undefined, context: BrowserContext) => {
    if (voices) await context.addInitScript(installSpeechStub, voices);
    const page = await context.newPage();
    await page.goto(server.origin + GUIDE);
    return page;
  };

  it('is not offered when the browser has no Chinese voice, or no speech at all', async () => {
    for (const voices of [[EN_VOICE], undefined]) {
      const context = await newContext(browser);
      try {
        const page = await openGuide(voices, context);
        // The tools' script has run: its 无障碍 button is shown.
        await page.getByRole('button', { name: a11yText.panelButton }).waitFor();
        expect(await page.getByRole('button', { name: a11yText.readStart }).count()).toBe(0);
        expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
      } finally {
        await context.close();
      }
    }
  });

  it('leaves no trace without JavaScript', async () => {
    const plain = await newContext(browser, { javaScriptEnabled: false });
    try {
      const page = await plain.newPage();
      await page.goto(server.origin + GUIDE);
      for (const name of [a11yText.readStart, a11yText.pointRead, a11yText.panelButton]) {
        expect(await page.getByRole('button', { name }).count()).toBe(0);
      }
      const placeholder = page.locator('[data-read-aloud]');
      expect(await placeholder.innerHTML()).toBe('');
      // Not rendered at all: it takes no room on the page.
      expect(await placeholder.boundingBox()).toBeNull();
      expect(await page.getByRole('group', { name: a11yText.readGroup }).count()).toBe(0);
    } finally {
      await plain.close();
    }
  });

  describe('with a Chinese voice', () => {
    let context: BrowserContext;
    let page: Page;
    let problems: PageProblems;
    let requests: RequestLog;
    const control = () => page.getByRole('group', { name: a11yText.readGroup });
    const button = (name: string) => control().getByRole('button', { name, exact: true });

    beforeAll(async () => {
      context = await newContext(browser);
      requests = await recordRequests(context);
      await context.addInitScript(installSpeechStub, [EN_VOICE, ZH_VOICE]);
      page = await context.newPage();
      problems = watchPage(page);
      await page.goto(server.origin + GUIDE);
    });
    afterAll(async () => {
      await context.close();
    });

    it('reads the guide in reading order: title, every material, the time limits', async () => {
      expect(guide).toBeDefined();
      if (!guide) return;
      await button(a11yText.readStart).click();
      await expect
        .poll(() => control().getByRole('status').textContent(), { timeout: 15_000 })
        .toBe(a11yText.finished);
      const { spoken } = await speech(page);
      expect(spoken.length).toBeGreaterThan(20);
      expect(new Set(spoken.map((u) => `${u.lang} ${String(u.voice)}`))).toEqual(
        new Set([`zh-CN ${ZH_VOICE.name}`]),
      );
      const texts = spoken.map((u) => u.text);
      const first = (needle: string) => texts.findIndex((text) => text.includes(needle));
      const title = first(guide.title);
      expect(title).toBeGreaterThanOrEqual(0);
      expect(title).toBeLessThan(3);
      // Every material, in the checklist's order, after the title.
      const materials = guide.checklists.online.map((item) => first(item.name));
      for (const [i, index] of materials.entries()) {
        expect(index, guide.checklists.online[i]?.name).toBeGreaterThan(title);
      }
      expect(materials).toEqual([...materials].sort((a, b) => a - b));
      // The time-limit section, after the materials.
      const time = timeLimitText(guide.timeLimit);
      const legal = texts.indexOf(`法定时限：${time.legal}`);
      const promised = texts.indexOf(`承诺时限：${time.promised}`);
      expect(legal).toBeGreaterThan(Math.max(...materials));
      expect(promised).toBe(legal + 1);
      // Navigation, buttons and screen-reader-only words are not read.
      expect(texts.join('\n')).not.toMatch(/本页内容|已准备：|打开政务服务网|朗读全文|清除勾选/);
      expect(await page.locator('.read-aloud-current').count()).toBe(0);
    });

    it('highlights the part being read and scrolls it into view; pause, resume, stop', async () => {
      await page.evaluate(() => {
        window.scrollTo(0, 0);
      });
      await setManual(page);
      const before = (await spokenTexts(page)).length;
      await button(a11yText.readStart).click();
      await expect.poll(async () => (await spokenTexts(page)).length).toBe(before + 1);
      for (let i = 0; i < 12; i++) await advance(page);
      await expect.poll(async () => (await spokenTexts(page)).length).toBe(before + 13);
      const current = page.locator('.read-aloud-current');
      const state = await speech(page);
      expect(await current.count()).toBe(1);
      expect((await current.innerText()).replace(/\s+/g, '')).toContain(
        (state.current ?? '').replace(/\s+/g, '').slice(0, 4),
      );
      await expect
        .poll(() =>
          current.evaluate((el) => {
            const box = el.getBoundingClientRect();
            return box.top >= 0 && box.bottom <= window.innerHeight;
          }),
        )
        .toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

      await button(a11yText.readPause).click();
      await expect.poll(async () => (await speech(page)).paused).toBe(true);
      expect(await control().getByRole('status').textContent()).toBe(a11yText.paused);
      await advance(page);
      expect((await spokenTexts(page)).length).toBe(before + 13);

      await button(a11yText.readResume).click();
      await expect.poll(async () => (await speech(page)).paused).toBe(false);
      await advance(page);
      await expect.poll(async () => (await spokenTexts(page)).length).toBe(before + 14);

      await button(a11yText.readStop).click();
      await expect.poll(async () => (await speech(page)).events.at(-1)).toBe('cancel');
      expect(await current.count()).toBe(0);
      await advance(page);
      expect((await spokenTexts(page)).length).toBe(before + 14);
      expect(await button(a11yText.readStart).isVisible()).toBe(true);
      expect(await button(a11yText.readStop).count()).toBe(0);
    });

    it('answers the keyboard shortcuts Alt+Shift+R (read, pause) and Alt+Shift+S (stop)', async () => {
      const before = (await spokenTexts(page)).length;
      await page.locator('h1').click();
      await page.keyboard.press('Alt+Shift+KeyR');
      await expect.poll(async () => (await spokenTexts(page)).length).toBe(before + 1);
      expect(await button(a11yText.readPause).isVisible()).toBe(true);
      await page.keyboard.press('Alt+Shift+KeyR');
      await expect.poll(async () => (await speech(page)).paused).toBe(true);
      await page.keyboard.press('Alt+Shift+KeyS');
      // Stopping a paused reading also un-pauses the engine (Chrome keeps it paused otherwise).
      await expect
        .poll(async () => (await speech(page)).events.slice(-2))
        .toEqual(['cancel', 'resume']);
      expect(await button(a11yText.readStart).isVisible()).toBe(true);
    });

    it('指读 reads what gets the focus or what the pointer rests on, and is remembered', async () => {
      const point = button(a11yText.pointRead);
      await point.click();
      await expect.poll(() => point.getAttribute('aria-pressed')).toBe('true');
      // The pointer rests where the last test clicked: the page scrolling under it reads nothing.
      const link = page.getByRole('link', { name: '申请材料' });
      await link.focus();
      await expect.poll(async () => (await spokenTexts(page)).at(-1)).toBe('申请材料');
      const material = page
        .locator('[data-checklist="counter"] .checklist__name')
        .filter({ hasText: '申请结婚登记声明书' });
      await material.scrollIntoViewIfNeeded();
      await material.hover();
      await expect.poll(async () => (await spokenTexts(page)).at(-1)).toBe('申请结婚登记声明书');
      expect(await page.locator('.read-aloud-current').innerText()).toContain('申请结婚登记声明书');

      // Remembered: the reader is loaded and 指读 switched on again as the page opens.
      await page.reload();
      await expect.poll(() => button(a11yText.pointRead).getAttribute('aria-pressed')).toBe('true');
      await page.keyboard.press('Alt+Shift+KeyP');
      await expect
        .poll(() => button(a11yText.pointRead).getAttribute('aria-pressed'))
        .toBe('false');
      await page.reload();
      expect(await button(a11yText.pointRead).getAttribute('aria-pressed')).toBe('false');
      expect(await page.evaluate(() => localStorage.getItem('tongyuan:point-read'))).toBeNull();
    });

    it('is offered on the 一次性告知单 too, reading its materials', async () => {
      await page.goto(`${server.origin}${GUIDE}notice/`);
      const before = (await spokenTexts(page)).length;
      await page.evaluate(() => {
        (window as unknown as { __speech: SpeechLog }).__speech.manual = false;
      });
      await button(a11yText.readStart).click();
      await expect
        .poll(() => control().getByRole('status').textContent(), { timeout: 15_000 })
        .toBe(a11yText.finished);
      const texts = (await spokenTexts(page)).slice(before).join('\n');
      for (const item of guide?.checklists.online ?? []) expect(texts).toContain(item.name);
    });

    it('caused no errors and no request off the site', () => {
      expect(problems).toEqual({ dialogs: [], consoleErrors: [], pageErrors: [] });
      expect(requests.offsite).toEqual([]);
    });
  });
});
