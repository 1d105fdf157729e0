import { describe, expect, it } from 'vitest';
import { withoutPinyinTail } from '../../src/lib/search/excerpt.ts';

describe('withoutPinyinTail', () => {
  it('cuts an excerpt where the indexed pinyin words begin', () => {
    expect(
      withoutPinyinTail('一并申领. <mark>社</mark>保卡申领 shehuibaozhangkashenling shbzksl bzksl'),
    ).toBe('一并申领. <mark>社</mark>保卡申领…');
  });

  it('keeps excerpts with Latin text that is not a run of pinyin words', () => {
    const excerpt = '登录 https://zwfw.yunxi.example/apply 填写 A 证 <mark>结婚</mark>';
    expect(withoutPinyinTail(excerpt)).toBe(excerpt);
  });
});
