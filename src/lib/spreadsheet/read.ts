// Reads an .xlsx workbook (exceljs) or a .csv file (csv-parse) into a Table. Every way a file can
// be unreadable is a SpreadsheetError with a Chinese message, never a library's stack trace.
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { MAX_ROWS, SpreadsheetError } from './table.ts';
import type { Sheet, Table } from './table.ts';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, i) => bytes[i] === byte);

/** Text of a cell value as Excel would show it: rich text joined, dates as YYYY-MM-DD. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return cellText(value.text);
    if ('result' in value) return cellText(value.result);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

const tooMany = (file: string, sheet: string | undefined, rows: number, max: number) =>
  new SpreadsheetError(
    `${file}${sheet === undefined ? ' ' : ` 的工作表“${sheet}”`}有 ${rows.toLocaleString('en-US')} 行，超过一次导入的上限 ${max.toLocaleString('en-US')} 行。` +
      '这不像一个区县的实施清单导出；请按部门分别导出（或拆分文件）后逐个导入。',
  );

async function readXlsx(file: string, bytes: Uint8Array, max: number): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new SpreadsheetError(
      `${file} 看起来是压缩文件，但不是能读取的 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中打开并另存为 .xlsx 或 CSV（UTF-8）后再导入。`,
    );
  }
  const sheets: Sheet[] = [];
  for (const worksheet of workbook.worksheets) {
    if (worksheet.rowCount > max) throw tooMany(file, worksheet.name, worksheet.rowCount, max);
    // Sparse: exceljs skips rows and cells it never stored.
    const rows: (string[] | undefined)[] = [];
    const mergedInto = new Set<string>();
    worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: (string | undefined)[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellText(cell.value).trim();
        if (cell.isMerged && cell.master.address !== cell.address)
          mergedInto.add(`${rowNumber}:${col}`);
      });
      rows[rowNumber - 1] = Array.from(cells, (text) => text ?? '');
    });
    sheets.push({ name: worksheet.name, rows: Array.from(rows, (r) => r ?? []), mergedInto });
  }
  return { file, format: 'xlsx', sheets };
}

function readCsv(file: string, bytes: Uint8Array, max: number): Table {
  let records: string[][];
  try {
    records = parseCsv(Buffer.from(bytes), {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new SpreadsheetError(
      `${file} 不是有效的 CSV 文件${line ? `（第 ${line} 行附近）` : ''}：引号没有成对。请用 Excel 或 WPS 另存为“CSV UTF-8（逗号分隔）”后再导入。`,
    );
  }
  if (records.length > max) throw tooMany(file, undefined, records.length, max);
  const name = file.replace(/^.*[\\/]/, '').replace(/\.csv$/i, '');
  return { file, format: 'csv', sheets: [{ name, rows: records, mergedInto: new Set() }] };
}

/**
 * Reads `bytes` (the content of `file`) as a workbook or a CSV, by content, not by name. `maxRows`
 * is for tests: building a 100,000-row workbook takes half a minute.
 */
export async function readTable(
  file: string,
  bytes: Uint8Array,
  maxRows = MAX_ROWS,
): Promise<Table> {
  if (bytes.length === 0)
    throw new SpreadsheetError(`${file} 是空文件（0 字节）。请重新从平台导出实施清单。`);
  if (startsWith(bytes, ZIP)) return await readXlsx(file, bytes, maxRows);
  if (startsWith(bytes, OLE))
    throw new SpreadsheetError(
      `${file} 是旧版 Excel 97-2003 格式（.xls），无法直接读取。请在 Excel 或 WPS 中另存为 .xlsx 或 CSV（UTF-8）后再导入。`,
    );
  if (/\.xlsx$/i.test(file))
    throw new SpreadsheetError(
      `${file} 的扩展名是 .xlsx，但内容不是 Excel 工作簿（可能是网页或损坏的下载）。请重新从平台导出。`,
    );
  const text = Buffer.from(bytes.subarray(0, 4096)).toString('utf8');
  // A binary file (a PDF, an image) is not a CSV: NUL bytes or replacement characters show it.
  if (text.includes('\u0000') || (text.match(/\uFFFD/g)?.length ?? 0) > 4)
    throw new SpreadsheetError(
      `${file} 不是电子表格：既不是 Excel 工作簿（.xlsx），也不是 UTF-8 编码的 CSV 文本。请导入平台导出的实施清单。`,
    );
  const table = readCsv(file, bytes, maxRows);
  if (table.sheets.every((sheet) => sheet.rows.every((row) => row.every((c) => c === ''))))
    throw new SpreadsheetError(`${file} 没有任何内容。请重新从平台导出实施清单。`);
  return table;
}
