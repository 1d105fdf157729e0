// Each hand-over rule of DESIGN.md, with the texts citizens and clerks read pinned.
import { describe, expect, it } from 'vitest';
import { counterChecklist, onlineChecklist } from '../../src/lib/checklist/index.ts';
import type { ChecklistCorpus } from '../../src/lib/checklist/index.ts';
import { byId } from '../../src/lib/corpus/model.ts';
import type { GuideEntry } from '../../src/lib/corpus/model.ts';
import type { GuideMaterial, Material } from '../../src/lib/schemas/index.ts';
import { guide as guideEntry } from './fixtures.ts';

const catalogue: ChecklistCorpus = {
  materials: byId<Material>([
    {
      id: 'resident-id-card',
      data: {
        name: '居民身份证',
        aliases: [],
        category: '证件',
        source: '政府部门核发',
        issuer: '公安机关',
      },
    },
    {
      id: 'marriage-certificate',
      data: {
        name: '结婚证',
        aliases: [],
        category: '证件',
        source: '政府部门核发',
        issuer: '婚姻登记机关',
        license: '结婚证电子证照',
      },
    },
    {
      id: 'application-form',
      data: {
        name: '申请表',
        aliases: [],
        category: '表格',
        source: '其他',
        issuer: '受理窗口提供',
        template: '/templates/application-form.pdf',
        sample: '/samples/application-form.pdf',
      },
    },
  ]),
};

const base: GuideMaterial = {
  material: 'resident-id-card',
  form: '原件',
  originals: 1,
  copies: 0,
  necessity: '必要',
};

/** A guide listing these materials; only the material list matters to the derivation. */
const guideWith = (...materials: GuideMaterial[]): GuideEntry =>
  guideEntry('civil-affairs/example', '示例事项', materials);

const only = (material: Partial<GuideMaterial>) => {
  const guide = guideWith({ ...base, ...material });
  const online = onlineChecklist(guide, catalogue).items[0];
  const counter = counterChecklist(guide, catalogue).items[0];
  if (!online || !counter) throw new Error('expected one item in each checklist');
  return { online, counter };
};

describe('electronic licence: 免提交 in both channels', () => {
  it('says 免提交（数据共享获取） online and at the counter, naming the licence', () => {
    const { online, counter } = only({
      material: 'marriage-certificate',
      form: '原件和复印件',
      originals: 1,
      copies: 2,
    });
    for (const item of [online, counter]) {
      expect(item.handover).toEqual({
        kind: 'exempt',
        text: '免提交（数据共享获取）',
        detail: '通过“结婚证电子证照”电子证照共享获取，无需提供',
      });
    }
  });

  it('wins over verifyOriginal: a shared licence is never shown in person', () => {
    const { online, counter } = only({ material: 'marriage-certificate', verifyOriginal: true });
    expect(online.handover.kind).toBe('exempt');
    expect(counter.handover.kind).toBe('exempt');
  });
});

describe('online: upload scans, with counts', () => {
  it.each([
    ['原件', 1, 0, '原件', 1, '上传原件扫描件 1 份'],
    ['原件', 2, 0, '原件', 2, '上传原件扫描件 2 份'],
    ['复印件', 0, 3, '复印件', 3, '上传复印件扫描件 3 份'],
    ['原件和复印件', 1, 2, '原件', 1, '上传原件扫描件 1 份'],
    // A zero count is a content mistake; the citizen still uploads one scan.
    ['原件', 0, 0, '原件', 1, '上传原件扫描件 1 份'],
    ['复印件', 0, 0, '复印件', 1, '上传复印件扫描件 1 份'],
  ] as const)(
    '%s, %i original(s), %i copies → scan of the %s ×%i: “%s”',
    (form, originals, copies, of, count, text) => {
      const { online } = only({ form, originals, copies });
      expect(online.handover).toEqual({
        kind: 'upload',
        of,
        count,
        showOriginalInPerson: false,
        text,
        detail: undefined,
      });
    },
  );

  it('verifyOriginal: the original must be shown in person', () => {
    const { online } = only({ form: '复印件', originals: 0, copies: 1, verifyOriginal: true });
    expect(online.handover).toMatchObject({
      kind: 'upload',
      showOriginalInPerson: true,
      text: '上传复印件扫描件 1 份',
      detail: '原件须到办事现场出示核验',
    });
  });
});

