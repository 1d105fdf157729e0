// Rows → guides, departments and catalogue materials in our content model. Pure: the catalogue
// and the existing guides come in, the plan comes out; nothing is read or written here.
import type { Entry } from '../corpus/model.ts';
import type {
  Abolished,
  Department,
  Guide,
  GuideMaterial,
  Location,
  Material,
} from '../schemas/index.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { slugFromTitle } from '../scaffold/slug.ts';
import { describeColumn } from './headers.ts';
import type { ItemField, MaterialField, ProcessField } from './headers.ts';
import { guessCategory, MaterialMatcher, materialKey } from './match.ts';
import type { ImportedItem, ImportPlan, Note, Review } from './model.ts';
import type {
  ItemRecord,
  ItemRows,
  MaterialRecord,
  ProcessRecord,
  Reading,
  RowRef,
  SheetRecord,
} from './sheets.ts';
import * as v from './values.ts';
import type { Parsed } from './values.ts';

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

/** Collects the notes of one item; any error means the item is not imported. */
class ItemNotes {
  readonly errors: Note[] = [];
  readonly warnings: Note[] = [];
  take<T, F extends string>(record: SheetRecord<F>, field: F, parsed: Parsed<T>): T | undefined {
    const column = record.column(field);
    if (!parsed.ok) {
      this.errors.push({ at: record.at, column, message: parsed.reason });
      return undefined;
    }
    if (parsed.note !== undefined)
      this.warnings.push({ at: record.at, column, message: parsed.note });
    return parsed.value;
  }
  missing<F extends string>(
    record: SheetRecord<F>,
    field: F,
    label: string,
    fix: string,
  ): undefined {
    const column = record.column(field);
    this.errors.push({
      at: record.at,
      column,
      message: column ? `${label}为空。${fix}` : `导出中没有“${label}”列。${fix}`,
    });
    return undefined;
  }
  warn<F extends string>(record: SheetRecord<F>, field: F | undefined, message: string): void {
    this.warnings.push({
      at: record.at,
      column: field === undefined ? undefined : record.column(field),
      message,
    });
  }
}

/** Parses a required cell, or reports it empty. */
function required<T, F extends string>(
  notes: ItemNotes,
  record: SheetRecord<F>,
  field: F,
  label: string,
  parse: (cell: string) => Parsed<T>,
  fix = `请在导出中补上${label}后重新导入。`,
): T | undefined {
  if (record.has(field)) return notes.take(record, field, parse(record.get(field)));
  notes.missing(record, field, label, fix);
  return undefined;
}

/** A unique, deterministic id from a name: its pinyin, then -2, -3… when taken. */
function uniqueId(base: string, taken: (id: string) => boolean): string {
  const clean = ID_PATTERN.test(base) ? base : 'item';
  let id = clean;
  for (let n = 2; taken(id); n++) id = `${clean}-${n}`;
  return id;
}

const PLACEHOLDER = '待填写';

interface DepartmentDraft {
  readonly id: string;
  data: Department;
  readonly isNew: boolean;
}

