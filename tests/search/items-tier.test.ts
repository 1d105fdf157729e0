// The service-item tier of a province-sized site (docs/scale.md, "Service items"), on a build
// small enough for the test suite: a throwaway copy of the project with the sample corpus, one
// more marriage-registration guide (so one item has two implementing guides), and the tier's
// bound lowered to 1 guide (TONGYUAN_ITEMS_TIER_MIN). Checks the item pages, the items bundle,
// the invariants (item pages are not guide records) and the search page in Chromium: the first
// query searches only the items bundle; a button runs it over every guide's full text.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { projectWithContent } from '../../scripts/bench/project.ts';
import { sampleContentFiles } from '../helpers/project-build.ts';
import { itemText, searchText } from '../../src/i18n/search.ts';
import { itemSlug } from '../../src/lib/items/group.ts';
import { ITEMS_TIER_ENV, itemUrl } from '../../src/lib/items/tier.ts';
import type { Files } from '../../src/lib/synthetic/generate.ts';
import { axeFindings, formatFindings } from '../a11y/axe.ts';
import {
  chromiumAvailable,
  launchChromium,
  newContext,
  recordRequests,
  watchPage,
} from '../helpers/browser.ts';
import type { PageProblems, RequestLog } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/serve.ts';
import type { StaticServer } from '../helpers/serve.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const MARRIAGE = 'guides/civil-affairs/marriage-registration.md';
const SECOND = 'guides/civil-affairs/marriage-registration-second-office.md';
const TITLE = '内地居民结婚登记';

const work = mkdtempSync(join(tmpdir(), 'items-tier-'));
const project = join(work, 'project');
const dist = join(project, 'dist');
let buildOutput = '';
let invariantsOutput = '';

