// Failing cases for the YAML collections, one per constraint, with the editors' message.
import { describe, expect, it } from 'vitest';
import {
  abolishedSchema,
  departmentSchema,
  materialSchema,
  topicSchema,
} from '../../src/lib/schemas/index.ts';
import { collectionFiles } from './corpus-files.ts';

const first = (collection: string) =>
  structuredClone(collectionFiles(collection)[0]?.[1]) as Record<string, unknown>;

type Schema = {
  safeParse: (data: unknown) => { error?: { issues: { path: PropertyKey[]; message: string }[] } };
};
const cases: [string, Schema, string, (d: Record<string, unknown>) => void, string, string][] = [
  [
    'department without phone',
    departmentSchema,
    'departments',
    (d) => delete d['consultPhone'],
    'consultPhone',
    '缺少必填字段，应填写电话号码',
  ],
  [
    'department with a malformed phone',
    departmentSchema,
    'departments',
    (d) => (d['complaintPhone'] = '8601234'),
    'complaintPhone',
    '区号-号码',
  ],
  [
    'department without locations',
    departmentSchema,
    'departments',
    (d) => (d['locations'] = []),
    'locations',
    '至少填写一个办理地点',
  ],
  [
    'location with an id in Chinese',
    departmentSchema,
    'departments',
    (d) => Object.assign((d['locations'] as object[])[0] ?? {}, { id: '中心窗口' }),
    'locations.0.id',
    '小写英文字母',
  ],
  [
    'material with unknown category',
    materialSchema,
    'materials',
    (d) => (d['category'] = '证照'),
    'category',
    '可选值：证件、证明、表格、协议、其他',
  ],
  [
    'material with unknown source',
    materialSchema,
    'materials',
    (d) => (d['source'] = '自备'),
    'source',
    '申请人自备',
  ],
  [
    'material template outside public/',
    materialSchema,
    'materials',
    (d) => (d['template'] = 'templates/x.pdf'),
    'template',
    '以 / 开头',
  ],
  [
    'abolition with an empty scope',
    abolishedSchema,
    'abolished',
    (d) => (d['scope'] = {}),
    'scope',
    'scope: all',
  ],
  [
    'abolition with unknown replacement',
    abolishedSchema,
    'abolished',
    (d) => (d['replacement'] = '承诺制'),
    'replacement',
    '告知承诺',
  ],
  [
    'abolition with a quoted date',
    abolishedSchema,
    'abolished',
    (d) => (d['abolishedOn'] = '2025年5月10日'),
    'abolishedOn',
    'YYYY-MM-DD',
  ],
  [
    'abolition without basis title',
    abolishedSchema,
    'abolished',
    (d) => (d['basis'] = { number: '国务院令第804号' }),
    'basis.title',
    '缺少必填字段',
  ],
  [
    'topic without guides',
    topicSchema,
    'topics',
    (d) => (d['guides'] = []),
    'guides',
    '至少包含一个办事指南',
  ],
  [
    'topic with a guide id without department',
    topicSchema,
    'topics',
    (d) => (d['guides'] = ['marriage-registration']),
    'guides.0',
    '部门/文件名',
  ],
];

describe('the YAML collection schemas', () => {
  it.each(cases)('reject %s', (_name, schema, collection, mutate, path, message) => {
    const data = first(collection);
    mutate(data);
    const issues = schema.safeParse(data).error?.issues ?? [];
    const issue = issues.find((candidate) => candidate.path.join('.') === path);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue?.message).toContain(message);
  });
});