export function planImport(
  reading: Reading,
  context: ImportContext,
  options: ImportOptions,
): ImportPlan {
  const skipped: Note[] = [];
  const adjusted: Note[] = [];
  const reviews: Review[] = [];
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

  const matcher = new MaterialMatcher(context.materials);
  const abolishedNames = new Map<string, string>();
  for (const a of context.abolished?.values() ?? [])
    for (const n of [a.data.name, ...a.data.aliases]) abolishedNames.set(materialKey(n), a.id);
  const abolishedOf = (name: string): { abolished?: string } => {
    const found = abolishedNames.get(materialKey(name));
    return found === undefined ? {} : { abolished: found };
  };
  const newMaterials = new Map<string, Material>();
  const newMaterialByKey = new Map<string, string>();
  const departments = new Map<string, DepartmentDraft>();
  const departmentByName = new Map<string, string>();
  for (const d of context.departments.values()) departmentByName.set(d.data.name, d.id);
  // New department ids leave out the region every department shares: 云溪区公安分局 → gong-an-fen-ju.
  const region = regionPrefix([...context.departments.values()].map((d) => d.data.name));
  const takenGuideIds = new Set(context.guides.map((g) => g.id));
  const existingByCode = new Map(context.guides.map((g) => [g.code, g.id]));
  const seenCodes = new Map<string, RowRef>();

  const departmentFor = (record: ItemRecord, notes: ItemNotes): DepartmentDraft | undefined => {
    const name = record.get('departmentName');
    const given =
      options.department ?? (record.has('departmentId') ? record.get('departmentId') : undefined);
    let id = given;
    if (id === undefined && name !== '') id = departmentByName.get(name);
    if (id === undefined && name === '') {
      notes.missing(
        record,
        'departmentName',
        '实施主体',
        '请填写实施主体名称，或用 --department 指定部门编号。',
      );
      return undefined;
    }
    if (id !== undefined && !ID_PATTERN.test(id)) {
      notes.errors.push({
        at: record.at,
        column: record.column('departmentId'),
        message: `部门编号“${id}”不符合规则：只能使用小写英文字母、数字和连字符。`,
      });
      return undefined;
    }
    id ??= uniqueId(
      slugFromTitle(name.startsWith(region) ? name.slice(region.length) || name : name),
      (candidate) => context.departments.has(candidate) || departments.has(candidate),
    );
    let draft = departments.get(id);
    if (!draft) {
      const existing = context.departments.get(id);
      draft = existing
        ? { id, data: existing.data, isNew: false }
        : { id, data: newDepartment(record, name || id), isNew: true };
      departments.set(id, draft);
      if (name !== '' && !departmentByName.has(name)) departmentByName.set(name, id);
    }
    return draft;
  };

  const locationsFor = (record: ItemRecord, draft: DepartmentDraft, notes: ItemNotes): string[] => {
    const places = v.splitLines(record.get('place'));
    const windows = v.splitLines(record.get('window'));
    const hours = v.splitLines(record.get('hours'));
    if (places.length === 0) {
      const first = draft.data.locations[0];
      if (first && !draft.isNew) {
        notes.warn(
          record,
          'place',
          `未填办理地点，按部门的第一个办理地点“${first.name}”（${first.id}）导入，请核对。`,
        );
        return [first.id];
      }
      places.push(draft.data.address);
    }
    const ids: string[] = [];
    places.forEach((place, i) => {
      const key = v.squash(place);
      const found = draft.data.locations.find(
        (l) => v.squash(l.name) === key || v.squash(l.address) === key,
      );
      if (found) {
        if (!ids.includes(found.id)) ids.push(found.id);
        return;
      }
      if (!draft.isNew) {
        const first = draft.data.locations[0];
        notes.warn(
          record,
          'place',
          `办理地点“${place}”不是部门 ${draft.id} 的办理地点${first ? `，按“${first.name}”（${first.id}）导入` : ''}。请核对，或先在 departments/${draft.id}.yaml 中登记这个地点。`,
        );
        if (first && !ids.includes(first.id)) ids.push(first.id);
        return;
      }
      const location: Location = {
        id: uniqueId(`${draft.id}-${draft.data.locations.length + 1}`, (c) =>
          draft.data.locations.some((l) => l.id === c),
        ),
        name: place,
        address: place,
        window: windows[i] ?? windows[0] ?? PLACEHOLDER,
        hours: hours[i] ?? hours[0] ?? draft.data.hours,
      };
      draft.data = { ...draft.data, locations: [...draft.data.locations, location] };
      ids.push(location.id);
    });
    return ids;
  };

  const materialFor = (
    record: MaterialRecord,
    itemLabel: string,
    notes: ItemNotes,
  ): GuideMaterial | undefined => {
    const name = record.get('name');
    const form = record.has('form')
      ? notes.take(record, 'form', v.materialForm(record.get('form')))
      : undefined;
    let originals = record.has('originals')
      ? notes.take(record, 'originals', v.count(record.get('originals'), '原件份数'))
      : undefined;
    let copies = record.has('copies')
      ? notes.take(record, 'copies', v.count(record.get('copies'), '复印件份数'))
      : undefined;
    if (record.has('counts')) {
      const both = notes.take(record, 'counts', v.counts(record.get('counts')));
      originals ??= both?.originals ?? (both ? 0 : undefined);
      copies ??= both?.copies ?? (both ? 0 : undefined);
    }
    const shape: GuideMaterial['form'] | undefined =
      form ??
      (originals !== undefined || copies !== undefined
        ? (originals ?? 0) > 0 && (copies ?? 0) > 0
          ? '原件和复印件'
          : (copies ?? 0) > 0
            ? '复印件'
            : '原件'
        : undefined);
    if (shape === undefined) {
      notes.missing(record, 'form', '材料类型', '请填写原件、复印件或原件和复印件（或填写份数）。');
      return undefined;
    }
    if (originals === undefined && copies === undefined) {
      originals = shape === '复印件' ? 0 : 1;
      copies = shape === '原件' ? 0 : 1;
      notes.warn(
        record,
        'form',
        `“${name}”没有填写份数，按“${shape}”记为原件 ${originals} 份、复印件 ${copies} 份，请核对。`,
      );
    }
    const necessity = record.has('necessity')
      ? notes.take(record, 'necessity', v.necessity(record.get('necessity')))
      : undefined;
    if (!record.has('necessity'))
      notes.warn(record, 'necessity', `“${name}”没有填写材料必要性，按“必要”导入，请核对。`);
    const verify = record.has('verifyOriginal')
      ? notes.take(
          record,
          'verifyOriginal',
          v.yesNo(record.get('verifyOriginal'), '是否须现场核验原件'),
        )
      : undefined;

    const found = matcher.match(name, record.get('materialId'));
    let id: string;
    if (found.kind === 'id' || found.kind === 'name' || found.kind === 'alias') {
      id = found.id;
    } else {
      const key = materialKey(name);
      const known = newMaterialByKey.get(key);
      id =
        known ??
        uniqueId(slugFromTitle(name), (c) => context.materials.has(c) || newMaterials.has(c));
      if (known === undefined) {
        newMaterialByKey.set(key, id);
        const source = record.has('source')
          ? notes.take(record, 'source', v.materialSource(record.get('source')))
          : undefined;
        newMaterials.set(id, {
          name,
          aliases: [],
          category: guessCategory(name),
          source: source ?? '其他',
          issuer: record.get('issuer') || PLACEHOLDER,
        });
      }
      reviews.push({
        at: record.at,
        column: record.column('name'),
        item: itemLabel,
        name,
        candidates: found.kind === 'fuzzy' ? found.candidates : [],
        proposed: id,
        ...abolishedOf(name),
      });
    }
    const standard = record.get('standard');
    const note = [record.get('note'), standard === '' ? '' : `受理标准：${standard}`]
      .filter((s) => s !== '')
      .join('；');
    return {
      material: id,
      form: shape,
      originals: originals ?? 0,
      copies: copies ?? 0,
      necessity: necessity ?? '必要',
      ...(record.has('when') ? { when: record.get('when') } : {}),
      ...(note === '' ? {} : { note }),
      ...(verify === true ? { verifyOriginal: true } : {}),
    };
  };

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
    let status = item.has('status')
      ? notes.take(item, 'status', v.guideStatus(item.get('status')))
      : undefined;
    if (!item.has('status')) {
      status = '在用';
      notes.warn(item, 'status', '未填事项状态，按“在用”导入（会在网站上发布），请核对。');
    }
    let depth = item.has('depth')
      ? notes.take(item, 'depth', v.onlineDepth(item.get('depth')))
      : undefined;
    if (!item.has('depth')) {
      depth = '信息公开';
      notes.warn(
        item,
        'depth',
        '未填网上办理深度，按“信息公开”导入（不声称可以网上办理），请核对。',
      );
    }
    let coverage = item.has('coverage')
      ? notes.take(item, 'coverage', v.coverage(item.get('coverage')))
      : undefined;
    if (!item.has('coverage')) {
      coverage = '定点办理';
      notes.warn(item, 'coverage', '未填通办范围，按“定点办理”导入，请核对。');
    }
    let post = item.has('post')
      ? notes.take(item, 'post', v.yesNo(item.get('post'), '是否支持物流快递'))
      : undefined;
    if (!item.has('post')) {
      post = false;
      notes.warn(item, 'post', '未填是否支持物流快递，按“否”导入，请核对。');
    }
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

    const draft = notes.errors.length === 0 ? departmentFor(item, notes) : undefined;
    const locations = draft ? locationsFor(item, draft, notes) : [];

    const materials: GuideMaterial[] = [];
    for (const record of rows.materials) {
      const material = materialFor(record, label, notes);
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

    const existing = existingByCode.get(code);
    const id =
      existing !== undefined && existing.startsWith(`${draft.id}/`)
        ? existing
        : `${draft.id}/${uniqueId(slugFromTitle(title), (c) => takenGuideIds.has(`${draft.id}/${c}`))}`;
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
  const usedDepartments = new Set(items.map((i) => i.data.department));
  return {
    reading,
    items,
    skipped,
    adjusted,
    reviews: reviews.filter((r) => used.has(r.proposed)),
    departments: new Map(
      [...departments]
        .filter(([id, d]) => d.isNew && usedDepartments.has(id))
        .map(([id, d]) => [id, d.data]),
    ),
    materials: new Map([...newMaterials].filter(([id]) => used.has(id))),
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

/** The region in front of department names (云溪区 in 云溪区民政局), when they all share it. */
export function regionPrefix(names: readonly string[]): string {
  const prefixes = names.map((n) => /^(.{2,}?[省市区县旗])/.exec(n)?.[1]);
  const first = prefixes[0];
  return first !== undefined && prefixes.every((p) => p === first) ? first : '';
}

function newDepartment(record: ItemRecord, name: string): Department {
  const place = v.splitLines(record.get('place'))[0];
  return {
    name,
    address: place ?? PLACEHOLDER,
    hours: v.splitLines(record.get('hours'))[0] ?? PLACEHOLDER,
    consultPhone: normalizePhone(record.get('consultPhone')) || PLACEHOLDER,
    complaintPhone: normalizePhone(record.get('complaintPhone')) || PLACEHOLDER,
    locations: [],
  };
}

/** `（0571）86012301`, `0571 86012301` → `0571-86012301`; anything else as written. */
export function normalizePhone(cell: string): string {
  const text = v.squash(cell).replace(/[()]/g, (c) => (c === '(' ? '' : '-'));
  const m = /^(0\d{2,3})-?(\d{7,8})$/.exec(text);
  return m ? `${m[1] ?? ''}-${m[2] ?? ''}` : text;
}

export { describeColumn };
export type { ItemField };
