// The Pagefind index of the built site, queried in Node with the site's own pagefind.js over a
// loopback server, as a browser would: Chinese words, pinyin, initials, filters and meta.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGEFIND_FILTER, PAGEFIND_META } from '../../src/lib/search/facets.ts';
import { DIST, serveStatic } from '../helpers/serve.ts';
import type { StaticServer } from '../helpers/serve.ts';
import { loadSampleCorpus, published } from './corpus.ts';

interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindModule {
  options(options: { basePath: string }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string | null,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: { data(): Promise<ResultData> }[] }>;
}

const guides = published(loadSampleCorpus());
let server: StaticServer;
let pagefind: PagefindModule;

beforeAll(async () => {
  server = await serveStatic(DIST);
  pagefind = (await import(
    pathToFileURL(join(DIST, 'pagefind', 'pagefind.js')).href
  )) as PagefindModule;
  await pagefind.options({ basePath: `${server.origin}/pagefind/` });
  await pagefind.init();
});
afterAll(async () => {
  await server.close();
});

/** Every indexed page: a filter-only search (no query) over all values of one facet. */
async function everyPage(): Promise<ResultData[]> {
  const filters = await pagefind.filters();
  const values = Object.keys(filters[PAGEFIND_FILTER.online] ?? {});
  const { results } = await pagefind.search(null, {
    filters: { [PAGEFIND_FILTER.online]: { any: values } },
  });
  return Promise.all(results.map((result) => result.data()));
}

const paths = async (query: string, limit = 3) => {
  const { results } = await pagefind.search(query);
  const data = await Promise.all(results.slice(0, limit).map((result) => result.data()));
  return data.map((d) => new URL(d.url).pathname);
};

describe('the Pagefind index of the built site', () => {
  it('is written for Chinese (zh-cn) pages', () => {
    const files = readdirSync(join(DIST, 'pagefind'));
    expect(files.filter((file) => file.endsWith('.pf_meta'))).toEqual([
      expect.stringMatching(/^pagefind\.zh-cn_/),
    ]);
  });

  it.each([
    ['结婚', '/guides/civil-affairs/marriage-registration/'],
    ['身份证', '/guides/public-security/id-card-renewal/'],
    ['个体户', '/guides/market-regulation/sole-proprietor-registration/'],
    ['jiehun', '/guides/civil-affairs/marriage-registration/'],
    ['jhdj', '/guides/civil-affairs/marriage-registration/'],
    ['shebaoka', '/guides/human-resources/social-security-card/'],
    ['低保', '/guides/civil-affairs/minimum-living-allowance/'],
  ])('finds %s → %s in the top 3', async (query, path) => {
    expect(await paths(query)).toContain(path);
  });

  it('indexes every published guide page and nothing else', async () => {
    const all = await everyPage();
    expect(all.map((d) => new URL(d.url).pathname).sort()).toEqual(
      guides.map((g) => `/guides/${g.id}/`).sort(),
    );
  });

  it('has the four facet filters with the values the guide list uses', async () => {
    const filters = await pagefind.filters();
    expect(Object.keys(filters).sort()).toEqual(Object.values(PAGEFIND_FILTER).sort());
    expect(Object.keys(filters[PAGEFIND_FILTER.visits] ?? {}).sort()).toEqual(
      expect.arrayContaining(['0 次', '1 次']),
    );
    const online = guides.filter((g) => g.data.online.depth === '全程网办').length;
    expect(filters[PAGEFIND_FILTER.online]?.['全程网办']).toBe(online);
  });

  it('filters results and gives title, code and department as meta, with marked excerpts', async () => {
    const { results } = await pagefind.search('登记', {
      filters: { [PAGEFIND_FILTER.online]: { any: ['全程网办'] } },
    });
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      const data = await result.data();
      expect(data.filters[PAGEFIND_FILTER.online]).toEqual(['全程网办']);
      expect(new URL(data.url).pathname).toMatch(/^\/guides\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
      expect(data.meta['title']).toBeTruthy();
      expect(data.meta[PAGEFIND_META.code]).toMatch(/^\d{6}-/);
      expect(data.meta[PAGEFIND_META.department]).toBeTruthy();
    }
    const first = await results[0]?.data();
    expect(first?.excerpt).toContain('<mark>');
  });

  it('leaves page furniture out: skip link, header, breadcrumbs and footer are not indexed', async () => {
    const home = readFileSync(join(DIST, 'index.html'), 'utf8');
    const furniture = ['跳到主要内容', '本站不使用第三方统计'];
    for (const words of furniture) expect(home).toContain(words);
    for (const page of await everyPage()) {
      for (const words of furniture) expect(page.content, page.url).not.toContain(words);
    }
  });
});
