// Preparing guide pages for Pagefind: the searchable region, the title, the pinyin words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  firstHeading,
  pagefindBodyRegion,
  withPinyinTerms,
} from '../../src/lib/search/pagefind-html.ts';

const fixture = (site: string) =>
  readFileSync(
    join(
      import.meta.dirname,
      'fixtures',
      site,
      'guides/civil-affairs/marriage-registration/index.html',
    ),
    'utf8',
  );
const terms = (title: string) => [`terms-of-${title.length}`, 'jiehun'];

describe('pagefindBodyRegion', () => {
  it('finds the element with data-pagefind-body and its matching closing tag', () => {
    const html = fixture('site-ok');
    const region = pagefindBodyRegion(html);
    expect(region?.tag).toBe('article');
    const content = html.slice(region?.contentStart, region?.contentEnd);
    expect(content).toContain('嵌套的 article');
    expect(content).toContain('携带居民身份证');
    expect(content).not.toContain('页脚');
  });

  it('is undefined when no element is marked', () => {
    expect(pagefindBodyRegion(fixture('site-no-body'))).toBeUndefined();
  });
});

describe('withPinyinTerms', () => {
  it('appends the words at the end of the region, after its content', () => {
    const out = withPinyinTerms(fixture('site-ok'), 'x.html', terms);
    const region = pagefindBodyRegion(out);
    const content = out.slice(region?.contentStart, region?.contentEnd);
    expect(content.trimEnd().endsWith('<p>terms-of-8 jiehun</p>')).toBe(true);
    expect(out.indexOf('terms-of-8')).toBeGreaterThan(out.indexOf('携带居民身份证'));
  });

  it('names the file and the fix when a page has no searchable region', () => {
    expect(() =>
      withPinyinTerms(fixture('site-no-body'), 'dist/guides/x/index.html', terms),
    ).toThrowErrorMatchingInlineSnapshot(
      `[GuidePageMarkupError: dist/guides/x/index.html: no element with data-pagefind-body. Guide pages must mark their content region with data-pagefind-body so that search indexes it (and not the header and footer).]`,
    );
  });

  it('names the file when the region has no <h1>', () => {
    const html =
      '<html lang="zh-CN"><body><div data-pagefind-body><p>无标题</p></div></body></html>';
    expect(() => withPinyinTerms(html, 'a.html', terms)).toThrow(
      /^a\.html: no <h1> inside the data-pagefind-body region/,
    );
  });
});

describe('the copy Pagefind indexes', () => {
  const page = [
    '<!DOCTYPE html><html lang="zh-CN"><head><title>页面</title></head><body>',
    '<header>页眉</header><article data-pagefind-body><h1>结婚登记</h1>',
    '<ol><li><label>居民身份证</label><dl class="checklist__facts"><dt>提交方式</dt><dd>携带原件</dd></dl>',
    '<p class="checklist__when">适用情形：再婚的</p></li></ol>',
    '<section class="guide-section" id="process"><h2>办理流程</h2><p>受理</p></section>',
    '</article><footer>页脚</footer></body></html>',
  ].join('');
  const copy = withPinyinTerms(page, 'a.html', () => ['jiehun']);

  it('is the searchable region alone, in a bare document of the page’s language', () => {
    expect(copy).toMatch(
      /^<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><\/head><body><article data-pagefind-body>/,
    );
    expect(copy).not.toContain('页眉');
    expect(copy).not.toContain('页脚');
    expect(copy).not.toContain('办理流程');
    expect(copy).toMatch(/<p>jiehun<\/p><\/article><\/body><\/html>$/);
  });

  it('keeps material names and situations, drops each material’s hand-over facts', () => {
    expect(copy).toContain('居民身份证');
    expect(copy).toContain('适用情形：再婚的');
    expect(copy).not.toContain('提交方式');
    expect(copy).not.toContain('携带原件');
  });
});

describe('firstHeading', () => {
  it('strips tags and decodes entities', () => {
    expect(firstHeading('<h1 class="t">A&amp;B <span>登记</span>&#x4E00;</h1>')).toBe('A&B 登记一');
    expect(decodeEntities('&lt;&gt;&quot;&#39;&unknown;')).toBe('<>"\'&unknown;');
  });
});
