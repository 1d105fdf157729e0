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
  const material = (channel: string, n: number, name: string) =>
    [
      `<li class="checklist__item"><div class="checklist__head"><input class="checklist__tick" type="checkbox" id="tick-${channel}-${n}">`,
      `<label class="checklist__name" for="tick-${channel}-${n}"><span class="checklist__vh">${channel}，已准备：</span>${name}</label></div>`,
      '<dl class="checklist__facts"><dt>提交方式</dt><dd>携带原件</dd></dl>',
      '<p class="checklist__when">适用情形：再婚的</p><p class="checklist__deferrable">容缺后补：暂缺时可先受理</p>',
      '<p class="checklist__note">填报须知：复印件用 A4 纸</p></li>',
    ].join('');
  const page = [
    '<!DOCTYPE html><html lang="zh-CN"><head><title>页面</title></head><body>',
    '<header>页眉</header><article data-pagefind-body><h1>结婚登记</h1>',
    '<section id="conditions"><h2>受理条件</h2><ul><li>内地居民自愿结婚</li></ul></section>',
    '<div id="materials"><section class="checklists"><h2>申请材料清单</h2><p>网上办理和窗口办理使用同一份材料清单</p>',
    '<div class="checklists__columns"><section class="checklists__channel"><h3>网上办理材料清单</h3><ol>',
    material('网上办理', 1, '居民身份证'),
    material('网上办理', 2, '近期二寸&amp;免冠照片'),
    '</ol><button class="checklists__clear">清除勾选</button></section>',
    '<section class="checklists__channel" data-pagefind-ignore="all"><h3>窗口办理材料清单</h3><ol>',
    material('窗口办理', 1, '居民身份证'),
    '</ol></section></div></section><p class="notice">如被要求提供已取消的证明材料，您可以拒绝。</p></div>',
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

  it('turns the checklists into a plain list of the online list’s material names', () => {
    // On the page each name is a checkbox label, which Pagefind does not index.
    expect(copy).toContain(
      '<div id="materials"><ul><li>居民身份证</li><li>近期二寸&amp;免冠照片</li></ul><p class="notice">',
    );
    expect(copy).toContain('内地居民自愿结婚');
  });

  it('finds the checklists whatever scoped classes Astro adds beside theirs', () => {
    const scoped = page.replace(/class="(checklists?[\w-]*)"/g, 'class="$1 astro-ep36lky4"');
    expect(scoped).not.toBe(page);
    expect(withPinyinTerms(scoped, 'a.html', () => ['jiehun'])).toBe(copy);
  });

  it('leaves out what every guide repeats: explanations, hand-over facts, notes, buttons', () => {
    for (const text of [
      '申请材料清单',
      '同一份材料清单',
      '已准备',
      '提交方式',
      '携带原件',
      '适用情形',
      '容缺后补',
      '填报须知',
      '清除勾选',
      '窗口办理材料清单',
    ])
      expect(copy, text).not.toContain(text);
  });
});

describe('firstHeading', () => {
  it('strips tags and decodes entities', () => {
    expect(firstHeading('<h1 class="t">A&amp;B <span>登记</span>&#x4E00;</h1>')).toBe('A&B 登记一');
    expect(decodeEntities('&lt;&gt;&quot;&#39;&unknown;')).toBe('<>"\'&unknown;');
  });
});
