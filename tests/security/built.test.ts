// Nothing executable reaches the built site: the sample corpus plus every hostile guide that the
// validator lets through is built in a throwaway copy of the project (Astro cannot switch content
// roots), then every HTML file is scanned, the open data must still parse, and the hostile pages
// are loaded in Chromium with dialog, console and error listeners (a CSP violation is a console
// error) and every element is hovered. Text payloads must arrive as text, and very long strings
// must not make a phone scroll sideways.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { projectWithContent } from '../../scripts/bench/project.ts';
import { astroBuild } from '../helpers/project-build.ts';
import {
  chromiumAvailable,
  launchChromium,
  newContext,
  recordRequests,
  watchPage,
} from '../helpers/browser.ts';
import { DIST, serveStatic } from '../helpers/serve.ts';
import type { StaticServer } from '../helpers/serve.ts';
import { htmlFiles } from '../html/html-files.ts';
import { HOSTILE_CASES, hostileId } from './cases.ts';
import { hostileFiles, validateHostile } from './corpus.ts';
import { foreignScripts, scanDocument } from './scan.ts';
import type { Script } from './scan.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'hostile-site-'));

// The cases the validator actually lets through are the ones that can reach a page.
const verdicts = validateHostile(join(work, 'validated'));
const built = HOSTILE_CASES.filter((c) =>
  (verdicts.get(c.id) ?? []).every((finding) => finding.severity !== 'error'),
);
const byId = new Map(built.map((c) => [c.id, c]));

let dist = '';

/** Every script of the regular build: the site's own code, whatever the content. */
function ownScripts(): Script[] {
  return htmlFiles(DIST).flatMap(
    (file) => scanDocument(readFileSync(join(DIST, file), 'utf8')).scripts,
  );
}

beforeAll(() => {
  const project = projectWithContent(ROOT, join(work, 'project'), hostileFiles(built));
  astroBuild(project, 'the hostile corpus');
  dist = join(project, 'dist');
}, 300_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the hostile corpus, built', () => {
  it('includes every case the validator accepts as a page', () => {
    expect(built.length).toBeGreaterThan(0);
    for (const c of built)
      expect(existsSync(join(dist, 'guides', hostileId(c), 'index.html')), c.id).toBe(true);
  });

  it('has no event handler, script URL, frame or foreign script in any HTML file', () => {
    const own = ownScripts();
    const findings = htmlFiles(dist).flatMap((file) => {
      const { problems, scripts } = scanDocument(readFileSync(join(dist, file), 'utf8'));
      const foreign = foreignScripts(scripts, own).map(
        (s) => `foreign <script type="${s.type}" src="${s.src}">${s.text.slice(0, 80)}`,
      );
      return [...problems, ...foreign].map((problem) => `${file}: ${problem}`);
    });
    expect(findings).toEqual([]);
  });

  it('keeps the open data parseable', () => {
    const json = JSON.parse(readFileSync(join(dist, 'data', 'guides.json'), 'utf8')) as {
      guides: { id: string; title: string }[];
    };
    const csv = parseCsv<Record<string, string>>(readFileSync(join(dist, 'data', 'guides.csv')), {
      bom: true,
      columns: true,
    });
    for (const c of built) {
      const row = json.guides.find((guide) => guide.id === hostileId(c));
      expect(row, c.id).toBeDefined();
      // The schema trims titles (String.prototype.trim also removes U+FEFF); nothing else changes.
      if (c.guide.title) expect(row?.title).toBe(c.guide.title.trim());
    }
    expect(csv.length).toBe(json.guides.length);
  });
});

describe.skipIf(!chromiumAvailable())('the hostile pages in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(dist);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  const paths = built.flatMap((c) => [
    [c.id, `/guides/${hostileId(c)}/`],
    [c.id, `/guides/${hostileId(c)}/notice/`],
  ]);

  it.each(paths)('%s: %s runs nothing, even when every element is hovered', async (_id, path) => {
    const context = await newContext(browser);
    try {
      const requests = await recordRequests(context);
      const page = await context.newPage();
      const problems = watchPage(page);
      await page.goto(server.origin + path);
      await page.evaluate(() => {
        for (const element of document.querySelectorAll('*')) {
          for (const type of ['mouseover', 'mouseenter', 'focus', 'click']) {
            if (type === 'click' && element.closest('a, button, input, form')) continue;
            element.dispatchEvent(new Event(type, { bubbles: false }));
          }
        }
      });
      await page.waitForTimeout(100);
      expect(problems).toEqual({ dialogs: [], consoleErrors: [], pageErrors: [] });
      expect(requests.offsite).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows markup in a title as text, exactly as written', async () => {
    const c = byId.get('title-script');
    if (!c) throw new Error('the title-script case must be accepted by the validator and built');
    const page = await browser.newPage();
    await page.goto(`${server.origin}/guides/${hostileId(c)}/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(c.guide.title);
    await page.close();
  });

  it('decodes entities exactly once: never in plain fields, once in Markdown, always as text', async () => {
    const c = byId.get('entities');
    if (!c) throw new Error('the entities case must be accepted by the validator and built');
    const page = await browser.newPage();
    await page.goto(`${server.origin}/guides/${hostileId(c)}/`);
    const text = await page.locator('main').innerText();
    // A frontmatter field is plain text: what the editor typed is what the citizen reads.
    expect(text).toContain("&lt;script&gt;alert('XSS-entities')&lt;/script&gt; 与 &amp;amp;");
    // In Markdown `&lt;` is how a literal `<` is written: it becomes that character, as text
    // (smart punctuation curls the quotes).
    expect(text.replace(/[‘’]/g, "'")).toContain(
      "正文 <img src=x onerror=alert('XSS-entities')> 结束",
    );
    expect(await page.locator('main img[onerror]').count()).toBe(0);
    await page.close();
  });

  it.each([320, 640])(
    'wraps very long strings at %i px without sideways scrolling',
    async (width) => {
      const c = byId.get('long-strings');
      if (!c) throw new Error('the long-strings case must be accepted by the validator and built');
      const context = await newContext(browser, { viewport: { width, height: 800 } });
      try {
        const page = await context.newPage();
        for (const path of [`/guides/${hostileId(c)}/`, `/guides/${hostileId(c)}/notice/`]) {
          await page.goto(server.origin + path);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
        }
      } finally {
        await context.close();
      }
    },
  );
});
