// Which sheet of an export holds what, and its rows as records keyed by our field names. Four
// layouts are read: an item sheet, a materials sheet and a process sheet keyed by 实施编码, or one
// sheet with each item's cells merged over its material rows (merged cells arrive filled in).
import { SpreadsheetError } from '../spreadsheet/table.ts';
import type { Sheet, Table } from '../spreadsheet/table.ts';
import { ITEM_COLUMNS, MATERIAL_COLUMNS, matchHeaders, PROCESS_COLUMNS } from './headers.ts';
import type { HeaderCell, HeaderMatch, ItemField, MaterialField, ProcessField } from './headers.ts';

export type Role = 'items' | 'materials' | 'process' | 'combined';

export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  items: '事项表',
  materials: '材料表',
  process: '流程表',
  combined: '事项与材料合并表',
};

/** Where a record came from: sheet name and 1-based row number, as Excel shows them. */
export interface RowRef {
  readonly sheet: string;
  readonly row: number;
}

export const rowName = (at: RowRef): string => `工作表“${at.sheet}”第 ${at.row} 行`;

export class SheetRecord<F extends string> {
  readonly at: RowRef;
  private readonly cells: readonly string[];
  private readonly header: HeaderMatch<F>;
  constructor(at: RowRef, cells: readonly string[], header: HeaderMatch<F>) {
    this.at = at;
    this.cells = cells;
    this.header = header;
  }
  /** The cell's text, '' when the column is absent or the cell empty. */
  get(field: F): string {
    const column = this.header.columns.get(field);
    return column === undefined ? '' : (this.cells[column.index] ?? '');
  }
  column(field: F): HeaderCell | undefined {
    return this.header.columns.get(field);
  }
  has(field: F): boolean {
    return this.get(field) !== '';
  }
}

export type ItemRecord = SheetRecord<ItemField>;
export type MaterialRecord = SheetRecord<MaterialField>;
export type ProcessRecord = SheetRecord<ProcessField>;

export interface SheetReading {
  readonly sheet: string;
  readonly role: Role;
  readonly headerRow: number;
  readonly unknown: readonly HeaderCell[];
  readonly unused: readonly (HeaderCell & { readonly why: string })[];
  readonly duplicates: readonly HeaderCell[];
  /** Row numbers after the header that are entirely empty. */
  readonly blank: readonly number[];
  /** Row numbers of data rows (not empty). */
  readonly data: readonly number[];
  /** Rows (1-based) with cells merged from the row above, in a combined sheet. */
  readonly mergedRows: number;
}

/** An item with its material and process rows, in sheet order. */
export interface ItemRows {
  readonly item: ItemRecord;
  readonly materials: MaterialRecord[];
  readonly steps: ProcessRecord[];
}

export interface Reading {
  readonly sheets: readonly SheetReading[];
  /** Sheets with no header we know, by name. */
  readonly ignored: readonly string[];
  readonly items: readonly ItemRows[];
  /** Material and process rows of separate sheets, to be attached by 实施编码 or 事项名称. */
  readonly looseMaterials: readonly MaterialRecord[];
  readonly looseSteps: readonly ProcessRecord[];
}

const HEADER_SEARCH_ROWS = 10;
const ITEM_ONLY_FIELDS = new Set<string>([
  'type',
  'kind',
  'basis',
  'conditions',
  'depth',
  'legal',
  'promised',
  'audience',
]);

interface Detected {
  role: Role;
  row: number;
  item: HeaderMatch<ItemField>;
  material: HeaderMatch<MaterialField>;
  process: HeaderMatch<ProcessField>;
}

function detect(sheet: Sheet): Detected | undefined {
  let best: (Detected & { score: number }) | undefined;
  sheet.rows.slice(0, HEADER_SEARCH_ROWS).forEach((cells, i) => {
    const item = matchHeaders(cells, i + 1, ITEM_COLUMNS);
    const material = matchHeaders(cells, i + 1, MATERIAL_COLUMNS);
    const process = matchHeaders(cells, i + 1, PROCESS_COLUMNS);
    const itemOnly = [...item.columns.keys()].filter((f) => ITEM_ONLY_FIELDS.has(f)).length;
    const hasKey = item.columns.has('code') || item.columns.has('title');
    let role: Role | undefined;
    if (material.columns.has('name') && itemOnly >= 3) role = 'combined';
    else if (material.columns.has('name') && hasKey) role = 'materials';
    else if (process.columns.has('step') && hasKey) role = 'process';
    else if (hasKey && itemOnly >= 3) role = 'items';
    if (role === undefined) return;
    const score = item.columns.size + material.columns.size + process.columns.size;
    if (!best || score > best.score) best = { role, row: i + 1, item, material, process, score };
  });
  return best;
}

