// Enumerated values are the Chinese terms of the national element specification, so that
// editors read their own vocabulary. Each list is the single source for schemas, filters and docs.
import { z } from 'zod';

export const ITEM_TYPES = [
  '行政许可',
  '行政处罚',
  '行政强制',
  '行政征收',
  '行政给付',
  '行政检查',
  '行政确认',
  '行政奖励',
  '行政裁决',
  '行政备案',
  '其他行政权力',
  '公共服务',
] as const;
export const GUIDE_STATUSES = ['在用', '挂起', '取消', '草稿'] as const;
export const AUDIENCES = ['自然人', '法人', '其他组织'] as const;
export const MATERIAL_FORMS = ['原件', '复印件', '原件和复印件'] as const;
export const NECESSITIES = ['必要', '非必要', '容缺后补'] as const;
export const CASE_KINDS = ['即办件', '承诺件', '上报件', '联办件'] as const;
export const ONLINE_DEPTHS = ['全程网办', '在线预审', '在线申办', '信息公开'] as const;
export const COVERAGES = ['全国通办', '跨省通办', '全市通办', '就近办', '定点办理'] as const;
export const MATERIAL_CATEGORIES = ['证件', '证明', '表格', '协议', '其他'] as const;
export const MATERIAL_SOURCES = ['申请人自备', '政府部门核发', '中介机构出具', '其他'] as const;
export const REPLACEMENTS = ['告知承诺', '部门核查', '数据共享', '直接取消'] as const;

/** The only status that is published on the site. */
export const PUBLISHED_STATUS = '在用' satisfies (typeof GUIDE_STATUSES)[number];

const oneOf = (values: readonly [string, ...string[]]) => `可选值：${values.join('、')}`;

/** An enum whose error lists the allowed values, so an editor can pick one. */
const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `缺少必填字段，${oneOf(values)}`
        : `“${typeof issue.input === 'string' ? issue.input : JSON.stringify(issue.input)}”不是允许的值。${oneOf(values)}`,
  });

export const itemType = choice(ITEM_TYPES).describe(`事项类型。${oneOf(ITEM_TYPES)}`);
export const guideStatus = choice(GUIDE_STATUSES).describe(
  `事项状态，只有“在用”的事项会发布。${oneOf(GUIDE_STATUSES)}`,
);
export const audience = choice(AUDIENCES).describe(`服务对象。${oneOf(AUDIENCES)}`);
export const materialForm = choice(MATERIAL_FORMS).describe(`材料形式。${oneOf(MATERIAL_FORMS)}`);
export const necessity = choice(NECESSITIES).describe(`材料必要性。${oneOf(NECESSITIES)}`);
export const caseKind = choice(CASE_KINDS).describe(`办件类型。${oneOf(CASE_KINDS)}`);
export const onlineDepth = choice(ONLINE_DEPTHS).describe(
  `网上办理深度。全程网办＝无需到现场。${oneOf(ONLINE_DEPTHS)}`,
);
export const coverage = choice(COVERAGES).describe(`通办范围。${oneOf(COVERAGES)}`);
export const materialCategory = choice(MATERIAL_CATEGORIES).describe(
  `材料类别。${oneOf(MATERIAL_CATEGORIES)}`,
);
export const materialSource = choice(MATERIAL_SOURCES).describe(
  `来源渠道。${oneOf(MATERIAL_SOURCES)}`,
);
export const replacement = choice(REPLACEMENTS).describe(
  `取消后的替代方式。${oneOf(REPLACEMENTS)}`,
);

export type ItemType = z.infer<typeof itemType>;
export type GuideStatus = z.infer<typeof guideStatus>;
export type OnlineDepth = z.infer<typeof onlineDepth>;
export type CaseKind = z.infer<typeof caseKind>;
export type Necessity = z.infer<typeof necessity>;
export type MaterialForm = z.infer<typeof materialForm>;
export type Coverage = z.infer<typeof coverage>;
export type Replacement = z.infer<typeof replacement>;
