// Reads the inputs of the build invariant from disk: the guide sources (only their frontmatter
// `code` and `status`, read independently of the site build so the check does not trust the
// pipeline it checks) and the five published views in a built `dist/`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { XLSX_SHEETS } from '../export/guides-xlsx.ts';
import { openDataIndexSchema } from '../export/parts.ts';
import type { OpenDataIndex } from '../export/parts.ts';
import { GUIDE_STATUSES } from '../schemas/enums.ts';
import { readTable } from '../spreadsheet/read.ts';
import type { SourceGuide, ViewKeys } from './counts.ts';
import { guideIdOfPath } from './guide-url.ts';

const walk = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file))
    : [];

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Every guide source under `<contentRoot>/guides/`, with its id, code and status. */
export function readGuideSources(contentRoot: string): SourceGuide[] {
  const guidesDir = join(contentRoot, 'guides');
  return walk(guidesDir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const id = relative(guidesDir, file).slice(0, -'.md'.length).split(sep).join('/');
      const match = FRONTMATTER.exec(readFileSync(file, 'utf8'));
      const data: unknown = match ? parseYaml(match[1] ?? '') : undefined;
      const record = (typeof data === 'object' && data !== null ? data : {}) as Record<
        string,
        unknown
      >;
      const status = GUIDE_STATUSES.find((value) => value === record['status']);
      if (!status || typeof record['code'] !== 'string') {
        throw new Error(
          `${relative(process.cwd(), file)}: frontmatter has no valid code/status; run \`npm run validate\``,
        );
      }
      return { id, code: record['code'], status };
    });
}

/** Department ids: the file names of `<contentRoot>/departments/*.yaml`. */
export function readDepartmentIds(contentRoot: string): Set<string> {
  return new Set(
    readdirSync(join(contentRoot, 'departments'))
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => file.slice(0, -'.yaml'.length)),
  );
}

/**
 * Ids of guides that have a page: `dist/guides/<department>/<slug>/index.html` for a known
 * department (other folders under `/guides/`, such as filter pages, are not guide pages).
 */
export function readGuidePages(dist: string, departments: ReadonlySet<string>): string[] {
  return walk(join(dist, 'guides'))
    .map((file) => '/' + relative(dist, file).split(sep).join('/'))
    .map(guideIdOfPath)
    .filter((id): id is string => id !== undefined && departments.has(id.split('/')[0] ?? ''));
}

/** The Pagefind bundles of a site: `pagefind/`, and `pagefind-K/` per further shard of a sharded build. */
export function pagefindBundles(dist: string): string[] {
  return readdirSync(dist)
    .filter((name) => name === 'pagefind' || /^pagefind-\d+$/.test(name))
    .sort()
    .map((name) => join(dist, name));
}

/** The records of the Pagefind bundles: gzip files holding `pagefind_dcd` + JSON, one per page. */
export function readPagefindUrls(dist: string): string[] {
  const bundles = pagefindBundles(dist);
  if (bundles.length === 0)
    throw new Error(`No Pagefind index: ${join(dist, 'pagefind')} does not exist`);
  return bundles.flatMap((bundle) => {
    const fragments = join(bundle, 'fragment');
    if (!existsSync(fragments)) throw new Error(`No Pagefind index: ${fragments} does not exist`);
    return walk(fragments)
      .filter((file) => file.endsWith('.pf_fragment'))
      .map((file) => {
        const text = gunzipSync(readFileSync(file)).toString('utf8');
        const json = text.startsWith('pagefind_dcd') ? text.slice('pagefind_dcd'.length) : text;
        return (JSON.parse(json) as { url: string }).url;
      });
  });
}

const KEY_COLUMNS = ['id', 'code', '事项编码'] as const;

function rowKey(row: Readonly<Record<string, unknown>>, where: string): string {
  for (const column of KEY_COLUMNS) {
    const value = row[column];
    if (typeof value === 'string' && value !== '') return value;
  }
  throw new Error(`${where}: a row has none of the key fields ${KEY_COLUMNS.join(', ')}`);
}

