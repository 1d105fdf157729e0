// Writes a Table-like list of sheets to .xlsx bytes with exceljs: a bold, frozen header row and
// columns wide enough to read, so an exported file opens usably in Excel and WPS.
import ExcelJS from 'exceljs';

export interface SheetData {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

export function workbookOf(sheets: readonly SheetData[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  // Fixed metadata, so the same guides give the same cells and properties (the zip entries still
  // carry the time of writing: exceljs does not let us set it).
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

export async function xlsxBytes(sheets: readonly SheetData[]): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await workbookOf(sheets).xlsx.writeBuffer();
  return Uint8Array.from(new Uint8Array(buffer));
}
