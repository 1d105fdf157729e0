// `npm run audit -- <online-export> [--counter <export-or-folder>]`: compares, writes the outputs
// asked for, prints the Markdown unless it went to a file, exits 1 on drift.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_ROOT } from '../corpus/load.ts';
import type { RunIO, RunResult } from '../import/run.ts';
import { SpreadsheetError } from '../spreadsheet/table.ts';
import { resolveBuildDate } from '../validate/date.ts';
import { audit } from './compare.ts';
import { auditCsv, auditJson, auditMarkdown } from './render.ts';
import { corpusSide, exportSide, isFolder } from './sources.ts';

export const AUDIT_USAGE = `用法：npm run audit -- <线上导出.xlsx|.csv> [选项]

逐项比对线上平台发布的办事指南（导出文件）和窗口的办事指南（默认为本站内容目录，也可以是另一份导出），
报告：只在一处发布的事项；每个事项申请材料的缺少、多出，以及材料形式、份数、必要性的不同；
两处仍列有的已取消证明材料；各部门全程网办占比和平均到现场次数。事项按实施编码对应，没有编码的按事项名称。

选项：
  --counter 路径    窗口一方：内容目录（默认 ${DEFAULT_ROOT}）或另一份导出文件
  --root 目录       材料目录和取消登记所在的内容目录（默认 ${DEFAULT_ROOT}；--counter 是目录时就用它）
  --markdown 文件   把 Markdown 报告写入文件（否则打印到屏幕）
  --csv 文件        把逐条发现写入 CSV 文件（UTF-8）
  --json 文件       把完整结果写入 JSON 文件
  --date YYYY-MM-DD 按这一天判断取消规定是否生效（默认取 TONGYUAN_DATE，否则今天）
  --help            显示本说明

退出码：0 两处一致；1 发现不一致；2 文件或参数有误，没有比对。
`;

const usageError = (message: string, usage = true): RunResult => ({
  exitCode: 2,
  stdout: '',
  stderr: `错误：${message}\n${usage ? `\n${AUDIT_USAGE}` : ''}`,
});

export async function auditCli(argv: readonly string[], io: RunIO): Promise<RunResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        counter: { type: 'string' },
        root: { type: 'string' },
        markdown: { type: 'string' },
        csv: { type: 'string' },
        json: { type: 'string' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usageError(`参数有误：${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { exitCode: 0, stdout: AUDIT_USAGE, stderr: '' };
  if (positionals.length !== 1)
    return usageError(
      positionals.length === 0
        ? '请给出线上平台的导出文件。'
        : `只能给出一个线上导出文件，收到 ${positionals.length} 个。`,
    );
  const date = resolveBuildDate(values.date, io.env);
  if ('error' in date) return usageError(date.error);
  const counterPath = values.counter ?? DEFAULT_ROOT;
  const counterIsFolder = isFolder(io.cwd, counterPath);
  const root = values.root ?? (counterIsFolder ? counterPath : DEFAULT_ROOT);
  if (!isFolder(io.cwd, root))
    return usageError(`找不到内容目录 ${root}。请在项目根目录运行，或用 --root 指定。`);
  try {
    const { side: corpus, catalogue } = corpusSide(io.cwd, root);
    const online = await exportSide(io.cwd, positionals[0] ?? '', root, date);
    const counter = counterIsFolder
      ? counterPath === root
        ? corpus
        : corpusSide(io.cwd, counterPath).side
      : await exportSide(io.cwd, counterPath, root, date);
    const report = audit(online, counter, catalogue, date);
    const markdown = auditMarkdown(report);
    const written: string[] = [];
    const write = (path: string | undefined, text: string) => {
      if (path === undefined) return;
      writeFileSync(resolve(io.cwd, path), text);
      written.push(path);
    };
    write(values.markdown, markdown);
    write(values.csv, auditCsv(report));
    write(values.json, auditJson(report));
    const stdout =
      values.markdown === undefined
        ? markdown
        : `${report.drift === 0 ? '两处一致。' : `发现 ${report.drift} 处不一致。`}报告已写入：${written.join('、')}\n`;
    return { exitCode: report.drift === 0 ? 0 : 1, stdout, stderr: '' };
  } catch (error) {
    if (error instanceof SpreadsheetError) return usageError(error.message, false);
    throw error;
  }
}
