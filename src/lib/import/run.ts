// `npm run import`: reads the file, plans, refuses to overwrite without --force, writes (or, with
// --dry-run, writes into a scratch copy), runs the validator on the result and prints the report.
// Every user mistake ends as a Chinese message and an exit status, never a stack trace.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_ROOT, loadCorpus } from '../corpus/load.ts';
import { displayPath, listContent } from '../corpus/load-files.ts';
import { readMarkdown } from '../corpus/load-source.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { readTable } from '../spreadsheet/read.ts';
import { SpreadsheetError } from '../spreadsheet/table.ts';
import type { Table } from '../spreadsheet/table.ts';
import { resolveBuildDate } from '../validate/date.ts';
import type { BuildDate } from '../validate/date.ts';
import { validateContent } from '../validate/engine.ts';
import { formatHuman } from '../validate/format/human.ts';
import { planImport } from './build.ts';
import type { ImportContext } from './build.ts';
import type { ImportPlan } from './model.ts';
import { formatImportReport } from './report.ts';
import type { PlannedFile } from './report.ts';
import { departmentFile, guideFile, materialFile } from './serialize.ts';
import { readSheets } from './sheets.ts';
import type { Reading } from './sheets.ts';

export const IMPORT_USAGE = `用法：npm run import -- <实施清单.xlsx|实施清单.csv> [选项]

把省级平台导出的实施清单转换为本站的办事指南、部门和材料目录文件，然后检查写入的内容。
每一行要么导入，要么在报告中写明没有导入的原因（行号、列号）。

选项：
  --department ID   所有事项都导入这个部门（部门编号，如 civil-affairs）；默认按“实施主体”名称对应
  --dry-run         只报告将会写入什么，不写入任何文件
  --force           允许覆盖内容不同的已有文件（默认拒绝，且一个文件也不写）
  --root 目录       内容目录（默认 ${DEFAULT_ROOT}）
  --date YYYY-MM-DD 导出中没有“最近核对日期”时写入的核对日期（默认取 TONGYUAN_DATE，否则今天）
  --help            显示本说明

退出码：0 全部导入且检查没有错误；1 有未导入的行、拒绝覆盖或检查发现错误；2 文件或参数有误，没有导入。
表头写法和三个步骤见 docs/adopt.md。
`;

