// Open data that stays small at any size: the published guides are also split per department
// into parts of at most DATA_PART_SIZE guides (about 6 KB of JSON each, so a part stays far
// under the 20 MB budget), listed by one index file. Past WHOLE_DATA_MAX_GUIDES published
// guides, /data/guides.json, /data/guides.csv and /data/guides.xlsx no longer hold every guide but the index
// (docs/scale.md): a file of 100,000 guides would be 600 MB.
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { GuideSummaryEntry, SiteCorpus } from '../corpus/summary.ts';
import { absoluteUrl } from '../site/urls.ts';
import type { SheetData } from '../spreadsheet/write.ts';

export const DATA_PART_SIZE = 1000;
export const WHOLE_DATA_MAX_GUIDES = 2000;

export const DATA_INDEX_URL = '/data/guides/index.json';

export type DataFormat = 'json' | 'csv' | 'xlsx';

export const partUrl = (department: string, part: number, format: DataFormat): string =>
  `/data/guides/${department}/${String(part)}.${format}`;

export interface DataPart {
  readonly department: string;
  readonly part: number;
  readonly guides: readonly GuideSummaryEntry[];
}

/** The parts of the open data: per department (in catalogue order), DATA_PART_SIZE guides each. */
export function dataParts(
  byDepartment: ReadonlyMap<string, readonly GuideSummaryEntry[]>,
  size = DATA_PART_SIZE,
): DataPart[] {
  return [...byDepartment].flatMap(([department, guides]) =>
    Array.from({ length: Math.ceil(guides.length / size) }, (_, i) => ({
      department,
      part: i + 1,
      guides: guides.slice(i * size, (i + 1) * size),
    })),
  );
}

export const openDataPartSchema = z
  .object({
    department: z.string().describe('实施主体 id'),
    departmentName: z.string().describe('实施主体名称'),
    part: z.number().int().min(1).describe('该部门的第几卷，从 1 开始'),
    count: z.number().int().min(0).describe('本卷的事项数'),
    json: z.string().describe('本卷 JSON 文件的网址'),
    csv: z.string().describe('本卷 CSV 文件的网址'),
    xlsx: z.string().describe('本卷 Excel（.xlsx）文件的网址'),
  })
  .describe('开放数据的一卷：一个部门的一部分办事指南');

export const openDataIndexSchema = z
  .object({
    title: z.string().describe('数据集名称'),
    count: z.number().int().min(0).describe('已发布事项的总数'),
    partSize: z.number().int().min(1).describe('每卷最多的事项数'),
    parts: z.array(openDataPartSchema).describe('各卷，按部门排列'),
  })
  .describe('按部门分卷的开放数据的索引');

export type OpenDataIndex = z.infer<typeof openDataIndexSchema>;

export function openDataIndex(
  parts: readonly DataPart[],
  corpus: SiteCorpus,
  site: string | URL,
  title: string,
): OpenDataIndex {
  return {
    title,
    count: parts.reduce((sum, part) => sum + part.guides.length, 0),
    partSize: DATA_PART_SIZE,
    parts: parts.map((part) => ({
      department: part.department,
      departmentName: corpus.departments.get(part.department)?.data.name ?? part.department,
      part: part.part,
      count: part.guides.length,
      json: absoluteUrl(partUrl(part.department, part.part, 'json'), site),
      csv: absoluteUrl(partUrl(part.department, part.part, 'csv'), site),
      xlsx: absoluteUrl(partUrl(part.department, part.part, 'xlsx'), site),
    })),
  };
}

const INDEX_COLUMNS = ['实施主体', '卷', '事项数', 'JSON', 'CSV', 'Excel'];
const indexRows = (index: OpenDataIndex) =>
  index.parts.map((part) => [
    part.departmentName,
    part.part,
    part.count,
    part.json,
    part.csv,
    part.xlsx,
  ]);

/** The index as one sheet (what /data/guides.xlsx holds on a large site): one row per part. */
export const openDataIndexSheet = (index: OpenDataIndex): SheetData => ({
  name: '分卷',
  header: INDEX_COLUMNS,
  rows: indexRows(index),
});

/** The index as CSV (what /data/guides.csv holds on a large site): one row per part. */
export function openDataIndexCsv(index: OpenDataIndex): string {
  return stringify(indexRows(index), {
    bom: true,
    header: true,
    columns: INDEX_COLUMNS,
    record_delimiter: 'windows',
    cast: { number: String },
  });
}

/** Whether the whole-catalogue files still hold every guide (small sites) or the index. */
export const wholeDataFiles = (published: number): boolean => published <= WHOLE_DATA_MAX_GUIDES;
