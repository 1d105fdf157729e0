// /data/guides.xlsx read back with exceljs directly (not through our reader): its sheets, its
// headers (the import's canonical names), and one row per published guide, as many as the CSV.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { guidesCsv } from '../../src/lib/export/guides-csv.ts';
import { guidesXlsx, XLSX_SHEETS } from '../../src/lib/export/guides-xlsx.ts';
import { buildSiteIndex } from '../../src/lib/site/site-index.ts';
import { readTable } from '../../src/lib/spreadsheet/read.ts';

const { corpus } = loadCorpus({});
const published = buildSiteIndex(corpus).published;

describe('guides.xlsx', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await guidesXlsx(published, corpus)).buffer);
  const values = (name: string) => {
    const sheet = wb.getWorksheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.text));
      rows.push(cells);
    });
    return rows;
  };

  it('has the item, materials and process sheets, keyed by 实施编码', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(Object.values(XLSX_SHEETS));
    for (const name of Object.values(XLSX_SHEETS)) expect(values(name)[0]?.[0]).toBe('实施编码');
    expect(values(XLSX_SHEETS.items)[0]?.slice(0, 7)).toEqual([
      '实施编码',
      '事项名称',
      '事项类型',
      '指南编号',
      '实施主体编号',
      '实施主体',
      '事项状态',
    ]);
  });

  it('has one item row per published guide, as many as /data/guides.csv, and every material and step', () => {
    const csv: string[][] = parse(guidesCsv(published, corpus, 'https://example.org'), {
      bom: true,
    });
    const items = values(XLSX_SHEETS.items).slice(1);
    expect(items).toHaveLength(csv.length - 1);
    expect(items.map((r) => r[0])).toEqual(published.map((g) => g.data.code));
    expect(values(XLSX_SHEETS.materials).slice(1)).toHaveLength(
      published.reduce((n, g) => n + g.data.materials.length, 0),
    );
    expect(values(XLSX_SHEETS.process).slice(1)).toHaveLength(
      published.reduce((n, g) => n + g.data.process.length, 0),
    );
  });

  it('gives the same cells for the same guides (only the zip entries’ timestamps differ)', async () => {
    const read = async () =>
      (await readTable('guides.xlsx', await guidesXlsx(published, corpus))).sheets.map((s) => [
        s.name,
        s.rows,
      ]);
    expect(await read()).toEqual(await read());
  });
});
