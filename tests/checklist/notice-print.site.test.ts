// The 一次性告知单 must print on one or two A4 pages for a typical guide. Every published guide's
// notice is printed to PDF by Chromium (print media, the page's own @page size) and its pages
// counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { PUBLISHED_STATUS } from '../../src/lib/schemas/enums.ts';
import { chromiumAvailable, launchChromium, newContext } from '../helpers/browser.ts';
import { DIST, serveStatic } from '../helpers/serve.ts';
import type { StaticServer } from '../helpers/serve.ts';
import { pdfPageCount } from './built-html.ts';

const { corpus } = loadCorpus();
const published = corpus.guides.filter((guide) => guide.data.status === PUBLISHED_STATUS);

// A4 at 96 CSS px per inch.
const A4 = { width: 794, height: 1123 };

describe('the notice prints on A4', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const pages = new Map<string, number>();

  beforeAll(async () => {
    if (!chromiumAvailable()) throw new Error('Chromium is required to print the notice to PDF.');
    server = await serveStatic(DIST);
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
  });
  afterAll(async () => {
    const counts = [...pages.values()];
    const tally = [1, 2, 3].map((n) => `${n} page(s): ${counts.filter((c) => c === n).length}`);
    console.log(`[notice] PDF pages over ${counts.length} notices — ${tally.join(', ')}`);
    await browser.close();
    await server.close();
  });

  const print = async (id: string) => {
    const response = await page.goto(`${server.origin}/guides/${id}/notice/`);
    expect(response?.status()).toBe(200);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return { pdf, count: pdfPageCount(pdf) };
  };

  it('uses the A4 page size of its @page rule', async () => {
    const { pdf } = await print('civil-affairs/marriage-registration');
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    // 210 × 297 mm in PDF points.
    expect(Number(box?.[1])).toBeCloseTo(595.3, 0);
    expect(Number(box?.[2])).toBeCloseTo(841.9, 0);
    expect(A4.width / A4.height).toBeCloseTo(595.3 / 841.9, 2);
  });

  it.each(published.map((guide) => [guide.id, guide.data.materials.length] as const))(
    '%s (%i materials) fits one or two pages',
    async (id) => {
      const { count } = await print(id);
      pages.set(id, count);
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(2);
    },
  );
});
