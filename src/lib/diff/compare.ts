// The whole comparison: guides (added, removed, changed, moved), the register of abolished
// materials, departments' contacts and windows, and catalogue entries whose change reaches citizens.
import type { Corpus, Entry, GuideEntry } from '../corpus/model.ts';
import type {
  Abolished,
  AbolitionScope,
  Department,
  Location,
  Material,
} from '../schemas/index.ts';
import { compareGuide, guideRef, sortGuides } from './guide.ts';
import type {
  AbolitionChange,
  AbolitionLine,
  CatalogueChange,
  Change,
  CorpusDiff,
  DepartmentDiff,
  GuideDiff,
  LocationChange,
} from './types.ts';
import { byKey, change, compact, day, hasAny } from './values.ts';

/** An abolition's scope in words, as the editors' guide explains it. */
export function describeScope(scope: AbolitionScope): string {
  if (scope === 'all') return '全部事项';
  const parts: string[] = [];
  if (scope.codes?.length) parts.push(`事项编码：${scope.codes.join('、')}`);
  if (scope.titles?.length) parts.push(`事项名称：${scope.titles.join('、')}`);
  if (scope.types?.length) parts.push(`事项类型：${scope.types.join('、')}`);
  return parts.join('；');
}

const basisText = (basis: Abolished['basis']): string =>
  basis.number ? `《${basis.title}》（${basis.number}）` : `《${basis.title}》`;

function abolitionLine(entry: Entry<Abolished>): AbolitionLine {
  const { name, aliases, abolishedOn, basis, replacement, scope } = entry.data;
  return {
    id: entry.id,
    name,
    aliases,
    abolishedOn: day(abolishedOn),
    basis: compact<AbolitionLine['basis']>({ title: basis.title, number: basis.number }),
    replacement,
    scope: describeScope(scope),
  };
}

function compareAbolition(
  before: Entry<Abolished>,
  after: Entry<Abolished>,
): AbolitionChange | undefined {
  const b = before.data;
  const a = after.data;
  const fields = compact<Omit<AbolitionChange, 'id' | 'name'>>({
    nameChange: change(b.name, a.name),
    aliases: change(b.aliases, a.aliases),
    abolishedOn: change(day(b.abolishedOn), day(a.abolishedOn)),
    scope: change(describeScope(b.scope), describeScope(a.scope)),
    replacement: change(b.replacement, a.replacement),
    basis: change(basisText(b.basis), basisText(a.basis)),
  });
  return hasAny(fields) ? { id: after.id, name: a.name, ...fields } : undefined;
}

type Labelled = Change<string> & { label: string };

function labelled<T>(
  before: T,
  after: T,
  fields: readonly (readonly [keyof T, string])[],
): Labelled[] {
  return fields.flatMap(([key, label]) => {
    const difference = change(String(before[key]), String(after[key]));
    return difference ? [{ label, ...difference }] : [];
  });
}

const DEPARTMENT_FIELDS = [
  ['name', '名称'],
  ['address', '办公地址'],
  ['hours', '办公时间'],
  ['consultPhone', '咨询电话'],
  ['complaintPhone', '监督投诉电话'],
] as const;

const LOCATION_FIELDS = [
  ['name', '名称'],
  ['address', '地址'],
  ['window', '窗口'],
  ['hours', '办公时间'],
] as const;

function compareDepartment(
  id: string,
  before: Department,
  after: Department,
): DepartmentDiff | undefined {
  const fields = labelled(before, after, DEPARTMENT_FIELDS);
  const baseById = new Map(before.locations.map((place) => [place.id, place]));
  const headIds = new Set(after.locations.map((place) => place.id));
  const line = (place: Location) => ({ id: place.id, name: place.name });
  const changed: LocationChange[] = after.locations.flatMap((place) => {
    const old = baseById.get(place.id);
    const differences = old ? labelled(old, place, LOCATION_FIELDS) : [];
    return differences.length > 0 ? [{ id: place.id, name: place.name, fields: differences }] : [];
  });
  const locations = {
    added: after.locations.filter((place) => !baseById.has(place.id)).map(line),
    removed: before.locations.filter((place) => !headIds.has(place.id)).map(line),
    changed,
  };
  const empty =
    fields.length === 0 &&
    [locations.added, locations.removed, changed].every((list) => list.length === 0);
  return empty ? undefined : { id, name: after.name, fields, locations };
}

