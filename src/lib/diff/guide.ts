// Compares one guide at two revisions, field by field, in the terms a citizen cares about.
import type { Corpus, GuideEntry } from '../corpus/model.ts';
import type { Fee, GuideMaterial } from '../schemas/index.ts';
import type {
  FeeChange,
  FeeLine,
  GuideDiff,
  GuideRef,
  Listing,
  LocationLine,
  MaterialChange,
  MaterialLine,
} from './types.ts';
import { byKey, change, compact, day, hasAny, same } from './values.ts';

export function guideRef(entry: GuideEntry, corpus: Corpus): GuideRef {
  return compact<GuideRef>({
    id: entry.id,
    code: entry.data.code,
    title: entry.data.title,
    department: corpus.departments.get(entry.data.department)?.data.name ?? entry.data.department,
    file: entry.file,
  });
}

const materialName = (corpus: Corpus, id: string): string =>
  corpus.materials.get(id)?.data.name ?? id;

function materialLine(item: GuideMaterial, corpus: Corpus): MaterialLine {
  return compact<MaterialLine>({
    material: item.material,
    name: materialName(corpus, item.material),
    form: item.form,
    originals: item.originals,
    copies: item.copies,
    necessity: item.necessity,
    when: item.when,
    verifyOriginal: item.verifyOriginal,
  });
}

/**
 * A material is matched by its catalogue id. When a guide lists the same material more than once
 * (different 适用情形), the `when` text tells the entries apart.
 */
function materialKeys(base: readonly GuideMaterial[], head: readonly GuideMaterial[]) {
  const count = new Map<string, number>();
  for (const item of [...base, ...head])
    count.set(item.material, (count.get(item.material) ?? 0) + 1);
  const repeated = (list: readonly GuideMaterial[], id: string) =>
    list.filter((item) => item.material === id).length > 1;
  return (item: GuideMaterial): string =>
    repeated(base, item.material) || repeated(head, item.material)
      ? `${item.material}\u0000${item.when ?? ''}`
      : item.material;
}

/**
 * Generic keyed comparison: added and removed in list order, changed via `compare`. Removed items
 * are described from the base side (`removedLine`), since they may be gone from head's catalogue.
 */
function listing<T, Line, Changed>(
  base: readonly T[],
  head: readonly T[],
  key: (item: T) => string,
  line: (item: T) => Line,
  compare: (before: T, after: T) => Changed | undefined,
  removedLine: (item: T) => Line = line,
): Listing<Line, Changed> {
  const baseByKey = new Map(base.map((item) => [key(item), item]));
  const headByKey = new Map(head.map((item) => [key(item), item]));
  const changed: Changed[] = [];
  for (const item of head) {
    const before = baseByKey.get(key(item));
    const difference = before === undefined ? undefined : compare(before, item);
    if (difference !== undefined) changed.push(difference);
  }
  return {
    added: head.filter((item) => !baseByKey.has(key(item))).map(line),
    removed: base.filter((item) => !headByKey.has(key(item))).map(removedLine),
    changed,
  };
}

function compareMaterials(
  base: GuideEntry,
  head: GuideEntry,
  baseCorpus: Corpus,
  headCorpus: Corpus,
) {
  const key = materialKeys(base.data.materials, head.data.materials);
  const lineIn = (corpus: Corpus) => (item: GuideMaterial) => materialLine(item, corpus);
  return listing(
    base.data.materials,
    head.data.materials,
    key,
    lineIn(headCorpus),
    (before, after) => {
      const fields = compact<Omit<MaterialChange, 'material' | 'name' | 'when'>>({
        form: change(before.form, after.form),
        originals: change(before.originals, after.originals),
        copies: change(before.copies, after.copies),
        necessity: change(before.necessity, after.necessity),
        condition: change(before.when, after.when),
        verifyOriginal: change(before.verifyOriginal ?? false, after.verifyOriginal ?? false),
        note: change(before.note, after.note),
      });
      if (!hasAny(fields)) return undefined;
      return compact<MaterialChange>({
        material: after.material,
        name: materialName(headCorpus, after.material),
        when: after.when,
        ...fields,
      });
    },
    lineIn(baseCorpus),
  );
}

const feeLine = (fee: Fee): FeeLine => ({ item: fee.item, amount: fee.amount, basis: fee.basis });

