// The district audit, item by item: the online platform's guides against the counter's. Items are
// paired by code, else by title; materials by catalogue id (exports are matched to the catalogue
// the way the importer does it, so 身份证 and 居民身份证 are one material). Pure: both sides come in
// as guides, the report comes out.
import type { Catalogue } from '../corpus/load.ts';
import type { Entry, GuideEntry } from '../corpus/model.ts';
import { materialKey } from '../import/match.ts';
import { squash } from '../import/values.ts';
import { PUBLISHED_STATUS } from '../schemas/enums.ts';
import type { Department, Guide, GuideMaterial } from '../schemas/index.ts';
import { departmentStats } from '../stats/department-stats.ts';
import type { StatsRow } from '../stats/department-stats.ts';
import { abolitionsOf, inScope } from '../validate/abolition.ts';
import { documentName } from '../validate/context.ts';
import type { BuildDate } from '../validate/date.ts';
import type {
  AbolishedListed,
  AuditReport,
  DepartmentFigures,
  ItemDifference,
  ItemRef,
  MaterialDifference,
  SideName,
  SideSummary,
} from './model.ts';

export interface AuditSide {
  readonly summary: Omit<SideSummary, 'items' | 'excluded'>;
  readonly guides: readonly GuideEntry[];
  /** Departments by id, for names. */
  readonly departments: ReadonlyMap<string, Department>;
  /** Material names by id (catalogue and, for an export, the names it proposed). */
  readonly materialNames: ReadonlyMap<string, string>;
}

const ref = (g: Guide, side: AuditSide): ItemRef => ({
  code: g.code,
  title: g.title,
  department: side.departments.get(g.department)?.name ?? g.department,
});

const nameOf = (side: AuditSide, id: string) => side.materialNames.get(id) ?? id;
/** By the name of the catalogue entry each side resolved to: 身份证 and 居民身份证 are one material. */
const keyOf = (side: AuditSide, m: GuideMaterial) =>
  `name:${materialKey(nameOf(side, m.material))}`;

const describe = (m: GuideMaterial) =>
  `${m.form}，原件${m.originals}份，复印件${m.copies}份，${m.necessity}`;

function compareMaterials(
  online: Guide,
  counter: Guide,
  sides: { online: AuditSide; counter: AuditSide },
): MaterialDifference[] {
  const index = (g: Guide, side: AuditSide) => new Map(g.materials.map((m) => [keyOf(side, m), m]));
  const a = index(online, sides.online);
  const b = index(counter, sides.counter);
  const out: MaterialDifference[] = [];
  for (const [key, m] of a) {
    const other = b.get(key);
    const name = nameOf(sides.online, m.material);
    if (!other) {
      out.push({ problem: 'missing-counter', material: name, online: describe(m), counter: '' });
      continue;
    }
    if (m.form !== other.form)
      out.push({ problem: 'form', material: name, online: m.form, counter: other.form });
    if (m.originals !== other.originals || m.copies !== other.copies)
      out.push({
        problem: 'counts',
        material: name,
        online: `原件${m.originals}份，复印件${m.copies}份`,
        counter: `原件${other.originals}份，复印件${other.copies}份`,
      });
    if (m.necessity !== other.necessity)
      out.push({
        problem: 'necessity',
        material: name,
        online: m.necessity,
        counter: other.necessity,
      });
  }
  for (const [key, m] of b) {
    if (!a.has(key))
      out.push({
        problem: 'missing-online',
        material: nameOf(sides.counter, m.material),
        online: '',
        counter: describe(m),
      });
  }
  return out;
}

function abolishedOn(
  sideName: SideName,
  side: AuditSide,
  guides: readonly Guide[],
  catalogue: Catalogue,
  date: BuildDate,
): AbolishedListed[] {
  const abolitions = abolitionsOf(catalogue, date).filter((a) => a.inForce);
  const out: AbolishedListed[] = [];
  for (const g of guides) {
    for (const m of g.materials) {
      const name = nameOf(side, m.material);
      const aliases = catalogue.materials.get(m.material)?.data.aliases ?? [];
      for (const a of abolitions) {
        if (!inScope(a, g)) continue;
        const listed =
          a.entry.data.material === m.material ||
          [name, ...aliases].some((n) => a.names.includes(n));
        if (!listed) continue;
        out.push({
          ...ref(g, side),
          side: sideName,
          material: name,
          abolished: a.entry.data.name,
          basis: documentName(a.entry.data.basis),
          since: a.on,
          replacement: a.entry.data.replacement,
        });
      }
    }
  }
  return out;
}

