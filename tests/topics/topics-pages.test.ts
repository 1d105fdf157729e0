// The life-event pages obey the bounds of src/lib/topics/list.ts past them: a throwaway copy of the
// project with the sample corpus and 201 more life events (206 in all, naming 1,043 guides) is
// built. /topics/ is cut into pages joined by plain links, links to each life event's page instead
// of naming its guides, and the home page shows the twelve biggest life events and a link to all.
// The sample itself, under every bound, is checked by topics-list.site.test.ts.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectWithContent } from '../../scripts/bench/project.ts';
import { astroBuild } from '../helpers/project-build.ts';
import {
  HOME_TOPICS_SHOWN,
  TOPICS_INLINE_GUIDES,
  TOPICS_PAGE_SIZE,
} from '../../src/lib/topics/index.ts';
import {
  BIG_EVENTS,
  EXTRA_EVENTS,
  eventId,
  provinceLifeEvents,
} from './fixtures/province-life-events.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'topics-pages-'));
const dist = join(work, 'project', 'dist');
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const files = provinceLifeEvents();
const topicFiles = [...files].filter(([path]) => path.startsWith('topics/'));
const TOTAL = topicFiles.length;

/** The life events listed on a page of /topics/, in order. */
const listed = (html: string) =>
  [...html.matchAll(/<li class="topics__item[^"]*" data-topic="([^"]+)"/g)].map((m) => m[1]);

beforeAll(() => {
  const project = projectWithContent(ROOT, join(work, 'project'), files);
  astroBuild(project, `with ${String(TOTAL)} life events`);
}, 300_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the fixture', () => {
  it('is past every bound: life events a page, guides named in all, life events on the home page', () => {
    const named = topicFiles.reduce(
      (sum, [, text]) => sum + (parse(text) as { guides: string[] }).guides.length,
      0,
    );
    expect([TOTAL, named]).toEqual([EXTRA_EVENTS + 5, 1043]);
    expect(TOTAL).toBeGreaterThan(TOPICS_PAGE_SIZE);
    expect(TOTAL).toBeLessThanOrEqual(2 * TOPICS_PAGE_SIZE);
    expect(named).toBeGreaterThan(TOPICS_INLINE_GUIDES);
    expect(TOTAL).toBeGreaterThan(HOME_TOPICS_SHOWN);
  });
});

describe('/topics/ past its bounds', () => {
  it('lists 200 life events a page, in id order, on /topics/ and /topics/page/2/ only', () => {
    const first = listed(read('topics/index.html'));
    const second = listed(read('topics/page/2/index.html'));
    expect(first).toHaveLength(200);
    expect(first.slice(0, 3)).toEqual(['business-startup', eventId(1), eventId(2)]);
    expect(first.at(-1)).toBe(eventId(199));
    expect(second).toEqual([
      eventId(200),
      eventId(201),
      'home-transfer',
      'marriage',
      'newborn',
      'retirement',
    ]);
    expect(existsSync(join(dist, 'topics', 'page', '3'))).toBe(false);
    expect(existsSync(join(dist, 'topics', 'page', '1'))).toBe(false);
  });

  it('shows each life event’s guide count as a link to its own page, not its guides’ titles', () => {
    const html = read('topics/index.html');
    const countLink = (id: string, n: number) =>
      new RegExp(`<a href="/topics/${id}/"[^>]*>查看这件事包括的 ${String(n)} 个事项</a>`);
    expect(html).toMatch(countLink(eventId(1), 5));
    expect(html).toMatch(countLink(BIG_EVENTS[0] ?? '', 12));
    expect(html).toMatch(countLink('business-startup', 5));
    expect(html.match(/查看这件事包括的/g)).toHaveLength(200);
    expect(html).not.toContain('有限责任公司设立登记');
    expect(html).not.toMatch(/\d+ 个事项：/);
    // The life event's own page still lists every guide of it.
    expect(read('topics/business-startup/index.html')).toContain('有限责任公司设立登记');
  });

  it('joins the pages with plain links, the current page marked', () => {
    const first = read('topics/index.html');
    const second = read('topics/page/2/index.html');
    expect(first).toContain('<nav class="pagination');
    expect(first).toMatch(/<a href="\/topics\/"[^>]*aria-current="page"[^>]*aria-label="第 1 页"/);
    expect(first).toMatch(/<a href="\/topics\/page\/2\/" rel="next"/);
    expect(second).toMatch(/<a href="\/topics\/" rel="prev"/);
    expect(second).toMatch(/<a href="\/topics\/page\/2\/"[^>]*aria-current="page"/);
    expect(first).toMatch(new RegExp(`<p[^>]*>共 ${String(TOTAL)} 件事。</p>`));
  });

  it('titles the later pages with their number', () => {
    expect(read('topics/index.html')).toMatch(/<title>一件事一次办 - /);
    const second = read('topics/page/2/index.html');
    expect(second).toMatch(/<title>一件事一次办（第 2 页） - /);
    expect(second).toMatch(/<h1[^>]*>一件事一次办（第 2 页）<\/h1>/);
  });

  it('puts every page of the list in the sitemap', () => {
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toMatch(/<loc>[^<]+\/topics\/<\/loc>/);
    expect(sitemap).toMatch(/<loc>[^<]+\/topics\/page\/2\/<\/loc>/);
  });

  it('keeps every page well within the 300 KB budget', () => {
    for (const file of ['topics/index.html', 'topics/page/2/index.html', 'index.html'])
      expect(statSync(join(dist, file)).size, file).toBeLessThan(200 * 1024);
  });
});

describe('the home page past its bound', () => {
  const home = () => {
    const html = read('index.html');
    const section =
      /<section aria-labelledby="topics-heading"[^>]*>(.*?)<\/section>/s.exec(html)?.[1] ?? '';
    return {
      section,
      cards: [...section.matchAll(/<h3[^>]*><a href="\/topics\/([^/]+)\/"/g)].map((m) => m[1]),
    };
  };

  it('shows the twelve life events with the most guides, most first, ties in corpus order', () => {
    expect(home().cards).toEqual([
      ...BIG_EVENTS,
      'business-startup',
      ...[1, 2, 3, 4, 5, 6, 7, 8].map(eventId),
    ]);
  });

  it('links to the whole list', () => {
    expect(home().section).toMatch(
      new RegExp(`<a href="/topics/"[^>]*>查看全部 ${String(TOTAL)} 件事</a>`),
    );
  });
});
