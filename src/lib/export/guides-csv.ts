// /data/guides.csv: one row per published guide for spreadsheet users. UTF-8 with a BOM (Excel
// otherwise reads Chinese as mojibake), CRLF line ends, RFC 4180 quoting by csv-stringify, and
// cells that a spreadsheet would run as a formula (=, +, -, @ first) are escaped.
import { stringify } from 'csv-stringify/sync';
import type { GuideEntry } from '../corpus/model.ts';
import type { SiteCorpus } from '../corpus/summary.ts';
import { feesSummary, isoDay } from '../site/format.ts';
import { absoluteUrl, guideUrl } from '../site/urls.ts';

/** Joins list cells; the full Chinese semicolon never appears inside a single value we list. */
export const LIST_SEPARATOR = '；';

export interface CsvColumn {
  readonly key: string;
  readonly header: string;
  readonly value: (guide: GuideEntry, corpus: SiteCorpus, site: string | URL) => string | number;
}

const list = (values: readonly string[]) => values.join(LIST_SEPARATOR);

export const CSV_COLUMNS: readonly CsvColumn[] = [
  { key: 'code', header: '事项编码', value: (g) => g.data.code },
  { key: 'title', header: '事项名称', value: (g) => g.data.title },
  { key: 'department', header: '实施主体编号', value: (g) => g.data.department },
  {
    key: 'departmentName',
    header: '实施主体',
    value: (g, c) => c.departments.get(g.data.department)?.data.name ?? g.data.department,
  },
  { key: 'type', header: '事项类型', value: (g) => g.data.type },
  { key: 'audience', header: '服务对象', value: (g) => list(g.data.audience) },
  { key: 'kind', header: '办件类型', value: (g) => g.data.kind },
  { key: 'legalDays', header: '法定时限（工作日）', value: (g) => g.data.timeLimit.legal },
  {
    key: 'promisedDays',
    header: '承诺时限（工作日，0为即办）',
    value: (g) => g.data.timeLimit.promised,
  },
  { key: 'onlineDepth', header: '网办深度', value: (g) => g.data.online.depth },
  { key: 'onlineUrl', header: '网上办理入口', value: (g) => g.data.online.url ?? '' },
  { key: 'visits', header: '到办事现场次数', value: (g) => g.data.visits },
  { key: 'visitsReason', header: '需到现场原因', value: (g) => g.data.visitsReason ?? '' },
  { key: 'post', header: '支持邮寄', value: (g) => (g.data.post ? '是' : '否') },
  { key: 'fees', header: '收费', value: (g) => feesSummary(g.data.fees) },
  { key: 'coverage', header: '通办范围', value: (g) => g.data.coverage },
  { key: 'result', header: '办理结果', value: (g) => g.data.result.name },
  { key: 'delivery', header: '送达方式', value: (g) => list(g.data.result.delivery) },
  {
    key: 'materials',
    header: '申请材料',
    value: (g, c) =>
      list(g.data.materials.map((m) => c.materials.get(m.material)?.data.name ?? m.material)),
  },
  {
    key: 'materialIds',
    header: '申请材料编号',
    value: (g) => list(g.data.materials.map((m) => m.material)),
  },
  { key: 'conditions', header: '受理条件', value: (g) => list(g.data.conditions) },
  {
    key: 'basis',
    header: '设定依据',
    value: (g) => list(g.data.basis.map((b) => (b.article ? `${b.title} ${b.article}` : b.title))),
  },
  { key: 'reviewed', header: '最近核对日期', value: (g) => isoDay(g.data.reviewed) },
  { key: 'url', header: '网址', value: (g, _c, site) => absoluteUrl(guideUrl(g.id), site) },
];

export function guidesCsv(
  guides: readonly GuideEntry[],
  corpus: SiteCorpus,
  site: string | URL,
): string {
  const records = guides.map((guide) =>
    CSV_COLUMNS.map((column) => column.value(guide, corpus, site)),
  );
  return stringify(records, {
    bom: true,
    header: true,
    columns: CSV_COLUMNS.map((column) => column.header),
    record_delimiter: 'windows',
    escape_formulas: true,
    cast: { number: String },
  });
}
