// The audit's findings as data: Markdown, CSV and JSON are three renderings of this one object.
import type { Note } from '../import/model.ts';

export type SideName = 'online' | 'counter';

export const SIDE_NAMES: Readonly<Record<SideName, string>> = { online: '线上', counter: '窗口' };

export interface SideSummary {
  /** The export file or the content folder. */
  readonly source: string;
  /** Items 在用 on this side (the ones compared). */
  readonly items: number;
  /** Items in another status (暂停, 取消, 草稿): not compared, counted. */
  readonly excluded: number;
  /** Rows of an export that could not be read into an item, with why. */
  readonly unreadable: readonly Note[];
}

export interface ItemRef {
  readonly code: string;
  readonly title: string;
  readonly department: string;
}

export type MaterialProblem =
  'missing-online' | 'missing-counter' | 'form' | 'counts' | 'necessity';

export interface MaterialDifference {
  readonly problem: MaterialProblem;
  readonly material: string;
  /** How each side lists it ('' when it does not). */
  readonly online: string;
  readonly counter: string;
}

export interface ItemDifference extends ItemRef {
  readonly matchedBy: 'code' | 'title';
  /** When matched by title, the other side's code. */
  readonly otherCode?: string;
  readonly materials: readonly MaterialDifference[];
}

export interface AbolishedListed extends ItemRef {
  readonly side: SideName;
  readonly material: string;
  /** Name in the register, its document and date. */
  readonly abolished: string;
  readonly basis: string;
  readonly since: string;
  readonly replacement: string;
}

export interface DepartmentFigures {
  readonly items: number;
  readonly fullyOnlineShare: number | null;
  readonly averageVisits: number | null;
}

export interface DepartmentRow {
  readonly department: string;
  readonly online: DepartmentFigures;
  readonly counter: DepartmentFigures;
}

export interface AuditReport {
  readonly date: string;
  readonly online: SideSummary;
  readonly counter: SideSummary;
  readonly onlyOnline: readonly ItemRef[];
  readonly onlyCounter: readonly ItemRef[];
  readonly differences: readonly ItemDifference[];
  readonly abolished: readonly AbolishedListed[];
  readonly departments: readonly DepartmentRow[];
  readonly total: DepartmentRow;
  /** Anything above that means the two sides drift apart. */
  readonly drift: number;
}