const figures = (row: StatsRow | undefined): DepartmentFigures => ({
  items: row?.items ?? 0,
  fullyOnlineShare: row?.fullyOnlineShare ?? null,
  averageVisits: row?.averageVisits ?? null,
});

/** Per department name (ids may differ between an export and the corpus), both sides' figures. */
function departmentRows(
  sides: { online: AuditSide; counter: AuditSide },
  published: { online: GuideEntry[]; counter: GuideEntry[] },
) {
  const names: string[] = [];
  const stats = (side: AuditSide, guides: readonly GuideEntry[]) => {
    const byName = new Map<string, GuideEntry[]>();
    for (const g of guides) {
      const name = side.departments.get(g.data.department)?.name ?? g.data.department;
      if (!names.includes(name)) names.push(name);
      byName.set(name, [...(byName.get(name) ?? []), g]);
    }
    return byName;
  };
  const online = stats(sides.online, published.online);
  const counter = stats(sides.counter, published.counter);
  names.sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const entries = (byName: Map<string, GuideEntry[]>) =>
    departmentStats(
      names.map((name) => ({ id: name, data: { name } as Department }) satisfies Entry<Department>),
      byName,
      '全部部门',
    );
  const a = entries(online);
  const b = entries(counter);
  return {
    rows: names.map((name, i) => ({
      department: name,
      online: figures(a.rows[i]),
      counter: figures(b.rows[i]),
    })),
    total: { department: '全部部门', online: figures(a.total), counter: figures(b.total) },
  };
}

export function audit(
  online: AuditSide,
  counter: AuditSide,
  catalogue: Catalogue,
  date: BuildDate,
): AuditReport {
  const published = {
    online: online.guides.filter((g) => g.data.status === PUBLISHED_STATUS),
    counter: counter.guides.filter((g) => g.data.status === PUBLISHED_STATUS),
  };
  const sides = { online, counter };
  const counterByCode = new Map(published.counter.map((g) => [g.data.code, g]));
  const counterByTitle = new Map(published.counter.map((g) => [squash(g.data.title), g]));
  const paired = new Set<GuideEntry>();
  const differences: ItemDifference[] = [];
  const onlyOnline: ItemRef[] = [];
  for (const g of published.online) {
    const byCode = counterByCode.get(g.data.code);
    const byTitle = byCode ? undefined : counterByTitle.get(squash(g.data.title));
    const other = byCode ?? (byTitle && !paired.has(byTitle) ? byTitle : undefined);
    if (!other) {
      onlyOnline.push(ref(g.data, online));
      continue;
    }
    paired.add(other);
    const materials = compareMaterials(g.data, other.data, sides);
    if (materials.length > 0 || (!byCode && other.data.code !== g.data.code))
      differences.push({
        ...ref(g.data, online),
        matchedBy: byCode ? 'code' : 'title',
        ...(byCode ? {} : { otherCode: other.data.code }),
        materials,
      });
  }
  const onlyCounter = published.counter
    .filter((g) => !paired.has(g))
    .map((g) => ref(g.data, counter));
  const abolished = [
    ...abolishedOn(
      'online',
      online,
      published.online.map((g) => g.data),
      catalogue,
      date,
    ),
    ...abolishedOn(
      'counter',
      counter,
      published.counter.map((g) => g.data),
      catalogue,
      date,
    ),
  ];
  const { rows, total } = departmentRows(sides, published);
  const summary = (side: AuditSide, list: readonly GuideEntry[]): SideSummary => ({
    ...side.summary,
    items: list.length,
    excluded: side.guides.length - list.length,
  });
  return {
    date: date.iso,
    online: summary(online, published.online),
    counter: summary(counter, published.counter),
    onlyOnline,
    onlyCounter,
    differences,
    abolished,
    departments: rows,
    total,
    drift:
      onlyOnline.length +
      onlyCounter.length +
      differences.filter((d) => d.materials.length > 0).length +
      differences.filter((d) => d.otherCode !== undefined).length +
      abolished.length,
  };
}
