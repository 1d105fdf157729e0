// The copy Pagefind indexes, made from a real built guide page (with Astro's scoped classes):
// the checklists become the material names alone (src/lib/search/pagefind-html.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withPinyinTerms } from '../../src/lib/search/pagefind-html.ts';
import { DIST } from '../helpers/serve.ts';

const page = join(DIST, 'guides', 'civil-affairs', 'marriage-registration', 'index.html');
const copy = withPinyinTerms(readFileSync(page, 'utf8'), page, () => []);

describe('the indexed copy of a built guide page', () => {
  it('lists the online checklist’s material names, once each', () => {
    expect(copy).toContain(
      '<ul><li>居民身份证</li><li>申请结婚登记声明书</li><li>近期二寸半身免冠双人合影照片</li></ul>',
    );
    expect(copy.split('居民身份证').length - 1).toBe(1);
  });

  it('keeps the title and conditions, and none of the checklists’ repeated wording', () => {
    expect(copy).toContain('<h1 data-pagefind-meta="title">内地居民结婚登记</h1>');
    expect(copy).toContain('男方年满22周岁');
    for (const text of ['申请材料清单', '已准备', '提交方式', '填报须知', '清除勾选', '登记发证'])
      expect(copy, text).not.toContain(text);
  });
});
