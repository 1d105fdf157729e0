// Which department an item goes to, and its counter locations: an existing department by id or
// by name, or a new one built from the item's cells (name, place, window, hours, phones).
import type { Entry } from '../corpus/model.ts';
import type { Department, Location } from '../schemas/index.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { slugFromTitle } from '../scaffold/slug.ts';
import { PLACEHOLDER, uniqueId } from './notes.ts';
import type { ItemNotes } from './notes.ts';
import type { ItemRecord } from './sheets.ts';
import * as v from './values.ts';

export interface DepartmentDraft {
  readonly id: string;
  data: Department;
  readonly isNew: boolean;
}

export class DepartmentPlanner {
  private readonly context: { readonly departments: ReadonlyMap<string, Entry<Department>> };
  private readonly department: string | undefined;
  private readonly drafts = new Map<string, DepartmentDraft>();
  private readonly byName = new Map<string, string>();
  /** New department ids leave out the region every department shares: 青山区公安分局 → gong-an-fen-ju. */
  private readonly region: string;

  constructor(departments: ReadonlyMap<string, Entry<Department>>, department: string | undefined) {
    this.context = { departments };
    this.department = department;
    for (const d of departments.values()) this.byName.set(d.data.name, d.id);
    this.region = regionPrefix([...departments.values()].map((d) => d.data.name));
  }

  draftFor(record: ItemRecord, notes: ItemNotes): DepartmentDraft | undefined {
    const name = record.get('departmentName');
    const given =
      this.department ?? (record.has('departmentId') ? record.get('departmentId') : undefined);
    let id = given;
    if (id === undefined && name !== '') id = this.byName.get(name);
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
      slugFromTitle(name.startsWith(this.region) ? name.slice(this.region.length) || name : name),
      (candidate) => this.context.departments.has(candidate) || this.drafts.has(candidate),
    );
    let draft = this.drafts.get(id);
    if (!draft) {
      const existing = this.context.departments.get(id);
      draft = existing
        ? { id, data: existing.data, isNew: false }
        : { id, data: newDepartment(record, name || id), isNew: true };
      this.drafts.set(id, draft);
      if (name !== '' && !this.byName.has(name)) this.byName.set(name, id);
    }
    return draft;
  }

  locationsFor(record: ItemRecord, draft: DepartmentDraft, notes: ItemNotes): string[] {
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
  }

  /** The new departments that imported guides use. */
  created(used: ReadonlySet<string>): Map<string, Department> {
    return new Map(
      [...this.drafts].filter(([id, d]) => d.isNew && used.has(id)).map(([id, d]) => [id, d.data]),
    );
  }
}

/** The region in front of department names (青山区 in 青山区民政局), when they all share it. */
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
