// Writes a Table-like list of sheets to .xlsx bytes with exceljs: a bold, frozen header row and
// columns wide enough to read, so an exported file opens usably in Excel and WPS.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { oneAtATime } from './one-at-a-time.ts';

// DOS time stamps start in 1980; one fixed time for every zip entry keeps /data/guides.xlsx
// byte-identical from build to build (exceljs stamps entries with the time of writing).
const ENTRY_DATE = new Date(Date.UTC(1980, 0, 1));

export interface SheetData {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

export function workbookOf(sheets: readonly SheetData[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  // Fixed metadata, so the same guides give the same cells and properties.
  workbook.creator = 'Tongyuan';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    worksheet.addRow([...sheet.header]).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow([...row]);
    worksheet.columns.forEach((column, i) => {
      const longest = Math.max(
        (sheet.header[i] ?? '').length,
        ...sheet.rows.map((row) => String(row[i] ?? '').length),
      );
      // Chinese characters are about two columns wide; long text wraps at 60.
      column.width = Math.min(60, Math.max(8, longest * 2));
    });
  }
  return workbook;
}

const writing = oneAtATime();

/** The .xlsx bytes of the sheets; one workbook is written at a time in a process. */
export function xlsxBytes(sheets: readonly SheetData[]): Promise<Uint8Array<ArrayBuffer>> {
  return writing(() => writeXlsx(sheets));
}

async function writeXlsx(sheets: readonly SheetData[]): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await workbookOf(sheets).xlsx.writeBuffer();
  // Re-pack with fixed entry dates: exceljs gives no way to set them.
  const zip = await JSZip.loadAsync(buffer);
  for (const entry of Object.values(zip.files)) entry.date = ENTRY_DATE;
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return Uint8Array.from(bytes);
}
