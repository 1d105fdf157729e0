// The one table of header synonyms (DOMAIN.md, "Implementation-list exports"). The first name of
// each column is the one /data/guides.xlsx writes, so an export of ours always reads back; the
// others are the spellings seen in provincial exports. A header not in this table is reported,
// never guessed.
import { columnLetter } from '../spreadsheet/table.ts';

export interface ColumnSpec<F extends string = string> {
  readonly field: F;
  /** Canonical header first, then synonyms. */
  readonly names: readonly string[];
  /** Known, but there is no place for it in our content model: read and deliberately not used. */
  readonly unused?: string;
}

const col = <F extends string>(field: F, ...names: string[]): ColumnSpec<F> => ({ field, names });
const unused = <F extends string>(field: F, why: string, ...names: string[]): ColumnSpec<F> => ({
  field,
  names,
  unused: why,
});

export const ITEM_COLUMNS = [
  col('code', '实施编码', '事项编码', '实施清单编码', '事项实施编码'),
  col('title', '事项名称', '实施清单名称', '实施事项名称'),
  col('guideId', '指南编号'),
  unused('baseCode', '基本编码是各地共用的目录编码，本站以实施编码为准', '基本编码', '目录编码'),
  col('type', '事项类型', '权力类型', '事项类别'),
  col('departmentId', '实施主体编号', '部门编号'),
  col('departmentName', '实施主体', '实施机构', '实施主体名称', '实施机构名称'),
  unused(
    'departmentCode',
    '部门以名称或编号对应',
    '实施主体编码',
    '统一社会信用代码',
    '实施机构编码',
  ),
  col('basis', '设定依据', '法律依据', '依据'),
  col('conditions', '受理条件', '申请条件', '办理条件'),
  col('kind', '办件类型'),
  col('legal', '法定办结时限', '法定时限'),
  col('legalUnit', '法定时限单位', '法定办结时限单位'),
  col('promised', '承诺办结时限', '承诺时限'),
  col('promisedUnit', '承诺时限单位', '承诺办结时限单位'),
  col('charged', '是否收费'),
  col('feeItem', '收费项目', '收费项目名称'),
  col('feeAmount', '收费标准', '收费金额'),
  col('feeBasis', '收费依据'),
  col('audience', '服务对象', '行使对象', '办理对象'),
  col('depth', '网上办理深度', '网办深度', '网上办理深度等级'),
  col('url', '网上办理地址', '网上办理入口', '在线办理地址'),
  col('visits', '到办事现场次数', '到现场次数', '跑动次数', '到窗口次数'),
  col('visitsReason', '必须现场办理原因说明', '需到现场原因', '到现场原因'),
  col('post', '是否支持物流快递', '支持邮寄', '是否支持快递'),
  col('place', '办理地点', '受理地点'),
  col('window', '办理窗口', '受理窗口'),
  col('hours', '办理时间', '受理时间'),
  col('consultPhone', '咨询电话', '咨询方式'),
  col('complaintPhone', '监督投诉电话', '监督投诉方式', '投诉电话'),
  col('resultName', '审批结果名称', '办理结果', '结果名称'),
  unused('resultType', '结果类型（出证办结等）不单独保存', '审批结果类型', '结果类型'),
  col('delivery', '结果送达方式', '送达方式'),
  col('coverage', '通办范围'),
  col('status', '事项状态', '状态'),
  col('topics', '所属一件事'),
  col('reviewed', '最近核对日期'),
  col('changes', '更新记录'),
  col('body', '办事指南说明', '说明'),
] as const;

export const MATERIAL_COLUMNS = [
  col('code', '实施编码', '事项编码', '实施清单编码', '事项实施编码'),
  col('title', '事项名称', '实施清单名称'),
  col('materialId', '材料编号'),
  col('name', '材料名称', '申请材料名称', '申请材料'),
  col('form', '材料类型', '材料提交形式'),
  unused('medium', '纸质/电子由材料目录的电子证照推导，不单独保存', '材料形式', '纸质/电子'),
  col('originals', '原件份数', '原件数量'),
  col('copies', '复印件份数', '复印件数量'),
  col('counts', '份数', '材料份数', '数量要求'),
  col('necessity', '材料必要性', '必要性', '是否必要'),
  col('source', '来源渠道', '材料来源'),
  col('issuer', '来源渠道说明', '出具单位'),
  col('when', '适用情形'),
  col('note', '填报须知'),
  col('standard', '受理标准'),
  col('verifyOriginal', '须现场核验原件'),
  unused('template', '空白表格须放在站内 public/ 下，由材料目录的 template 引用', '空白表格'),
  unused('sample', '示例样表须放在站内 public/ 下，由材料目录的 sample 引用', '示例样表'),
] as const;

export const PROCESS_COLUMNS = [
  col('code', '实施编码', '事项编码', '实施清单编码'),
  col('title', '事项名称'),
  unused('order', '环节按表中顺序排列', '环节序号', '序号'),
  col('step', '环节名称', '办理环节'),
  col('days', '办理时限', '环节时限'),
  col('description', '办理内容', '环节说明', '审查标准'),
] as const;

export type ItemField = (typeof ITEM_COLUMNS)[number]['field'];
export type MaterialField = (typeof MATERIAL_COLUMNS)[number]['field'];
export type ProcessField = (typeof PROCESS_COLUMNS)[number]['field'];

/** Headers compared without spaces, asterisks (required marks), bracketed notes or full-width parens. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/[\s*＊]/g, '')
    .replace(/[（(][^）)]*(?:必填|选填)[^）)]*[）)]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}

export interface HeaderCell {
  readonly index: number;
  readonly header: string;
}

export interface HeaderMatch<F extends string> {
  /** Row number (1-based) of the header row. */
  readonly row: number;
  readonly columns: ReadonlyMap<F, HeaderCell>;
  /** Non-empty headers in no table, in sheet order. */
  readonly unknown: readonly HeaderCell[];
  /** Columns recognised but not imported, with why. */
  readonly unused: readonly (HeaderCell & { readonly why: string })[];
  /** The same column twice (e.g. 实施编码 and 事项编码): the first is used. */
  readonly duplicates: readonly HeaderCell[];
}

export function matchHeaders<F extends string>(
  cells: readonly string[],
  row: number,
  specs: readonly ColumnSpec<F>[],
): HeaderMatch<F> {
  const byName = new Map<string, ColumnSpec<F>>();
  for (const spec of specs) for (const name of spec.names) byName.set(normalizeHeader(name), spec);
  const columns = new Map<F, HeaderCell>();
  const unknown: HeaderCell[] = [];
  const unusedCells: (HeaderCell & { why: string })[] = [];
  const duplicates: HeaderCell[] = [];
  cells.forEach((header, index) => {
    if (header === '') return;
    const spec = byName.get(normalizeHeader(header));
    if (!spec) unknown.push({ index, header });
    else if (columns.has(spec.field)) duplicates.push({ index, header });
    else {
      columns.set(spec.field, { index, header });
      if (spec.unused !== undefined) unusedCells.push({ index, header, why: spec.unused });
    }
  });
  return { row, columns, unknown, unused: unusedCells, duplicates };
}

/** `C 列“事项类型”` */
export const describeColumn = (cell: HeaderCell): string =>
  `${columnLetter(cell.index)} 列“${cell.header}”`;

/** The canonical header of a field, for exports and messages. */
export const headerOf = <F extends string>(specs: readonly ColumnSpec<F>[], field: F): string =>
  specs.find((spec) => spec.field === field)?.names[0] ?? field;
