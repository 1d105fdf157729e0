// The statistics page (DESIGN.md problem 3: citizens cannot tell what can be done online).
// Per department: how many items, which share can be done fully online, how often citizens
// still have to come, which share is settled on the spot (即办件), which share is free.
import type { Entry } from '../corpus/model.ts';
import type { GuideSummaryEntry } from '../corpus/summary.ts';
import type { Department } from '../schemas/index.ts';

export interface StatsRow {
  /** Department id, or `null` for the total row. */
  readonly id: string | null;
  readonly name: string;
  readonly items: number;
  /** Shares are 0..1; `null` when the department has no published item (no division by 0). */
  readonly fullyOnlineShare: number | null;
  readonly averageVisits: number | null;
  readonly instantShare: number | null;
  readonly freeShare: number | null;
}

export interface DepartmentStats {
  readonly rows: readonly StatsRow[];
  readonly total: StatsRow;
}

function row(id: string | null, name: string, guides: readonly GuideSummaryEntry[]): StatsRow {
  const items = guides.length;
  if (items === 0) {
    return {
      id,
      name,
      items,
      fullyOnlineShare: null,
      averageVisits: null,
      instantShare: null,
      freeShare: null,
    };
  }
  let fullyOnline = 0;
  let visits = 0;
  let instant = 0;
  let free = 0;
  for (const { data } of guides) {
    if (data.online.depth === '全程网办') fullyOnline++;
    visits += data.visits;
    if (data.kind === '即办件') instant++;
    if (data.fees.length === 0) free++;
  }
  return {
    id,
    name,
    items,
    fullyOnlineShare: fullyOnline / items,
    averageVisits: visits / items,
    instantShare: instant / items,
    freeShare: free / items,
  };
}

/**
 * One row per department in the given order, plus the total over all the given guides.
 * Pass published guides only: drafts and suspended items are not part of the public record.
 */
export function departmentStats(
  departments: readonly Entry<Department>[],
  guidesByDepartment: ReadonlyMap<string, readonly GuideSummaryEntry[]>,
  totalName: string,
): DepartmentStats {
  const rows = departments.map((d) => row(d.id, d.data.name, guidesByDepartment.get(d.id) ?? []));
  const all = departments.flatMap((d) => guidesByDepartment.get(d.id) ?? []);
  return { rows, total: row(null, totalName, all) };
}

/** The measures shown as charts, in page order. */
export const MEASURES = [
  'items',
  'fullyOnlineShare',
  'averageVisits',
  'instantShare',
  'freeShare',
] as const;
export type Measure = (typeof MEASURES)[number];