/** The sample corpus, plus a second guide of the marriage-registration item (another code). */
function contentFiles(): Files {
  const files = sampleContentFiles();
  const marriage = files.get(MARRIAGE) ?? '';
  files.set(
    SECOND,
    marriage
      .replace(/^code: .+$/m, 'code: 339901-MZ-QR-0901')
      // The life event lists the first guide only; a guide may not claim it alone (TY017).
      .replace(/^topics: .+\n/m, ''),
  );
  return files;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;
const files = contentFiles();
/** Published guides' titles, from the sources. */
const publishedTitles = [...files]
  .filter(([path]) => path.startsWith('guides/'))
  .map(
    ([, text]) => parseYaml(FRONTMATTER.exec(text)?.[1] ?? '') as { title: string; status: string },
  )
  .filter((data) => data.status === '在用')
  .map((data) => data.title);

const read = (file: string) => readFileSync(join(dist, file), 'utf8');

function run(args: readonly string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

beforeAll(() => {
  projectWithContent(ROOT, project, files);
  // Brotli at quality 1: the deploy step's compression is not what this test is about.
  const built = run(['scripts/build.ts'], { [ITEMS_TIER_ENV]: '1', TONGYUAN_BROTLI_QUALITY: '1' });
  buildOutput = built.output;
  if (built.status !== 0) {
    throw new Error(`The build with the item tier failed:\n${built.output.slice(-3000)}`);
  }
  invariantsOutput = run(['scripts/invariants.ts', '--dist', dist]).output;
}, 300_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('a build with the item tier on', () => {
  const items = new Set(publishedTitles);
  const slug = itemSlug(TITLE);

  it('indexes one item page per distinct title into /pagefind-items/', () => {
    expect(publishedTitles.length).toBe(items.size + 1);
    expect(buildOutput).toContain(
      `Pagefind indexed ${String(items.size)} service item page(s) into ${join(dist, 'pagefind-items')}`,
    );
    expect(readdirSync(join(dist, 'items')).sort()).toEqual(
      [...items].map((title) => itemSlug(title)).sort(),
    );
    const fragments = readdirSync(join(dist, 'pagefind-items', 'fragment'));
    expect(fragments.filter((f) => f.endsWith('.pf_fragment'))).toHaveLength(items.size);
  });

  it('keeps the invariants on guide records only: item pages are not counted', () => {
    const n = String(publishedTitles.length);
    expect(invariantsOutput).toContain(
      `${n} published guide sources = ${n} guide pages = ${n} Pagefind records for guides`,
    );
    expect(invariantsOutput).toContain('Build invariants hold.');
  });

  it('renders an item page with its title, count and every implementing guide', () => {
    const html = read(`items/${slug}/index.html`);
    expect(html).toContain(`<h1>${TITLE}</h1>`);
    expect(html).toContain(`<p class="lead">${itemText.lead(2)}</p>`);
    expect(html).toContain('data-pagefind-meta="count:2"');
    expect(html).toContain(`<h2 id="item-guides-heading">${itemText.guidesHeading}</h2>`);
    for (const [id, code] of [
      ['civil-affairs/marriage-registration', '339901-MZ-QR-0001'],
      ['civil-affairs/marriage-registration-second-office', '339901-MZ-QR-0901'],
    ] as const) {
      expect(html).toMatch(
        new RegExp(
          `<a href="/guides/${id}/">[^<]+民政局</a><span class="small muted">${itemText.code(code)}</span>`,
        ),
      );
    }
    expect(read('sitemap-0.xml')).toContain(`${itemUrl(slug)}</loc>`);
    expect(read('search/index.html')).toContain('data-pagefind-items="/pagefind-items/"');
  });

  it('pins the strings of the tier', () => {
    expect(searchText.items.implementers(185)).toBe('185 个实施主体');
    expect(searchText.items.resultCountFor(3, '结婚')).toBe('“结婚”：3 个事项');
    expect(itemText.fullText).toBe('在全部办事指南中全文搜索');
    expect(searchText.items.fullTextLoading).toBe('正在加载全部办事指南的全文索引…');
    expect(itemText.lead(2)).toBe(
      '共 2 个实施主体办理此事项。请选择您所在地区或对应部门的办事指南。',
    );
  });
});

describe.skipIf(!chromiumAvailable())('the search page with the item tier, in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;
  let requests: RequestLog;

  beforeAll(async () => {
    server = await serveStatic(dist);
    browser = await launchChromium();
    context = await newContext(browser);
    requests = await recordRequests(context);
    page = await context.newPage();
    problems = watchPage(page);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  const status = () => page.locator('[data-search]').getByRole('status');
  const results = () => page.locator('[data-search-results] > li');

  it('answers the first query from the items bundle alone, items linking to their pages', async () => {
    const before = requests.all.length;
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('结婚')}`);
    await expect
      .poll(() => status().textContent(), { timeout: 15_000 })
      .toMatch(/个事项|没有找到结果|搜索加载失败/);
    const count = await results().count();
    expect(await status().textContent()).toBe(searchText.items.resultCountFor(count, '结婚'));
    const first = results().first();
    const link = first.getByRole('heading', { level: 3 }).getByRole('link');
    expect(await link.textContent()).toBe(TITLE);
    expect(await link.getAttribute('href')).toBe(itemUrl(itemSlug(TITLE)));
    expect(await first.getByRole('listitem').textContent()).toBe(searchText.items.implementers(2));
    const paths = requests.all.slice(before).map((url) => new URL(url).pathname);
    expect(paths.some((path) => path.startsWith('/pagefind-items/'))).toBe(true);
    expect(paths.filter((path) => /^\/pagefind(?:-\d+)?\//.test(path))).toEqual([]);
    // Facets are on guides: hidden while items are shown.
    await expect.poll(() => page.getByText(searchText.page.filtersHeading).isVisible()).toBe(false);
  });

  it('passes axe with item results shown', async () => {
    const findings = await axeFindings(page);
    expect(findings, formatFindings('/search/?q=结婚 (items)', findings)).toEqual([]);
  });

  it('searches the full text of every guide from a labelled button, by keyboard', async () => {
    const before = requests.all.length;
    const button = page.getByRole('button', { name: itemText.fullText });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).toMatch(/条结果$/);
    const count = await results().count();
    expect(count).toBeGreaterThan(0);
    const total = Number(/(\d+) 条结果/.exec((await status().textContent()) ?? '')?.[1]);
    expect(await status().textContent()).toBe(searchText.resultCountFor(total, '结婚'));
    const titles = await page.locator('[data-search-results] h3 a').allTextContents();
    expect(titles.slice(0, 3)).toContain(TITLE);
    const hrefs = await page
      .locator('[data-search-results] h3 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href).toMatch(/^\/guides\/[^/]+\/[^/]+\/$/);
    // The button went with the item results: focus moved to the first guide found.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(hrefs[0]);
    await expect.poll(() => button.isVisible()).toBe(false);
    const paths = requests.all.slice(before).map((url) => new URL(url).pathname);
    expect(paths.some((path) => path.startsWith('/pagefind/'))).toBe(true);
  });

  it('shows an item page that passes axe and reads without JavaScript', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${server.origin}${itemUrl(itemSlug(TITLE))}`);
    expect(await plain.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
    const guides = plain.getByRole('region', { name: itemText.guidesHeading });
    expect(await guides.getByRole('link').count()).toBe(2);
    await noScript.close();
    await page.goto(`${server.origin}${itemUrl(itemSlug(TITLE))}`);
    const findings = await axeFindings(page);
    expect(findings, formatFindings(itemUrl(itemSlug(TITLE)), findings)).toEqual([]);
  });

  it('offers the full text when no item matches', async () => {
    await page.goto(`${server.origin}/search/?q=qqxxzz`);
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).toBe(searchText.noResults);
    expect(await results().count()).toBe(0);
    expect(await page.getByRole('button', { name: itemText.fullText }).isVisible()).toBe(true);
  });

  it('loads without console errors or CSP violations', () => {
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
});
