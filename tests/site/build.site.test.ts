// The built site (one `npm run build` shared by every site suite, see tests/browser/
// build-site.setup.ts): every route exists, counts match the corpus, and nothing is loaded from
// another origin.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { lastCommitDates } from '../../src/lib/git/last-commit.ts';
import { siteConfig } from '../../src/lib/site/config.ts';
import { buildSiteIndex } from '../../src/lib/site/site-index.ts';
import { DIST } from '../helpers/serve.ts';
import { attr, distFiles, elements, readDist, textOf } from './dist-html.ts';
import type { Element } from './dist-html.ts';

const { corpus } = loadCorpus();
const index = buildSiteIndex(corpus);
const published = index.published;
const page = (route: string) => join(route.replace(/^\//, ''), 'index.html');
const exists = (file: string) => existsSync(join(DIST, file));

describe('routes', () => {
  it.each([
    '/',
    '/guides/',
    '/departments/',
    '/topics/',
    '/materials/',
    '/abolished/',
    '/stats/',
    '/data/',
    '/search/',
  ])('builds %s', (route) => {
    expect(exists(page(route)), route).toBe(true);
  });

  it.each([
    '404.html',
    'rss.xml',
    'sitemap-index.xml',
    'robots.txt',
    'data/guides.json',
    'data/guides.csv',
    'data/schema.json',
  ])('builds %s', (file) => {
    expect(exists(file), file).toBe(true);
  });

  it('builds a page for every published guide and none for the others', () => {
    expect(published.length).toBeGreaterThan(0);
    for (const guide of corpus.guides) {
      expect(exists(page(`/guides/${guide.id}/`)), guide.id).toBe(guide.data.status === '在用');
    }
  });

  it('builds a page for every department and every life event', () => {
    for (const id of corpus.departments.keys())
      expect(exists(page(`/departments/${id}/`)), id).toBe(true);
    for (const id of corpus.topics.keys()) expect(exists(page(`/topics/${id}/`)), id).toBe(true);
    const departmentPages = distFiles('.html').filter((file) =>
      /^departments\/[^/]+\/index\.html$/.test(file),
    );
    expect(departmentPages).toHaveLength(corpus.departments.size);
    const topicPages = distFiles('.html').filter((file) =>
      /^topics\/[^/]+\/index\.html$/.test(file),
    );
    expect(topicPages).toHaveLength(corpus.topics.size);
  });

  it('lists every material of the catalogue on /materials/', () => {
    const ids = elements(readDist('materials/index.html'))
      .map((element) => attr(element, 'data-material'))
      .filter((id): id is string => id !== undefined);
    expect(new Set(ids)).toEqual(new Set(corpus.materials.keys()));
  });

  it('lists every department with its guides on its page', () => {
    for (const department of index.departments) {
      const html = readDist(page(`/departments/${department.id}/`));
      for (const guide of index.byDepartment.get(department.id) ?? []) {
        expect(html, `${department.id} → ${guide.id}`).toContain(`href="/guides/${guide.id}/"`);
      }
    }
  });
});

describe('open data', () => {
  it('guides.json holds every published guide', () => {
    const data = JSON.parse(readDist('data/guides.json')) as {
      count: number;
      guides: { id: string; code: string }[];
    };
    expect(data.count).toBe(published.length);
    expect(data.guides.map((g) => g.id).sort()).toEqual(published.map((g) => g.id).sort());
  });

  it('guides.csv has a BOM and one row per published guide', () => {
    const raw = readDist('data/guides.csv');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv<Record<string, string>>(raw, { bom: true, columns: true });
    expect(rows.map((row) => row['事项编码']).sort()).toEqual(
      published.map((g) => g.data.code).sort(),
    );
  });

  it('schema.json is a JSON Schema with every collection and the site file', () => {
    const schema = JSON.parse(readDist('data/schema.json')) as {
      $schema: string;
      $defs: Record<string, unknown>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.$defs).sort()).toEqual([
      'abolished',
      'department',
      'guide',
      'material',
      'site',
      'topic',
    ]);
  });

  it('the feed links to published guides only', () => {
    const xml = readDist('rss.xml');
    const links = [...xml.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1] ?? '').slice(1);
    expect(links.length).toBeGreaterThan(0);
    const urls = new Set(published.map((g) => new URL(`/guides/${g.id}/`, siteConfig().url).href));
    for (const link of links) expect(urls.has(link), link).toBe(true);
  });

  it('the sitemap lists every guide page and not the 404 page', () => {
    const xml = distFiles('.xml')
      .filter((file) => file.startsWith('sitemap-'))
      .map(readDist)
      .join('\n');
    for (const guide of published) expect(xml).toContain(`/guides/${guide.id}/</loc>`);
    expect(xml).not.toContain('/404');
  });
});

