import { describe, expect, it } from 'vitest';
import { isLatinQuery, normalizeQuery } from '../../src/lib/search/normalize.ts';
import { pinyinOf, pinyinTerms } from '../../src/lib/search/pinyin.ts';

describe('pinyinOf', () => {
  it.each([
    ['内地居民结婚登记', 'neidijuminjiehundengji', 'ndjmjhdj'],
    ['个体工商户设立登记', 'getigongshanghushelidengji', 'gtgshsldj'],
    // ü is written v, as pinyin input methods type it.
    ['旅游', 'lvyou', 'ly'],
    // Latin letters and digits are kept, punctuation dropped.
    ['不动产变更登记（婚后加名）', 'budongchanbiangengdengjihunhoujiaming', 'bdcbgdjhhjm'],
    ['A证 2号', 'azheng2hao', 'az2h'],
  ])('%s → %s / %s', (text, full, initials) => {
    expect(pinyinOf(text)).toEqual({ full, initials });
  });
});

describe('pinyinTerms (Pagefind matches query words as prefixes of these)', () => {
  it('starts a full-pinyin and an initials word at every word boundary', () => {
    expect(pinyinTerms('内地居民结婚登记')).toEqual([
      'neidijuminjiehundengji',
      'ndjmjhdj',
      'juminjiehundengji',
      'jmjhdj',
      'jiehundengji',
      'jhdj',
      'dengji',
      'dj',
    ]);
  });

  it('has no one-letter words', () => {
    expect(pinyinTerms('居民身份证换领').every((term) => term.length >= 2)).toBe(true);
  });
});

describe('normalizeQuery', () => {
  it.each([
    ['  结婚  登记 ', '结婚 登记'],
    ['jie hun', 'jiehun'],
    ["jie'hun", 'jiehun'],
    ['ＪＩＥＨＵＮ', 'jiehun'],
    ['ＳＦＺ', 'sfz'],
  ])('%j → %j', (query, normalized) => {
    expect(normalizeQuery(query)).toBe(normalized);
  });

  it('tells pinyin queries from Chinese ones', () => {
    expect(isLatinQuery('jie hun')).toBe(true);
    expect(isLatinQuery('结婚')).toBe(false);
    expect(isLatinQuery('339901')).toBe(false);
  });
});