/** `https://site/data/guides/x/1.json` → `<dist>/data/guides/x/1.json`. */
const fileOfUrl = (dist: string, url: string): string =>
  join(dist, ...new URL(url).pathname.split('/').filter(Boolean));

/**
 * The parts listed by `/data/guides.json` when a large site's file is the index of the
 * per-department parts (src/lib/export/parts.ts), or undefined when it holds the guides.
 */
function indexParts(dist: string): OpenDataIndex['parts'] | undefined {
  const file = join(dist, 'data', 'guides.json');
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof data !== 'object' || data === null || !('parts' in data)) return undefined;
  const parsed = openDataIndexSchema.safeParse(data);
  if (!parsed.success)
    throw new Error(`${file}: not a valid index of parts: ${parsed.error.message}`);
  return parsed.data.parts;
}

function jsonRowsOf(file: string): string[] {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const rows = Array.isArray(data) ? data : (data as { guides?: unknown }).guides;
  if (!Array.isArray(rows))
    throw new Error(`${file}: expected an array of guides or { guides: [...] }`);
  return rows.map((row) => rowKey(row as Record<string, unknown>, file));
}

function csvRowsOf(file: string): string[] {
  // `bom`: the file starts with a UTF-8 BOM so that Excel reads the Chinese correctly.
  const rows: Record<string, string>[] = parseCsv(readFileSync(file), {
    bom: true,
    columns: true,
    skip_empty_lines: true,
  });
  return rows.map((row) => rowKey(row, file));
}

/**
 * Guide keys (id or code) of the rows of `/data/guides.json` (an array, or `{ guides: [...] }`),
 * or of all its parts when it is the index of a large site's parts.
 */
export function readJsonRows(dist: string): string[] {
  const parts = indexParts(dist);
  if (!parts) return jsonRowsOf(join(dist, 'data', 'guides.json'));
  return parts.flatMap((part) => jsonRowsOf(fileOfUrl(dist, part.json)));
}

/** Guide keys of the rows of `/data/guides.csv`, or of all the parts' CSV files. */
export function readCsvRows(dist: string): string[] {
  const parts = indexParts(dist);
  if (!parts) return csvRowsOf(join(dist, 'data', 'guides.csv'));
  return parts.flatMap((part) => csvRowsOf(fileOfUrl(dist, part.csv)));
}

/** Guide codes of the item sheet of an open-data workbook (its 实施编码 column). */
async function xlsxRowsOf(file: string): Promise<string[]> {
  const table = await readTable(file, readFileSync(file));
  const sheet = table.sheets.find((s) => s.name === XLSX_SHEETS.items);
  if (!sheet) throw new Error(`${file}: no sheet named ${XLSX_SHEETS.items}`);
  const [header = [], ...rows] = sheet.rows;
  const column = header.indexOf('实施编码');
  if (column < 0) throw new Error(`${file}: the ${XLSX_SHEETS.items} sheet has no 实施编码 column`);
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => {
      const code = row[column] ?? '';
      if (code === '') throw new Error(`${file}: a row of ${XLSX_SHEETS.items} has no 实施编码`);
      return code;
    });
}

/** Guide codes of `/data/guides.xlsx`, or of all the parts' workbooks on a large site. */
export async function readXlsxRows(dist: string): Promise<string[]> {
  const parts = indexParts(dist);
  if (!parts) return xlsxRowsOf(join(dist, 'data', 'guides.xlsx'));
  // One workbook at a time: exceljs holds a whole workbook in memory, and a province has hundreds.
  const rows: string[] = [];
  for (const part of parts) rows.push(...(await xlsxRowsOf(fileOfUrl(dist, part.xlsx))));
  return rows;
}

export async function readViews(dist: string, departments: ReadonlySet<string>): Promise<ViewKeys> {
  return {
    pages: readGuidePages(dist, departments),
    pagefind: readPagefindUrls(dist)
      .map(guideIdOfPath)
      .filter((id) => id !== undefined),
    json: readJsonRows(dist),
    csv: readCsvRows(dist),
    xlsx: await readXlsxRows(dist),
  };
}
