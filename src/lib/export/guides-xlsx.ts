// /data/guides.xlsx: the published guides as an implementation-list export, in exactly the
// layout `npm run import` reads (headers from the one synonyms table, src/lib/import/headers.ts):
// an item sheet, a materials sheet and a process sheet keyed by 实施编码. So the open data is also
// a template for adopters, and export → import gives back the same guides (a property test).
import type { GuideEntry } from '../corpus/model.ts';
import type { SiteCorpus } from '../corpus/summary.ts';
import { headerOf, ITEM_COLUMNS, MATERIAL_COLUMNS, PROCESS_COLUMNS } from '../import/headers.ts';
import type { ColumnSpec, ItemField, MaterialField, ProcessField } from '../import/headers.ts';
import type { Guide, GuideMaterial } from '../schemas/index.ts';
import { isoDay } from '../site/format.ts';
import { xlsxBytes } from '../spreadsheet/write.ts';
import type { SheetData } from '../spreadsheet/write.ts';

export const XLSX_SHEETS = { items: '事项', materials: '申请材料', process: '办理流程' } as const;

export const XLSX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Cell = string | number;
const yesNo = (value: boolean | undefined) => (value ? '是' : '否');
const lines = (values: readonly string[]) => values.join('\n');
const semi = (values: readonly (string | number)[]) => values.join('；');

type ItemValue = (guide: GuideEntry, corpus: SiteCorpus) => Cell;

const ITEM_VALUES: readonly (readonly [ItemField, ItemValue])[] = [
  ['code', (g) => g.data.code],
  ['title', (g) => g.data.title],
  ['type', (g) => g.data.type],
  ['guideId', (g) => g.id],
  ['departmentId', (g) => g.data.department],
  [
    'departmentName',
    (g, c) => c.departments.get(g.data.department)?.data.name ?? g.data.department,
  ],
  ['status', (g) => g.data.status],
  ['audience', (g) => g.data.audience.join('、')],
  ['basis', (g) => lines(g.data.basis.map((b) => `《${b.title}》${b.article ?? ''}`))],
  ['conditions', (g) => lines(g.data.conditions)],
  ['kind', (g) => g.data.kind],
  ['legal', (g) => g.data.timeLimit.legal],
  ['legalUnit', () => '工作日'],
  ['promised', (g) => g.data.timeLimit.promised],
  ['promisedUnit', () => '工作日'],
  ['charged', (g) => yesNo(g.data.fees.length > 0)],
  ['feeItem', (g) => semi(g.data.fees.map((f) => f.item))],
  ['feeAmount', (g) => semi(g.data.fees.map((f) => f.amount))],
  ['feeBasis', (g) => semi(g.data.fees.map((f) => f.basis))],
  ['depth', (g) => g.data.online.depth],
  ['url', (g) => g.data.online.url ?? ''],
  ['visits', (g) => g.data.visits],
  ['visitsReason', (g) => g.data.visitsReason ?? ''],
  ['post', (g) => yesNo(g.data.post)],
  ['place', (g, c) => semi(locations(g, c).map((l) => l.name))],
  ['window', (g, c) => semi(locations(g, c).map((l) => l.window))],
  ['hours', (g, c) => semi(locations(g, c).map((l) => l.hours))],
  ['consultPhone', (g, c) => c.departments.get(g.data.department)?.data.consultPhone ?? ''],
  ['complaintPhone', (g, c) => c.departments.get(g.data.department)?.data.complaintPhone ?? ''],
  ['resultName', (g) => g.data.result.name],
  ['delivery', (g) => g.data.result.delivery.join('、')],
  ['coverage', (g) => g.data.coverage],
  ['topics', (g) => g.data.topics.join('、')],
  ['reviewed', (g) => isoDay(g.data.reviewed)],
  ['changes', (g) => lines(g.data.changes.map((c) => `${isoDay(c.date)} ${c.note}`))],
  ['body', (g) => g.body.trim()],
];

function locations(guide: GuideEntry, corpus: SiteCorpus) {
  const department = corpus.departments.get(guide.data.department);
  return guide.data.counter.locations.flatMap(
    (id) => department?.data.locations.find((l) => l.id === id) ?? [],
  );
}

type MaterialValue = (guide: Guide, m: GuideMaterial, corpus: SiteCorpus) => Cell;

const MATERIAL_VALUES: readonly (readonly [MaterialField, MaterialValue])[] = [
  ['code', (g) => g.code],
  ['title', (g) => g.title],
  ['materialId', (_g, m) => m.material],
  ['name', (_g, m, c) => c.materials.get(m.material)?.data.name ?? m.material],
  ['form', (_g, m) => m.form],
  ['originals', (_g, m) => m.originals],
  ['copies', (_g, m) => m.copies],
  ['necessity', (_g, m) => m.necessity],
  ['source', (_g, m, c) => c.materials.get(m.material)?.data.source ?? ''],
  ['issuer', (_g, m, c) => c.materials.get(m.material)?.data.issuer ?? ''],
  ['when', (_g, m) => m.when ?? ''],
  ['note', (_g, m) => m.note ?? ''],
  ['verifyOriginal', (_g, m) => (m.verifyOriginal === undefined ? '' : yesNo(m.verifyOriginal))],
];

type StepValue = (guide: Guide, step: Guide['process'][number]) => Cell;

const PROCESS_VALUES: readonly (readonly [ProcessField, StepValue])[] = [
  ['code', (g) => g.code],
  ['title', (g) => g.title],
  ['step', (_g, s) => s.step],
  ['days', (_g, s) => s.days ?? ''],
  ['description', (_g, s) => s.description ?? ''],
];

const headers = <F extends string>(
  specs: readonly ColumnSpec<F>[],
  values: readonly (readonly [F, unknown])[],
) => values.map(([field]) => headerOf(specs, field));

/** The three sheets, as data: the page, the invariant and the tests share it. */
export function guidesSheets(guides: readonly GuideEntry[], corpus: SiteCorpus): SheetData[] {
  return [
    {
      name: XLSX_SHEETS.items,
      header: headers(ITEM_COLUMNS, ITEM_VALUES),
      rows: guides.map((g) => ITEM_VALUES.map(([, value]) => value(g, corpus))),
    },
    {
      name: XLSX_SHEETS.materials,
      header: headers(MATERIAL_COLUMNS, MATERIAL_VALUES),
      rows: guides.flatMap((g) =>
        g.data.materials.map((m) => MATERIAL_VALUES.map(([, value]) => value(g.data, m, corpus))),
      ),
    },
    {
      name: XLSX_SHEETS.process,
      header: headers(PROCESS_COLUMNS, PROCESS_VALUES),
      rows: guides.flatMap((g) =>
        g.data.process.map((s) => PROCESS_VALUES.map(([, value]) => value(g.data, s))),
      ),
    },
  ];
}

export async function guidesXlsx(
  guides: readonly GuideEntry[],
  corpus: SiteCorpus,
): Promise<Uint8Array<ArrayBuffer>> {
  return await xlsxBytes(guidesSheets(guides, corpus));
}
