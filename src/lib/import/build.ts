// Rows → guides, departments and catalogue materials in our content model. Pure: the catalogue
// and the existing guides come in, the plan comes out; nothing is read or written here.
import type { Entry } from '../corpus/model.ts';
import type { Abolished, Department, Guide, GuideMaterial, Material } from '../schemas/index.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { slugFromTitle } from '../scaffold/slug.ts';
import { DepartmentPlanner } from './departments.ts';
import type { MaterialField, ProcessField } from './headers.ts';
import { MaterialPlanner } from './materials.ts';
import type { ImportedItem, ImportPlan, Note } from './model.ts';
import { ItemNotes, orDefault, PLACEHOLDER, required, uniqueId } from './notes.ts';
import type {
  MaterialRecord,
  ProcessRecord,
  Reading,
  RowRef,
  SheetRecord,
  ItemRows,
} from './sheets.ts';
import * as v from './values.ts';

export interface ImportContext {
  readonly departments: ReadonlyMap<string, Entry<Department>>;
  readonly materials: ReadonlyMap<string, Entry<Material>>;
  /** Existing guides: id (`<department>/<slug>`) and code. */
  readonly guides: readonly { readonly id: string; readonly code: string }[];
  /** The register of abolished materials, to warn about a proposed entry that is one of them. */
  readonly abolished?: ReadonlyMap<string, Entry<Abolished>>;
}

export interface ImportOptions {
  /** Import every row into this department (its id). */
  readonly department?: string | undefined;
  /** The import day: 最近核对日期 when the export has none. */
  readonly date: Date;
}