function locationName(corpus: Corpus, department: string, id: string): string {
  const location = corpus.departments
    .get(department)
    ?.data.locations.find((place) => place.id === id);
  return location?.name ?? id;
}

const keepText = (text: string) => text;

/** Other fields shown on the guide page, by label; compared as a whole. */
const OTHER_FIELDS = [
  ['code', '事项编码'],
  ['type', '事项类型'],
  ['department', '实施主体'],
  ['audience', '服务对象'],
  ['basis', '设定依据'],
  ['process', '办理流程'],
  ['result', '办理结果'],
  ['topics', '所属一件事'],
] as const;

export function compareGuide(
  base: GuideEntry,
  head: GuideEntry,
  baseCorpus: Corpus,
  headCorpus: Corpus,
): GuideDiff | undefined {
  const b = base.data;
  const h = head.data;
  const locationLine =
    (corpus: Corpus, department: string) =>
    (id: string): LocationLine => ({ id, name: locationName(corpus, department, id) });
  const timeLimit = compact<NonNullable<GuideDiff['timeLimit']>>({
    legal: change(b.timeLimit.legal, h.timeLimit.legal),
    promised: change(b.timeLimit.promised, h.timeLimit.promised),
  });
  const online = compact<NonNullable<GuideDiff['online']>>({
    depth: change(b.online.depth, h.online.depth),
    url: change(b.online.url, h.online.url),
  });
  const other: string[] = OTHER_FIELDS.filter(([key]) => !same(b[key], h[key])).map(
    ([, label]) => label,
  );
  if (base.body.trim() !== head.body.trim()) other.push('正文');

  const diff = compact<GuideDiff>({
    ...guideRef(head, headCorpus),
    movedFrom: base.id === head.id ? undefined : base.id,
    titleChange: change(b.title, h.title),
    status: change(b.status, h.status),
    materials: compareMaterials(base, head, baseCorpus, headCorpus),
    fees: listing(
      b.fees,
      h.fees,
      (fee) => fee.item,
      feeLine,
      (before, after) => {
        const fields = compact<Omit<FeeChange, 'item'>>({
          amount: change(before.amount, after.amount),
          basis: change(before.basis, after.basis),
        });
        return hasAny(fields) ? { item: after.item, ...fields } : undefined;
      },
    ),
    timeLimit: hasAny(timeLimit) ? timeLimit : undefined,
    kind: change(b.kind, h.kind),
    online: hasAny(online) ? online : undefined,
    visits: change(b.visits, h.visits),
    visitsReason: change(b.visitsReason, h.visitsReason),
    post: change(b.post, h.post),
    locations: listing<string, LocationLine, never>(
      b.counter.locations,
      h.counter.locations,
      keepText,
      locationLine(headCorpus, h.department),
      () => undefined,
      locationLine(baseCorpus, b.department),
    ),
    coverage: change(b.coverage, h.coverage),
    conditions: listing<string, string, never>(
      b.conditions,
      h.conditions,
      keepText,
      keepText,
      () => undefined,
    ),
    changeNotes: newChangeNotes(b.changes, h.changes),
    other,
  });
  return isEmpty(diff) ? undefined : diff;
}

const changeNote = (entry: { date: Date; note: string }) => `${day(entry.date)} ${entry.note}`;

function newChangeNotes(
  base: readonly { date: Date; note: string }[],
  head: readonly { date: Date; note: string }[],
) {
  const before = new Set(base.map(changeNote));
  return head.map(changeNote).filter((note) => !before.has(note));
}

const LIST_KEYS = ['materials', 'fees', 'locations', 'conditions'] as const;
const REF_KEYS = new Set([
  'id',
  'code',
  'title',
  'department',
  'file',
  'other',
  'changeNotes',
  ...LIST_KEYS,
]);

function isEmpty(diff: GuideDiff): boolean {
  const listsEmpty = LIST_KEYS.every((key) => {
    const list: Listing<unknown, unknown> = diff[key];
    return list.added.length === 0 && list.removed.length === 0 && list.changed.length === 0;
  });
  const fieldsEmpty = Object.keys(diff).every((key) => REF_KEYS.has(key));
  // A new change note alone (with nothing else changed) is still worth showing to the reviewer.
  return listsEmpty && fieldsEmpty && diff.other.length === 0 && diff.changeNotes.length === 0;
}

export const sortGuides = byKey<{ id: string }>((guide) => guide.id);