export interface RunIO {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

export interface RunResult {
  readonly exitCode: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

const usageError = (message: string, usage = true): RunResult => ({
  exitCode: 2,
  stdout: '',
  stderr: `错误：${message}\n${usage ? `\n${IMPORT_USAGE}` : ''}`,
});

/** Reads a spreadsheet file from disk; every failure is a Chinese message. */
export async function readInput(cwd: string, file: string): Promise<Table> {
  const path = resolve(cwd, file);
  if (!existsSync(path))
    throw new SpreadsheetError(`找不到文件 ${file}。请检查路径（相对于当前目录 ${cwd}）。`);
  if (statSync(path).isDirectory())
    throw new SpreadsheetError(`${file} 是文件夹，不是电子表格文件。`);
  return await readTable(file, readFileSync(path));
}

/** The catalogue and the existing guides' codes (read from raw frontmatter, valid or not). */
export function importContext(cwd: string, root: string): ImportContext {
  const { corpus } = loadCorpus({ cwd, root });
  const guides = listContent(root).guides.flatMap((cf) => {
    try {
      const read = readMarkdown(cf.file);
      const code = read.ok ? (read.data as { code?: unknown }).code : undefined;
      return typeof code === 'string' ? [{ id: cf.id, code }] : [];
    } catch {
      return [];
    }
  });
  return {
    departments: corpus.departments,
    materials: corpus.materials,
    abolished: corpus.abolished,
    guides,
  };
}

/** The files of a plan, with their state against what is on disk under `root`. */
export function plannedFiles(
  plan: ImportPlan,
  root: string,
  cwd: string,
): (PlannedFile & { abs: string })[] {
  const out: (PlannedFile & { abs: string })[] = [];
  const add = (rel: string, kind: PlannedFile['kind'], text: string) => {
    const abs = join(root, rel);
    const state = !existsSync(abs)
      ? 'new'
      : readFileSync(abs, 'utf8') === text
        ? 'unchanged'
        : 'changed';
    out.push({ abs, path: displayPath(abs, cwd), kind, text, state });
  };
  for (const [id, data] of [...plan.departments].sort(([a], [b]) => (a < b ? -1 : 1)))
    add(`departments/${id}.yaml`, 'department', departmentFile(data));
  for (const [id, data] of [...plan.materials].sort(([a], [b]) => (a < b ? -1 : 1)))
    add(`materials/${id}.yaml`, 'material', materialFile(data));
  for (const item of plan.items)
    add(`guides/${item.id}.md`, 'guide', guideFile(item.data, item.body));
  return out;
}

export interface ImportRun {
  readonly reading: Reading;
  readonly plan: ImportPlan;
  readonly files: readonly PlannedFile[];
  readonly refused: readonly PlannedFile[];
  readonly validationErrors: number;
  readonly report: string;
}

export interface ImportRequest {
  readonly file: string;
  readonly cwd: string;
  readonly root: string;
  readonly date: BuildDate;
  readonly department?: string | undefined;
  readonly dryRun?: boolean;
  readonly force?: boolean;
}

/** The whole import; throws SpreadsheetError for a file that cannot be read as an export. */
export async function runImport(request: ImportRequest): Promise<ImportRun> {
  const table = await readInput(request.cwd, request.file);
  const reading = readSheets(table);
  const root = resolve(request.cwd, request.root);
  const context = importContext(request.cwd, root);
  const plan = planImport(reading, context, {
    department: request.department,
    date: request.date.value,
  });
  const files = plannedFiles(plan, root, request.cwd);
  const refused = request.force || request.dryRun ? [] : files.filter((f) => f.state === 'changed');

  let validation: string;
  let validationErrors = 0;
  if (refused.length > 0) {
    validation = '（没有写入文件，未检查）';
  } else {
    // A dry run writes into a scratch copy of the content root, so the findings are the ones the
    // real import would give, with the same paths.
    const scratch = request.dryRun ? mkdtempSync(join(tmpdir(), 'tongyuan-import-')) : undefined;
    const targetRoot = scratch ? join(scratch, relative(request.cwd, root)) : root;
    try {
      if (scratch && existsSync(root)) cpSync(root, targetRoot, { recursive: true });
      for (const file of files) {
        if (file.state === 'unchanged' && !scratch) continue;
        const target = scratch ? join(targetRoot, relative(root, file.abs)) : file.abs;
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, file.text);
      }
      const guides = files
        .filter((f) => f.kind === 'guide')
        .map((f) => (scratch ? join(targetRoot, relative(root, f.abs)) : f.abs));
      const result = await validateContent({
        date: request.date,
        root: targetRoot,
        cwd: scratch ?? request.cwd,
        ...(guides.length > 0 ? { only: guides } : {}),
        threads: 'auto',
      });
      validationErrors = result.findings.filter((f) => f.severity === 'error').length;
      validation = formatHuman(result.findings, { files: result.files });
    } finally {
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    }
  }
  let report = formatImportReport({
    file: request.file,
    plan,
    files,
    dryRun: request.dryRun ?? false,
    validation,
  });
  if (refused.length > 0) {
    report +=
      `\n拒绝覆盖：以下 ${refused.length} 个文件已存在且内容不同，没有写入任何文件。确认要用导出的内容替换它们，请加 --force 重新运行：\n` +
      refused.map((f) => `  ${f.path}`).join('\n') +
      '\n';
  }
  return { reading, plan, files, refused, validationErrors, report };
}

/** The CLI: arguments in, report and exit status out. */
export async function importCli(argv: readonly string[], io: RunIO): Promise<RunResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        department: { type: 'string' },
        'dry-run': { type: 'boolean' },
        force: { type: 'boolean' },
        root: { type: 'string' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usageError(`参数有误：${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { exitCode: 0, stdout: IMPORT_USAGE, stderr: '' };
  if (positionals.length !== 1)
    return usageError(
      positionals.length === 0
        ? '请给出要导入的文件。'
        : `一次只能导入一个文件，收到 ${positionals.length} 个。`,
    );
  const date = resolveBuildDate(values.date, io.env);
  if ('error' in date) return usageError(date.error);
  if (values.department !== undefined && !ID_PATTERN.test(values.department))
    return usageError(
      `部门编号“${values.department}”不符合规则：只能使用小写英文字母、数字和连字符，例如 civil-affairs。`,
    );
  try {
    const run = await runImport({
      file: positionals[0] ?? '',
      cwd: io.cwd,
      root: values.root ?? DEFAULT_ROOT,
      date,
      department: values.department,
      dryRun: values['dry-run'] ?? false,
      force: values.force ?? false,
    });
    const failed =
      run.refused.length > 0 || run.plan.skipped.length > 0 || run.validationErrors > 0;
    return { exitCode: failed ? 1 : 0, stdout: run.report, stderr: '' };
  } catch (error) {
    if (error instanceof SpreadsheetError) return usageError(error.message, false);
    throw error;
  }
}