function compareMaterial(
  id: string,
  before: Material,
  after: Material,
  head: Corpus,
): CatalogueChange | undefined {
  const fields = compact<Omit<CatalogueChange, 'id' | 'name' | 'guides'>>({
    nameChange: change(before.name, after.name),
    license: change(before.license, after.license),
    issuer: change(before.issuer, after.issuer),
  });
  if (!hasAny(fields)) return undefined;
  const guides = head.guides
    .filter((guide) => guide.data.materials.some((item) => item.material === id))
    .map((guide) => guide.id)
    .sort();
  return { id, name: after.name, ...fields, guides };
}

/** Pairs entries present on both sides of two id maps and collects what `compare` reports. */
function bothSides<T, R>(
  base: ReadonlyMap<string, Entry<T>>,
  head: ReadonlyMap<string, Entry<T>>,
  compare: (id: string, before: Entry<T>, after: Entry<T>) => R | undefined,
): R[] {
  return [...head.keys()].sort().flatMap((id) => {
    const before = base.get(id);
    const after = head.get(id);
    const result = before && after ? compare(id, before, after) : undefined;
    return result === undefined ? [] : [result];
  });
}

/** What could not be loaded on each side: file paths, and the ids of guides among them. */
export interface Unreadable {
  readonly files: readonly string[];
  readonly guideIds: ReadonlySet<string>;
}

const NOTHING_UNREADABLE: Unreadable = { files: [], guideIds: new Set() };

/**
 * Guides are matched by id (their path); a guide whose file moved is matched by its code. A guide
 * that exists on the other side but could not be loaded there is neither added nor removed.
 */
function matchGuides(
  base: readonly GuideEntry[],
  head: readonly GuideEntry[],
  unreadable: { base: Unreadable; head: Unreadable },
) {
  const headIds = new Set([...head.map((guide) => guide.id), ...unreadable.head.guideIds]);
  const baseById = new Map(base.map((guide) => [guide.id, guide]));
  const unmatchedBase = base.filter((guide) => !headIds.has(guide.id));
  const pairs: [GuideEntry, GuideEntry][] = [];
  const added: GuideEntry[] = [];
  for (const guide of head) {
    const same = baseById.get(guide.id);
    const moved = same ? undefined : unmatchedBase.find((old) => old.data.code === guide.data.code);
    const before = same ?? moved;
    if (before) pairs.push([before, guide]);
    else if (!unreadable.base.guideIds.has(guide.id)) added.push(guide);
    if (moved) unmatchedBase.splice(unmatchedBase.indexOf(moved), 1);
  }
  return { pairs, added, removed: unmatchedBase };
}

export function diffCorpora(
  base: Corpus,
  head: Corpus,
  unreadable: { base?: Unreadable; head?: Unreadable } = {},
): CorpusDiff {
  const sides = {
    base: unreadable.base ?? NOTHING_UNREADABLE,
    head: unreadable.head ?? NOTHING_UNREADABLE,
  };
  const { pairs, added, removed } = matchGuides(base.guides, head.guides, sides);
  const changedGuides = pairs
    .map(([before, after]) => compareGuide(before, after, base, head))
    .filter((diff): diff is GuideDiff => diff !== undefined)
    .sort(sortGuides);

  const abolished = (ids: Iterable<string>, from: Corpus) =>
    [...ids].sort().flatMap((id) => {
      const entry = from.abolished.get(id);
      return entry ? [abolitionLine(entry)] : [];
    });

  return {
    unreadable: { base: [...sides.base.files].sort(), head: [...sides.head.files].sort() },
    addedGuides: added.map((guide) => guideRef(guide, head)).sort(sortGuides),
    removedGuides: removed.map((guide) => guideRef(guide, base)).sort(sortGuides),
    changedGuides,
    abolitions: {
      added: abolished(
        [...head.abolished.keys()].filter((id) => !base.abolished.has(id)),
        head,
      ),
      removed: abolished(
        [...base.abolished.keys()].filter((id) => !head.abolished.has(id)),
        base,
      ),
      changed: bothSides(base.abolished, head.abolished, (_id, before, after) =>
        compareAbolition(before, after),
      ),
    },
    departments: bothSides(base.departments, head.departments, (id, before, after) =>
      compareDepartment(id, before.data, after.data),
    ),
    catalogue: bothSides(base.materials, head.materials, (id, before, after) =>
      compareMaterial(id, before.data, after.data, head),
    ).sort(byKey((item) => item.id)),
  };
}

/** True when nothing a citizen sees has changed. */
export const isEmptyDiff = (diff: CorpusDiff): boolean =>
  [
    diff.unreadable.base,
    diff.unreadable.head,
    diff.addedGuides,
    diff.removedGuides,
    diff.changedGuides,
    diff.abolitions.added,
    diff.abolitions.removed,
    diff.abolitions.changed,
    diff.departments,
    diff.catalogue,
  ].every((list) => list.length === 0);