const isBlank = (cells: readonly string[] | undefined) => !cells || cells.every((c) => c === '');

function unknownOf(detected: Detected): HeaderCell[] {
  const { role, item, material, process } = detected;
  if (role === 'items') return [...item.unknown];
  if (role === 'process') return [...process.unknown];
  if (role === 'materials') return [...material.unknown];
  const known = new Set([...material.columns.values()].map((c) => c.index));
  return item.unknown.filter((c) => !known.has(c.index));
}

/** Reads every sheet; throws SpreadsheetError when no sheet holds items. */
export function readSheets(table: Table): Reading {
  const sheets: SheetReading[] = [];
  const ignored: string[] = [];
  const items: ItemRows[] = [];
  const looseMaterials: MaterialRecord[] = [];
  const looseSteps: ProcessRecord[] = [];

  for (const sheet of table.sheets) {
    const detected = detect(sheet);
    if (!detected) {
      ignored.push(sheet.name);
      continue;
    }
    const blank: number[] = [];
    const data: number[] = [];
    let mergedRows = 0;
    let current: ItemRows | undefined;
    for (let r = detected.row; r < sheet.rows.length; r++) {
      const cells = sheet.rows[r] ?? [];
      const rowNumber = r + 1;
      if (isBlank(cells)) {
        blank.push(rowNumber);
        continue;
      }
      data.push(rowNumber);
      const at = { sheet: sheet.name, row: rowNumber };
      if (detected.role === 'materials')
        looseMaterials.push(new SheetRecord(at, cells, detected.material));
      else if (detected.role === 'process')
        looseSteps.push(new SheetRecord(at, cells, detected.process));
      else if (detected.role === 'items') {
        items.push({ item: new SheetRecord(at, cells, detected.item), materials: [], steps: [] });
      } else {
        const item = new SheetRecord(at, cells, detected.item);
        const material = new SheetRecord(at, cells, detected.material);
        const codeColumn = detected.item.columns.get('code');
        const merged =
          codeColumn !== undefined && sheet.mergedInto.has(`${rowNumber}:${codeColumn.index + 1}`);
        // A row continues the item above when its code cell is merged into it, repeats the same
        // code, or is empty while it names a material (exports that leave item cells blank).
        const continues =
          current !== undefined &&
          (merged ||
            (item.has('code') && item.get('code') === current.item.get('code')) ||
            (!item.has('code') && !item.has('title') && material.has('name')));
        if (merged) mergedRows++;
        if (continues && current) {
          if (material.has('name')) current.materials.push(material);
        } else {
          current = { item, materials: material.has('name') ? [material] : [], steps: [] };
          items.push(current);
        }
      }
    }
    sheets.push({
      sheet: sheet.name,
      role: detected.role,
      headerRow: detected.row,
      unknown: unknownOf(detected),
      unused: [
        ...(detected.role === 'items' || detected.role === 'combined' ? detected.item.unused : []),
        ...(detected.role === 'materials' || detected.role === 'combined'
          ? detected.material.unused
          : []),
        ...(detected.role === 'process' ? detected.process.unused : []),
      ],
      duplicates:
        detected.role === 'process'
          ? detected.process.duplicates
          : detected.role === 'materials'
            ? detected.material.duplicates
            : detected.item.duplicates,
      blank,
      data,
      mergedRows,
    });
  }

  if (!sheets.some((s) => s.role === 'items' || s.role === 'combined')) {
    const names = table.sheets.map((s) => `“${s.name}”`).join('、');
    throw new SpreadsheetError(
      `${table.file} 中找不到事项表：工作表 ${names} 的前 ${HEADER_SEARCH_ROWS} 行都没有“事项名称”或“实施编码”以及“事项类型”“办件类型”“设定依据”等列。` +
        '请确认导入的是平台导出的实施清单（事项表），而不是其他报表；表头的写法见 docs/adopt.md。',
    );
  }
  return { sheets, ignored, items, looseMaterials, looseSteps };
}
