// The material catalogue read backwards: which published guides and life events need each material.
import { describe, expect, it } from 'vitest';
import { catalogueByCategory, catalogueIndex } from '../../src/lib/catalogue/index.ts';
import { corpusOf, guide, material, need } from './fixtures.ts';

const corpus = corpusOf({
  materials: {
    'resident-id-card': material('居民身份证'),
    'household-register': material('居民户口簿', { license: '居民户口簿电子证照' }),
    'application-form': material('申请表', { category: '表格' }),
    'unused-proof': material('未使用的证明', { category: '证明' }),
  },
  guides: [
    guide('public-security/migration', '户口迁移', [
      need('resident-id-card'),
      need('household-register'),
      need('resident-id-card', { when: '代办' }),
    ]),
    guide('civil-affairs/marriage', '结婚登记', [need('resident-id-card')]),
    guide('health/birth', '生育登记', [need('application-form')], { status: '挂起' }),
  ],
  topics: {
    marriage: {
      title: '结婚一件事',
      guides: ['civil-affairs/marriage', 'public-security/migration'],
    },
    move: { title: '搬家一件事', guides: ['public-security/migration'] },
  },
});

describe('catalogueIndex', () => {
  const index = catalogueIndex(corpus);
  const entry = (id: string) => index.find((e) => e.id === id);

  it('lists every catalogue material, sorted by name in pinyin order', () => {
    expect(index.map((e) => e.material.name)).toEqual([
      '居民户口簿',
      '居民身份证',
      '申请表',
      '未使用的证明',
    ]);
  });

  it('names each published guide once per material, sorted by title', () => {
    expect(entry('resident-id-card')?.guides).toEqual([
      { id: 'public-security/migration', title: '户口迁移', department: 'public-security' },
      { id: 'civil-affairs/marriage', title: '结婚登记', department: 'civil-affairs' },
    ]);
  });

  it('leaves out guides that are not published', () => {
    expect(entry('application-form')?.guides).toEqual([]);
    expect(entry('application-form')?.topics).toEqual([]);
  });

  it('names the life events of those guides', () => {
    expect(entry('household-register')?.topics).toEqual([
      { id: 'move', title: '搬家一件事' },
      { id: 'marriage', title: '结婚一件事' },
    ]);
  });

  it('marks materials with an electronic licence as exempt (免提交)', () => {
    expect(entry('household-register')?.exempt).toBe(true);
    expect(entry('resident-id-card')?.exempt).toBe(false);
  });
});

describe('catalogueByCategory', () => {
  it('groups in the order of the category enumeration and leaves out empty groups', () => {
    expect(
      catalogueByCategory(corpus).map((g) => [g.category, g.entries.map((e) => e.id)]),
    ).toEqual([
      ['证件', ['household-register', 'resident-id-card']],
      ['证明', ['unused-proof']],
      ['表格', ['application-form']],
    ]);
  });
});