export function planImport(
  reading: Reading,
  context: ImportContext,
  options: ImportOptions,
): ImportPlan {
  const skipped: Note[] = [];
  const adjusted: Note[] = [];
  const items: ImportedItem[] = [];
  // A row of a combined sheet is both an item and a material record: count rows, not records.
  const outcomes = new Map<string, { at: RowRef; outcome: 'imported' | 'skipped' }>();
  const count = (at: RowRef, outcome: 'imported' | 'skipped') => {
    const key = `${at.sheet}\u0000${at.row}`;
    if (outcomes.get(key)?.outcome !== 'skipped') outcomes.set(key, { at, outcome });
  };

  // Attach separate material and process rows to their items, by code, else by title.
  const byCode = new Map<string, ItemRows>();
  const byTitle = new Map<string, ItemRows>();
  for (const rows of reading.items) {
    const code = rows.item.get('code');
    if (code !== '' && !byCode.has(code)) byCode.set(code, rows);
    const title = rows.item.get('title');
    if (title !== '' && !byTitle.has(title)) byTitle.set(title, rows);
  }
  const attach = <F extends 'code' | 'title'>(
    record: SheetRecord<F | MaterialField | ProcessField>,
    list: 'materials' | 'steps',
  ) => {
    const code = record.get('code');
    const title = record.get('title');
    const owner =
      (code !== '' ? byCode.get(code) : undefined) ??
      (code === '' && title !== '' ? byTitle.get(title) : undefined);
    if (!owner) {
      const key =
        code !== '' ? `实施编码“${code}”` : title !== '' ? `事项名称“${title}”` : undefined;
      skipped.push({
        at: record.at,
        message: key
          ? `${key}在事项表中没有对应的事项，这一行没有导入。请核对编码，或把该事项补进事项表。`
          : '这一行既没有实施编码也没有事项名称，不知道属于哪个事项，没有导入。',
      });
      count(record.at, 'skipped');
      return;
    }
    if (list === 'materials') owner.materials.push(record as MaterialRecord);
    else owner.steps.push(record as ProcessRecord);
  };
  for (const record of reading.looseMaterials) attach(record, 'materials');
  for (const record of reading.looseSteps) attach(record, 'steps');

  const materialPlanner = new MaterialPlanner(context.materials, context.abolished);
  const departmentPlanner = new DepartmentPlanner(context.departments, options.department);
  const takenGuideIds = new Set(context.guides.map((g) => g.id));
  const existingByCode = new Map(context.guides.map((g) => [g.code, g.id]));
  const seenCodes = new Map<string, RowRef>();

  for (const rows of reading.items) {
    const { item } = rows;
    const notes = new ItemNotes();
    const code = required(notes, item, 'code', '实施编码', (c) => ({ ok: true, value: c }));
    const title = required(notes, item, 'title', '事项名称', (c) => ({ ok: true, value: c }));
    const label = `${code ?? '（无编码）'} ${title ?? ''}`.trim();
    const before = code === undefined ? undefined : seenCodes.get(code);
    if (code !== undefined && before !== undefined) {
      notes.errors.push({
        at: item.at,
        column: item.column('code'),
        message: `实施编码“${code}”重复：第 ${before.row} 行已经导入了这个事项，这一行没有导入。请核对是否同一事项导出了两次。`,
      });
    }
    if (code !== undefined && before === undefined) seenCodes.set(code, item.at);
    const type = required(notes, item, 'type', '事项类型', v.itemType);
    const audience = required(notes, item, 'audience', '服务对象', v.audience);
    const basis = required(notes, item, 'basis', '设定依据', v.basis);
    const conditions = required(notes, item, 'conditions', '受理条件', v.conditions);
    const legal = required(notes, item, 'legal', '法定办结时限', (c) =>
      v.workingDays(c, item.get('legalUnit')),
    );
    const promised = required(notes, item, 'promised', '承诺办结时限', (c) =>
      v.workingDays(c, item.get('promisedUnit')),
    );
    const visits = required(notes, item, 'visits', '到办事现场次数', (c) =>
      v.count(c, '到办事现场次数'),
    );
    const resultName = required(notes, item, 'resultName', '审批结果名称', (c) => ({
      ok: true,
      value: c,
    }));

    let kind = item.has('kind')
      ? notes.take(item, 'kind', v.caseKind(item.get('kind')))
      : undefined;
    if (!item.has('kind') && promised !== undefined) {
      kind = promised === 0 ? '即办件' : '承诺件';
      notes.warn(
        item,
        'kind',
        `未填办件类型，按承诺时限（${promised} 个工作日）记为“${kind}”，请核对。`,
      );
    }
    const status = orDefault(
      notes,
      item,
      'status',
      v.guideStatus,
      '在用' as const,
      '未填事项状态，按“在用”导入（会在网站上发布），请核对。',
    );
    const depth = orDefault(
      notes,
      item,
      'depth',
      v.onlineDepth,
      '信息公开' as const,
      '未填网上办理深度，按“信息公开”导入（不声称可以网上办理），请核对。',
    );
    const coverage = orDefault(
      notes,
      item,
      'coverage',
      v.coverage,
      '定点办理' as const,
      '未填通办范围，按“定点办理”导入，请核对。',
    );
    const post = orDefault(
      notes,
      item,
      'post',
      (c: string) => v.yesNo(c, '是否支持物流快递'),
      false,
      '未填是否支持物流快递，按“否”导入，请核对。',
    );
    const url = item.has('url') ? item.get('url') : '';
    const onlineUrl = url === '' ? undefined : v.httpUrl(url);
    if (onlineUrl && !onlineUrl.ok)
      notes.warn(item, 'url', `${onlineUrl.reason}，没有导入网上办理地址。`);
    let delivery = v.splitList(item.get('delivery'));
    if (delivery.length === 0) {
      delivery = ['窗口领取'];
      notes.warn(item, 'delivery', '未填结果送达方式，按“窗口领取”导入，请核对。');
    }

    // Fees: 是否收费 否 (or nothing at all) is no fee; otherwise one fee per 收费项目.
    const fees: Guide['fees'] = [];
    const charged = item.has('charged')
      ? notes.take(item, 'charged', v.yesNo(item.get('charged'), '是否收费'))
      : item.has('feeItem');
    if (charged === true) {
      const names = v.splitLines(item.get('feeItem'));
      const amounts = v.splitLines(item.get('feeAmount'));
      const bases = v.splitLines(item.get('feeBasis'));
      if (names.length === 0)
        notes.missing(
          item,
          'feeItem',
          '收费项目',
          '“是否收费”为“是”时须填写收费项目、收费标准和收费依据。',
        );
      names.forEach((name, i) => {
        const amount = notes.take(item, 'feeAmount', v.amount(amounts[i] ?? ''));
        const feeBasis = bases[i] ?? bases[0] ?? '';
        if (feeBasis === '')
          notes.missing(
            item,
            'feeBasis',
            '收费依据',
            `收费项目“${name}”须有收费依据（文件名称和文号）。`,
          );
        if (amount !== undefined) fees.push({ item: name, amount, basis: feeBasis || PLACEHOLDER });
      });
    }

    const topics = v.splitList(item.get('topics'));
    const reviewed = item.has('reviewed')
      ? notes.take(item, 'reviewed', v.day(item.get('reviewed')))
      : options.date;
    const changes: Guide['changes'] = [];
    for (const line of item
      .get('changes')
      .split(/\n+/)
      .filter((l) => l.trim() !== '')) {
      const m = /^(\S+)\s+(.+)$/.exec(line.trim());
      const date = m ? v.day(m[1] ?? '') : undefined;
      if (m && date?.ok) changes.push({ date: date.value, note: (m[2] ?? '').trim() });
      else
        notes.errors.push({
          at: item.at,
          column: item.column('changes'),
          message: `更新记录“${line}”应写成“YYYY-MM-DD 说明”，每条一行。`,
        });
    }

    const draft = notes.errors.length === 0 ? departmentPlanner.draftFor(item, notes) : undefined;
    const locations = draft ? departmentPlanner.locationsFor(item, draft, notes) : [];

    const materials: GuideMaterial[] = [];
    for (const record of rows.materials) {
      const material = materialPlanner.materialFor(record, label, notes);
      if (material) materials.push(material);
    }
    const process: Guide['process'] = [];
    for (const record of rows.steps) {
      const step = record.get('step');
      if (step === '') {
        notes.missing(record, 'step', '环节名称', '请填写环节名称。');
        continue;
      }
      const days = record.has('days')
        ? notes.take(record, 'days', v.workingDays(record.get('days')))
        : undefined;
      process.push({
        step,
        ...(days === undefined ? {} : { days }),
        ...(record.has('description') ? { description: record.get('description') } : {}),
      });
    }
    if (process.length === 0 && promised !== undefined) {
      process.push({ step: '受理、审查与决定', days: promised });
      notes.warn(
        item,
        undefined,
        `没有办理流程（流程表中没有这个事项的环节），写入了一个环节“受理、审查与决定”（${promised} 个工作日），请补充。`,
      );
    }

    const allRows = [item, ...rows.materials, ...rows.steps];
    if (
      notes.errors.length > 0 ||
      code === undefined ||
      title === undefined ||
      type === undefined ||
      audience === undefined ||
      basis === undefined ||
      conditions === undefined ||
      legal === undefined ||
      promised === undefined ||
      visits === undefined ||
      resultName === undefined ||
      kind === undefined ||
      status === undefined ||
      depth === undefined ||
      coverage === undefined ||
      post === undefined ||
      reviewed === undefined ||
      !draft
    ) {
      skipped.push(
        ...notes.errors.map((n) => ({ ...n, message: `${n.message}（事项 ${label} 没有导入）` })),
      );
      if (notes.errors.length === 0)
        skipped.push({ at: item.at, message: `事项 ${label} 没有导入。` });
      const reported = new Set(notes.errors.map((n) => `${n.at.sheet}:${n.at.row}`));
      for (const record of allRows) {
        if (record !== item && !reported.has(`${record.at.sheet}:${record.at.row}`))
          skipped.push({
            at: record.at,
            message: `所属事项（${item.at.sheet} 第 ${item.at.row} 行）没有导入，这一行也没有导入。`,
          });
        count(record.at, 'skipped');
      }
      // Materials proposed only for this item are not written either.
      continue;
    }
    adjusted.push(...notes.warnings);
    for (const record of allRows) count(record.at, 'imported');

    // The file: the existing guide with this code in this department, else the 指南编号 our own
    // export carries (so a site's export imported into a fresh fork keeps its file names and topic
    // links), else the title's pinyin.
    const existing = existingByCode.get(code);
    const given = item.get('guideId');
    const givenSlug = given.startsWith(`${draft.id}/`) ? given.slice(draft.id.length + 1) : '';
    const slug = ID_PATTERN.test(givenSlug) ? givenSlug : slugFromTitle(title);
    const id =
      existing !== undefined && existing.startsWith(`${draft.id}/`)
        ? existing
        : `${draft.id}/${uniqueId(slug, (c) => takenGuideIds.has(`${draft.id}/${c}`))}`;
    takenGuideIds.add(id);
    const data: Guide = {
      code,
      title,
      department: draft.id,
      type,
      status,
      audience,
      basis,
      conditions,
      materials,
      process,
      timeLimit: { legal, promised },
      kind,
      fees,
      online: { depth, ...(onlineUrl?.ok ? { url: onlineUrl.value } : {}) },
      counter: { locations },
      post,
      visits,
      ...(item.has('visitsReason') ? { visitsReason: item.get('visitsReason') } : {}),
      result: { name: resultName, delivery },
      coverage,
      topics,
      reviewed,
      changes,
    };
    items.push({ at: item.at, code, title, id, data, body: item.get('body') });
  }

  // Only what the written guides use: a skipped item's proposals are dropped with it.
  const used = new Set(items.flatMap((i) => i.data.materials.map((m) => m.material)));
  const { materials, reviews } = materialPlanner.used(used);
  return {
    reading,
    items,
    skipped,
    adjusted,
    reviews,
    departments: departmentPlanner.created(new Set(items.map((i) => i.data.department))),
    materials,
    ledger: ledgerOf(outcomes.values()),
  };
}

function ledgerOf(outcomes: Iterable<{ at: RowRef; outcome: 'imported' | 'skipped' }>) {
  const ledger = new Map<string, { imported: number; skipped: number }>();
  for (const { at, outcome } of outcomes) {
    const entry = ledger.get(at.sheet) ?? { imported: 0, skipped: 0 };
    entry[outcome]++;
    ledger.set(at.sheet, entry);
  }
  return ledger;
}