describe('the guide page', () => {
  const [first] = published;
  const sample = published.find((g) => g.data.online.url) ?? first;
  if (!sample) throw new Error('no published guide');
  const html = readDist(page(`/guides/${sample.id}/`));
  const all = elements(html);

  it('marks the content region and the facets for Pagefind', () => {
    expect(all.filter((e) => attr(e, 'data-pagefind-body') !== undefined)).toHaveLength(1);
    const filters = all.map((e) => attr(e, 'data-pagefind-filter')).filter(Boolean);
    expect(filters.some((f) => f?.startsWith('实施主体'))).toBe(true);
    expect(filters).toContain('事项类型');
    expect(filters.some((f) => f?.startsWith('网办深度:'))).toBe(true);
    expect(filters.some((f) => f?.startsWith('到现场次数:'))).toBe(true);
    const meta = all.map((e) => attr(e, 'data-pagefind-meta'));
    expect(meta).toContain('code');
    expect(meta).toContain('department');
  });

  it('carries both checklists and schema.org GovernmentService JSON-LD', () => {
    expect(all.some((e) => attr(e, 'data-checklist') === 'online')).toBe(true);
    expect(all.some((e) => attr(e, 'data-checklist') === 'counter')).toBe(true);
    const ld = all.find((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json');
    expect(ld).toBeDefined();
    const data = JSON.parse(ld ? textOf(ld) : '{}') as Record<string, unknown>;
    expect(data['@type']).toBe('GovernmentService');
    expect(data['identifier']).toBe(sample.data.code);
  });

  it('links phones with tel: and the online application with noopener noreferrer', () => {
    expect(all.some((e) => e.tagName === 'a' && attr(e, 'href')?.startsWith('tel:'))).toBe(true);
    const external = all.filter((e) => e.tagName === 'a' && /^https?:/.test(attr(e, 'href') ?? ''));
    expect(external.length).toBeGreaterThan(0);
    for (const link of external) expect(attr(link, 'rel')).toBe('noopener noreferrer');
  });
});

/** Attributes through which an element makes the browser fetch something. */
const FETCHING: Record<string, readonly string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  input: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
};
const FETCHING_LINK_RELS =
  /\b(stylesheet|icon|preload|prefetch|preconnect|dns-prefetch|modulepreload|manifest|apple-touch-icon)\b/i;
const isOffSite = (url: string) =>
  /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim()) && !url.trim().startsWith('data:');
const cssOffSite = (css: string) =>
  [...css.matchAll(/url\(\s*['"]?([^'")]+)|@import\s+(?:url\()?\s*['"]?([^'");\s]+)/gi)]
    .map((m) => m[1] ?? m[2] ?? '')
    .filter(isOffSite);

function offSiteReferences(element: Element): string[] {
  const found: string[] = [];
  for (const name of FETCHING[element.tagName] ?? []) {
    const value = attr(element, name);
    if (value && value.split(',').some((part) => isOffSite(part.trim().split(/\s+/)[0] ?? '')))
      found.push(`<${element.tagName} ${name}="${value}">`);
  }
  if (element.tagName === 'link' && FETCHING_LINK_RELS.test(attr(element, 'rel') ?? '')) {
    const href = attr(element, 'href') ?? '';
    if (isOffSite(href)) found.push(`<link rel="${attr(element, 'rel') ?? ''}" href="${href}">`);
  }
  const style = attr(element, 'style');
  if (style) found.push(...cssOffSite(style));
  if (element.tagName === 'style') found.push(...cssOffSite(textOf(element)));
  return found;
}

describe('no request leaves the site', () => {
  const pages = distFiles('.html');

  it('finds built pages to check', () => {
    expect(pages.length).toBeGreaterThan(published.length);
  });

  it('no page references a script, stylesheet, font, image or frame on another origin', () => {
    const problems = pages.flatMap((file) =>
      elements(readDist(file))
        .flatMap(offSiteReferences)
        .map((ref) => `${file}: ${ref}`),
    );
    expect(problems).toEqual([]);
  });

  it('no stylesheet imports or loads anything from another origin', () => {
    const problems = distFiles('.css').flatMap((file) =>
      cssOffSite(readDist(file)).map((ref) => `${file}: ${ref}`),
    );
    expect(problems).toEqual([]);
  });

  it('every page is zh-CN and carries a Content-Security-Policy', () => {
    for (const file of pages) {
      const all = elements(readDist(file));
      const html = all.find((e) => e.tagName === 'html');
      expect(html && attr(html, 'lang'), file).toBe('zh-CN');
      const csp = all.find(
        (e) =>
          e.tagName === 'meta' &&
          attr(e, 'http-equiv')?.toLowerCase() === 'content-security-policy',
      );
      expect(csp && attr(csp, 'content'), file).toMatch(/default-src 'self'/);
    }
  });

  it('the check itself catches off-site references', () => {
    const sample = elements(
      '<link rel="stylesheet" href="https://cdn.example/x.css"><script src="//cdn.example/x.js"></script>' +
        '<img src="http://img.example/a.png"><style>@font-face{src:url(https://fonts.example/f.woff2)}</style>' +
        '<img src="/local.png"><a href="https://example.org/">ok</a>',
    ).flatMap(offSiteReferences);
    expect(sample).toHaveLength(4);
  });
});

describe('更新记录 from git history', () => {
  const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], {
    encoding: 'utf8',
  }).trim();
  const dates = lastCommitDates('src/content/guides');

  it('shows the last commit date on every committed guide page of a full checkout', () => {
    // A shallow clone cannot date files reliably (see src/lib/git/last-commit.ts): no claim then.
    const expected = shallow === 'true' ? [] : published.filter((g) => g.file && dates.has(g.file));
    if (shallow !== 'true') expect(expected.length).toBeGreaterThan(0);
    for (const guide of expected) {
      const html = readDist(page(`/guides/${guide.id}/`));
      const date = dates
        .get(guide.file ?? '')
        ?.toISOString()
        .slice(0, 10);
      expect(html, guide.id).toContain(`最近修改：<time datetime="${date ?? ''}"`);
    }
  });
});
