// What the mapping of one item says about its cells: errors (the item is not imported) and
// warnings (imported, adjusted: to check), each with its row and column.
import type { Note } from './model.ts';
import type { SheetRecord } from './sheets.ts';
import type { Parsed } from './values.ts';
import { ID_PATTERN } from '../schemas/common.ts';

/** Written where only a person can know the value; the same marker `npm run new-guide` uses. */
export const PLACEHOLDER = '待填写';

/** Collects the notes of one item; any error means the item is not imported. */
export class ItemNotes {
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
export function required<T, F extends string>(
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

/** Parses an optional cell; when it is empty, takes the most modest value and says so. */
export function orDefault<T, F extends string>(
  notes: ItemNotes,
  record: SheetRecord<F>,
  field: F,
  parse: (cell: string) => Parsed<T>,
  fallback: T,
  message: string,
): T | undefined {
  if (record.has(field)) return notes.take(record, field, parse(record.get(field)));
  notes.warn(record, field, message);
  return fallback;
}

/** A unique, deterministic id from a name: its pinyin, then -2, -3… when taken. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  const clean = ID_PATTERN.test(base) ? base : 'item';
  let id = clean;
  for (let n = 2; taken(id); n++) id = `${clean}-${n}`;
  return id;
}
