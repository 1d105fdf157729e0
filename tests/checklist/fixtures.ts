// Small hand-written corpora for the checklist, topic and catalogue tests.
import { byId } from '../../src/lib/corpus/model.ts';
import type { Corpus, GuideEntry } from '../../src/lib/corpus/model.ts';
import type { Guide, GuideMaterial, Material } from '../../src/lib/schemas/index.ts';

export const material = (name: string, extra: Partial<Material> = {}): Material => ({
  name,
  aliases: [],
  category: '证件',
  source: '政府部门核发',
  issuer: '发证机关',
  ...extra,
});

export const need = (id: string, extra: Partial<GuideMaterial> = {}): GuideMaterial => ({
  material: id,
  form: '原件',
  originals: 1,
  copies: 0,
  necessity: '必要',
  ...extra,
});

export function guide(
  id: string,
  title: string,
  materials: GuideMaterial[],
  extra: Partial<Guide> = {},
): GuideEntry {
  const [department = 'civil-affairs'] = id.split('/');
  return {
    id,
    body: '',
    data: {
      code: `339901-${id}`,
      title,
      department,
      type: '行政确认',
      status: '在用',
      audience: ['自然人'],
      basis: [{ title: '示例条例' }],
      conditions: ['示例条件'],
      materials,
      process: [{ step: '受理' }],
      timeLimit: { legal: 20, promised: 5 },
      kind: '承诺件',
      fees: [],
      online: { depth: '在线预审' },
      counter: { locations: ['center'] },
      post: false,
      visits: 1,
      visitsReason: '领取证件',
      result: { name: '证明', delivery: ['窗口领取'] },
      coverage: '全市通办',
      topics: [],
      reviewed: new Date('2026-11-01'),
      changes: [],
      ...extra,
    },
  };
}

export function corpusOf(parts: {
  guides: GuideEntry[];
  materials: Record<string, Material>;
  topics?: Record<string, { title: string; summary?: string; guides: string[] }>;
}): Corpus {
  return {
    guides: parts.guides,
    departments: byId([
      {
        id: 'civil-affairs',
        data: {
          name: '云溪区民政局',
          address: '望江东路188号',
          hours: '周一至周五',
          consultPhone: '0571-86012301',
          complaintPhone: '0571-86012319',
          locations: [
            {
              id: 'center',
              name: '政务服务中心民政窗口',
              address: '二楼B区',
              window: '21号窗口',
              hours: '周一至周五 9:00—17:00',
            },
          ],
        },
      },
    ]),
    materials: byId(Object.entries(parts.materials).map(([id, data]) => ({ id, data }))),
    abolished: new Map(),
    topics: byId(
      Object.entries(parts.topics ?? {}).map(([id, t]) => ({
        id,
        data: { title: t.title, summary: t.summary ?? '简介', guides: t.guides },
      })),
    ),
  };
}