describe('counter: originals and copies to bring', () => {
  it.each([
    ['原件', 1, 0, '携带原件 1 份'],
    ['复印件', 0, 2, '携带复印件 2 份'],
    ['原件和复印件', 1, 1, '携带原件 1 份、复印件 1 份'],
    ['原件和复印件', 2, 3, '携带原件 2 份、复印件 3 份'],
    ['原件', 0, 0, '携带原件 1 份'],
    ['复印件', 0, 0, '携带复印件 1 份'],
    ['原件和复印件', 0, 0, '携带原件 1 份、复印件 1 份'],
  ] as const)('%s, %i original(s), %i copies → “%s”', (form, originals, copies, text) => {
    const { counter } = only({ form, originals, copies });
    expect(counter.handover).toMatchObject({
      kind: 'bring',
      text,
      verifyOriginal: false,
      detail: undefined,
    });
  });

  it('verifyOriginal: the clerk checks the original', () => {
    const { counter } = only({ form: '复印件', originals: 0, copies: 1, verifyOriginal: true });
    expect(counter.handover).toEqual({
      kind: 'bring',
      originals: 0,
      copies: 1,
      verifyOriginal: true,
      text: '携带复印件 1 份',
      detail: '原件须现场核验',
    });
  });
});

describe('shown in both channels, from the one material', () => {
  it('容缺后补 and 适用情形 and the note are carried by the shared material', () => {
    const { online, counter } = only({
      necessity: '容缺后补',
      when: '委托他人办理的',
      note: '须本人签字',
    });
    expect(online.material).toEqual(counter.material);
    expect(online.material).toMatchObject({
      necessity: '容缺后补',
      deferrable: true,
      when: '委托他人办理的',
      note: '须本人签字',
    });
  });

  it('necessities other than 容缺后补 are not deferrable', () => {
    expect(only({ necessity: '必要' }).online.material.deferrable).toBe(false);
    expect(only({ necessity: '非必要' }).counter.material.deferrable).toBe(false);
  });

  it('template and sample links come from the catalogue', () => {
    const { online, counter } = only({ material: 'application-form' });
    for (const item of [online, counter]) {
      expect(item.material).toMatchObject({
        name: '申请表',
        template: '/templates/application-form.pdf',
        sample: '/samples/application-form.pdf',
      });
    }
  });

  it('keeps position, repeats and order exactly as listed', () => {
    const guide = guideWith(
      { ...base, material: 'application-form' },
      { ...base, when: '本人办理的' },
      { ...base, material: 'marriage-certificate' },
      { ...base, when: '代办的', form: '复印件', originals: 0, copies: 1 },
    );
    const online = onlineChecklist(guide, catalogue).items;
    const counter = counterChecklist(guide, catalogue).items;
    const rows = (items: typeof online | typeof counter) =>
      items.map((i) => [i.material.position, i.material.id, i.handover.text]);
    expect(rows(online)).toEqual([
      [1, 'application-form', '上传原件扫描件 1 份'],
      [2, 'resident-id-card', '上传原件扫描件 1 份'],
      [3, 'marriage-certificate', '免提交（数据共享获取）'],
      [4, 'resident-id-card', '上传复印件扫描件 1 份'],
    ]);
    expect(rows(counter)).toEqual([
      [1, 'application-form', '携带原件 1 份'],
      [2, 'resident-id-card', '携带原件 1 份'],
      [3, 'marriage-certificate', '免提交（数据共享获取）'],
      [4, 'resident-id-card', '携带复印件 1 份'],
    ]);
  });

  it('an id missing from the catalogue keeps its place, named by its id', () => {
    const { online, counter } = only({ material: 'not-in-catalogue' });
    expect(online.material.name).toBe('not-in-catalogue');
    expect(counter.material.id).toBe('not-in-catalogue');
  });
});
