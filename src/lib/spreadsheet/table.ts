// A spreadsheet as the importer sees it: named sheets of text cells, whatever the file format.
// Merged cells are already filled in with their master's value (that is how an export with one
// sheet shows an item's cells over its material rows), and remembered so a report can say so.

export interface Sheet {
  readonly name: string;
  /** Row `i` is spreadsheet row `i + 1`; each cell trimmed text, '' when empty. */
  readonly rows: readonly (readonly string[])[];
  /** `row:column` (1-based) of every cell that is part of a merge but not its top-left cell. */
  readonly mergedInto: ReadonlySet<string>;
}

export interface Table {
  /** The file name, as the user gave it. */
  readonly file: string;
  readonly format: 'xlsx' | 'csv';
  readonly sheets: readonly Sheet[];
}

/** `A`, `B`, … `Z`, `AA`: the column letters a spreadsheet shows, from a 0-based index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A reason the file cannot be read at all; `message` is Chinese and says what to do. */
export class SpreadsheetError extends Error {
  override name = 'SpreadsheetError';
}

/** Above this, a file is not one district's export (a whole province, or a runaway sheet). */
export const MAX_ROWS = 50_000;
