// What an import produces before anything is written: the content to write, and for every row of
// the export either where it went or why it was not imported.
import type { Department, Guide, Material } from '../schemas/index.ts';
import type { Candidate } from './match.ts';
import type { HeaderCell } from './headers.ts';
import type { Reading, RowRef } from './sheets.ts';

export interface Note {
  readonly at: RowRef;
  readonly column?: HeaderCell | undefined;
  readonly message: string;
}

export interface ImportedItem {
  readonly at: RowRef;
  readonly code: string;
  readonly title: string;
  /** Guide id, `<department>/<slug>`. */
  readonly id: string;
  readonly data: Guide;
  readonly body: string;
}

export interface Review {
  readonly at: RowRef;
  readonly column?: HeaderCell | undefined;
  readonly item: string;
  readonly name: string;
  readonly candidates: readonly Candidate[];
  /** Id of the new catalogue entry the guide now lists. */
  readonly proposed: string;
  /** The register entry (file under abolished/) whose name or alias this is, if any. */
  readonly abolished?: string;
}

export interface ImportPlan {
  readonly reading: Reading;
  readonly items: readonly ImportedItem[];
  /** Rows not imported, with why (an item with one bad cell is not imported at all). */
  readonly skipped: readonly Note[];
  /** Imported, but something was converted or filled in: to check. */
  readonly adjusted: readonly Note[];
  readonly reviews: readonly Review[];
  readonly departments: ReadonlyMap<string, Department>;
  readonly materials: ReadonlyMap<string, Material>;
  /** Per sheet: rows imported (as an item, a material or a step) and rows skipped. */
  readonly ledger: ReadonlyMap<string, { imported: number; skipped: number }>;
}
