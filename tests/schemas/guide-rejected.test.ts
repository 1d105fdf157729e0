// One failing case per constraint of the guide schema, with the message editors will see.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../src/lib/schemas/index.ts';
import { parseYaml } from './corpus-files.ts';

const source = readFileSync(join(import.meta.dirname, 'fixtures/valid/guide.md'), 'utf8');
const valid = parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as Record<string, unknown>;

type Mutation = (guide: Record<string, unknown>) => void;
const material = (guide: Record<string, unknown>) =>
  (guide['materials'] as Record<string, unknown>[])[0] as Record<string, unknown>;

const cases: [string, Mutation, string, string][] = [
  ['missing code', (g) => delete g['code'], 'code', '缺少必填字段，应填写文字'],
  ['empty title', (g) => (g['title'] = '  '), 'title', '不能为空'],
  [
    'unknown 事项类型',
    (g) => (g['type'] = '行政审批'),
    'type',
    '“行政审批”不是允许的值。可选值：行政许可、',
  ],
  ['unknown status', (g) => (g['status'] = '已发布'), 'status', '在用'],
  ['empty audience', (g) => (g['audience'] = []), 'audience', '至少填写一个服务对象'],
  ['no basis', (g) => (g['basis'] = []), 'basis', '至少填写一条设定依据'],
  ['no condition', (g) => (g['conditions'] = []), 'conditions', '至少填写一条受理条件'],
  [
    'material id with capitals',
    (g) => (material(g)['material'] = 'ResidentCard'),
    'materials.0.material',
    '小写英文字母',
  ],
  ['unknown form', (g) => (material(g)['form'] = '扫描件'), 'materials.0.form', '原件和复印件'],
  ['negative copies', (g) => (material(g)['copies'] = -1), 'materials.0.copies', '不能小于 0'],
  [
    'fractional originals',
    (g) => (material(g)['originals'] = 1.5),
    'materials.0.originals',
    '应为整数',
  ],
  [
    'unknown necessity',
    (g) => (material(g)['necessity'] = '可选'),
    'materials.0.necessity',
    '容缺后补',
  ],
  ['unknown key in a material', (g) => (material(g)['copys'] = 1), 'materials.0', 'copys'],
  ['no process step', (g) => (g['process'] = []), 'process', '至少填写一个办理环节'],
  [
    'time limit as text',
    (g) => (g['timeLimit'] = { legal: '60天', promised: 15 }),
    'timeLimit.legal',
    '应为数字',
  ],
  ['unknown 办件类型', (g) => (g['kind'] = '快办件'), 'kind', '即办件'],
  [
    'fee amount as text',
    (g) => (g['fees'] = [{ item: '工本费', amount: '二十元', basis: '某文件' }]),
    'fees.0.amount',
    '应为数字',
  ],
  [
    'fee without basis',
    (g) => (g['fees'] = [{ item: '工本费', amount: 20, basis: '' }]),
    'fees.0.basis',
    '不能为空',
  ],
  [
    'unknown online depth',
    (g) => (g['online'] = { depth: '全程网上办' }),
    'online.depth',
    '全程网办',
  ],
  [
    'online url without https',
    (g) => (g['online'] = { depth: '在线预审', url: 'zwfw.example/apply' }),
    'online.url',
    'https://',
  ],
  [
    'no counter location',
    (g) => (g['counter'] = { locations: [] }),
    'counter.locations',
    '至少填写一个办理地点',
  ],
  ['post as text', (g) => (g['post'] = '支持'), 'post', 'true 或 false'],
  ['negative visits', (g) => (g['visits'] = -1), 'visits', '不能小于 0'],
  [
    'result without delivery',
    (g) => (g['result'] = { name: '居民身份证', delivery: [] }),
    'result.delivery',
    '至少填写一种送达方式',
  ],
  ['unknown coverage', (g) => (g['coverage'] = '全省通办'), 'coverage', '全市通办'],
  ['reviewed as quoted text', (g) => (g['reviewed'] = '2026年10月'), 'reviewed', 'YYYY-MM-DD'],
  [
    'change without note',
    (g) => (g['changes'] = [{ date: new Date('2026-01-01') }]),
    'changes.0.note',
    '缺少必填字段，应填写文字',
  ],
  ['unknown top-level key', (g) => (g['fee'] = []), '', '不认识的字段 fee：请检查拼写'],
];

describe('the guide schema', () => {
  it('accepts the example guide', () => {
    expect(guideSchema.safeParse(valid).error?.issues ?? []).toEqual([]);
  });

  it.each(cases)('rejects %s', (_name, mutate, path, message) => {
    const guide = structuredClone(valid);
    mutate(guide);
    const issues = guideSchema.safeParse(guide).error?.issues ?? [];
    const issue = issues.find((candidate) => candidate.path.join('.') === path);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue?.message).toContain(message);
  });
});
