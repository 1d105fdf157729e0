// Search by material: which catalogue entries a query names.
import { describe, expect, it } from 'vitest';
import { matchMaterials } from '../../src/lib/search/query.ts';
import type { SearchMaterial } from '../../src/lib/search/search-index.ts';

const material = (
  index: number,
  name: string,
  aliases: string[],
  pinyin: string[],
  guides = ['a/b'],
) =>
  ({
    index,
    id: `m${index}`,
    name,
    aliases,
    pinyin,
    guides,
    count: guides.length,
  }) satisfies SearchMaterial;

const catalogue = [
  material(0, '居民户口簿', ['户口簿', '户口本'], ['juminhukoubu', 'hukoubu', 'hukouben']),
  material(
    1,
    '申请结婚登记声明书',
    ['结婚登记声明书'],
    ['shenqingjiehundengjishengmingshu', 'jiehundengjishengmingshu'],
  ),
  material(2, '结婚证', ['结婚证书'], ['jiehunzheng', 'jiehunzhengshu']),
  material(3, '营业执照', [], ['yingyezhizhao'], []),
  material(4, '居民身份证', ['身份证'], ['juminshenfenzheng', 'shenfenzheng']),
  material(
    5,
    '代理人身份证件',
    ['受托人身份证'],
    ['dailirenshenfenzhengjian', 'shoutuorenshenfenzheng'],
  ),
];

const names = (query: string) =>
  matchMaterials(catalogue, query).map((m) => `${m.material.name}/${m.matched}`);

describe('matchMaterials', () => {
  it('matches a name or alias exactly', () => {
    expect(names('户口本')).toEqual(['居民户口簿/户口本']);
  });

  it('matches part of a name when the query is at least half of it', () => {
    expect(names('户口')).toEqual(['居民户口簿/户口簿']);
    expect(names('结婚')).toEqual(['结婚证/结婚证']);
  });

  it('keeps only exact matches when the query names a material exactly', () => {
    expect(names('身份证')).toEqual(['居民身份证/身份证']);
    expect(names('身份证件')).toEqual(['代理人身份证件/代理人身份证件', '居民身份证/身份证']);
  });

  it('matches a name contained in a longer query', () => {
    expect(names('户口本复印件')).toEqual(['居民户口簿/户口本']);
  });

  it('matches the full pinyin of a name or alias', () => {
    expect(names('hukouben')).toEqual(['居民户口簿/户口本']);
    expect(names('hukou')).toEqual([]);
  });

  it('leaves out materials no published guide requires', () => {
    expect(names('营业执照')).toEqual([]);
  });

  it('ignores empty queries and single characters inside names', () => {
    expect(names('  ')).toEqual([]);
    expect(names('户')).toEqual([]);
  });
});
