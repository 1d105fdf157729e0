// 一件事一次办: the merged checklist of a life event.
import { describe, expect, it } from 'vitest';
import { mergedChecklist, topicBundle, topicBundles } from '../../src/lib/topics/index.ts';
import { corpusOf, guide, material, need } from './fixtures.ts';

const materials = {
  'resident-id-card': material('居民身份证'),
  'household-register': material('居民户口簿', { license: '居民户口簿电子证照' }),
  photo: material('照片', { category: '其他', source: '申请人自备' }),
  'application-form': material('申请表', { category: '表格', template: '/templates/a.pdf' }),
};

const marriage = guide('civil-affairs/marriage', '结婚登记', [
  need('resident-id-card', { originals: 1, copies: 1, form: '原件和复印件' }),
  need('photo', { originals: 3, copies: 0, necessity: '非必要', when: '需要当场拍照的除外' }),
]);
const migration = guide('public-security/migration', '户口迁移', [
  need('application-form'),
  need('resident-id-card', { originals: 2, copies: 0, verifyOriginal: true }),
  need('household-register'),
  need('photo', { originals: 2, copies: 0, necessity: '容缺后补' }),
]);
const draft = guide('health/birth', '生育登记', [need('application-form', { originals: 5 })], {
  status: '草稿',
});

const corpus = corpusOf({
  guides: [marriage, migration, draft],
  materials,
  topics: {
    marriage: {
      title: '结婚一件事',
      guides: [
        'civil-affairs/marriage',
        'public-security/migration',
        'health/birth',
        'taxation/missing',
      ],
    },
    alone: { title: '单独一件事', guides: ['public-security/migration'] },
  },
});

describe('mergedChecklist', () => {
  const merged = mergedChecklist([marriage, migration], corpus);

  it('lists each catalogue id once, at its first appearance in the topic order', () => {
    expect(merged.map((m) => m.id)).toEqual([
      'resident-id-card',
      'photo',
      'application-form',
      'household-register',
    ]);
  });

  it('asks for the highest count any guide needs, originals and copies separately', () => {
    const id = merged.find((m) => m.id === 'resident-id-card');
    expect(id).toMatchObject({ originals: 2, copies: 1, verifyOriginal: true });
    expect(id?.handover.counter.text).toBe('携带原件 2 份、复印件 1 份');
    expect(id?.handover.counter.detail).toBe('原件须现场核验');
    expect(id?.handover.online.text).toBe('上传原件扫描件 2 份');
    expect(merged.find((m) => m.id === 'photo')).toMatchObject({ originals: 3, copies: 0 });
  });

  it('annotates each material with every guide that needs it, in order', () => {
    expect(merged.find((m) => m.id === 'photo')?.neededBy).toEqual([
      {
        guideId: 'civil-affairs/marriage',
        guideTitle: '结婚登记',
        position: 2,
        originals: 3,
        copies: 0,
        necessity: '非必要',
        when: '需要当场拍照的除外',
        verifyOriginal: false,
      },
      {
        guideId: 'public-security/migration',
        guideTitle: '户口迁移',
        position: 4,
        originals: 2,
        copies: 0,
        necessity: '容缺后补',
        when: undefined,
        verifyOriginal: false,
      },
    ]);
  });

  it('takes the strongest necessity: 必要, then 容缺后补, then 非必要', () => {
    expect(merged.find((m) => m.id === 'photo')?.necessity).toBe('容缺后补');
    expect(merged.find((m) => m.id === 'resident-id-card')?.necessity).toBe('必要');
  });

  it('keeps 免提交 for a material with an electronic licence', () => {
    const register = merged.find((m) => m.id === 'household-register');
    expect(register?.handover.online.text).toBe('免提交（数据共享获取）');
    expect(register?.handover.counter.text).toBe('免提交（数据共享获取）');
  });

  it('carries catalogue links', () => {
    expect(merged.find((m) => m.id === 'application-form')?.template).toBe('/templates/a.pdf');
  });

  it('is empty for no guides', () => {
    expect(mergedChecklist([], corpus)).toEqual([]);
  });
});

describe('topicBundle', () => {
  it('keeps the topic order, marks unpublished or unknown guides, and merges only published ones', () => {
    const bundle = topicBundle('marriage', corpus);
    expect(bundle?.guides.map((g) => [g.id, g.guide?.data.title])).toEqual([
      ['civil-affairs/marriage', '结婚登记'],
      ['public-security/migration', '户口迁移'],
      ['health/birth', undefined],
      ['taxation/missing', undefined],
    ]);
    // The draft's 5 application forms must not raise the count.
    expect(bundle?.materials.find((m) => m.id === 'application-form')?.originals).toBe(1);
  });

  it('is undefined for an unknown topic', () => {
    expect(topicBundle('nope', corpus)).toBeUndefined();
  });

  it('lists every topic by id', () => {
    expect(topicBundles(corpus).map((b) => b.id)).toEqual(['alone', 'marriage']);
  });
});
