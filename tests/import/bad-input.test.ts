// Files that are not an export: each gives one clear Chinese message on stderr, exit status 2,
// nothing written, and never a stack trace — also through the real script.
import { spawnSync } from 'node:child_process';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditCli } from '../../src/lib/audit/cli.ts';
import { importCli } from '../../src/lib/import/run.ts';
import { readTable } from '../../src/lib/spreadsheet/read.ts';
import { xlsxBytes } from '../../src/lib/spreadsheet/write.ts';
import { DATE, workspace } from './workspace.ts';
import type { Workspace } from './workspace.ts';

let ws: Workspace;
beforeEach(() => {
  ws = workspace();
});
afterEach(() => {
  ws.remove();
});

async function otherWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws1 = wb.addWorksheet('统计');
  ws1.addRow(['月份', '办件量', '满意度']);
  ws1.addRow(['2026-10', 1520, '99%']);
  wb.addWorksheet('Sheet2');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

const cases: [string, string, () => Promise<Uint8Array | string> | Uint8Array | string, string][] =
  [
    [
      'an empty file',
      'exports/空.xlsx',
      () => '',
      '错误：exports/空.xlsx 是空文件（0 字节）。请重新从平台导出实施清单。\n',
    ],
    [
      'an image',
      'exports/截图.png',
      () => PNG,
      '错误：exports/截图.png 不是电子表格：既不是 Excel 工作簿（.xlsx），也不是 UTF-8 编码的 CSV 文本。请导入平台导出的实施清单。\n',
    ],
    [
      'an old .xls workbook',
      'exports/旧版.xls',
      () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      '错误：exports/旧版.xls 是旧版 Excel 97-2003 格式（.xls），无法直接读取。请在 Excel 或 WPS 中另存为 .xlsx 或 CSV（UTF-8）后再导入。\n',
    ],
    [
      'a web page saved as .xlsx',
      'exports/下载.xlsx',
      () => '<html><body>会话已过期，请重新登录</body></html>',
      '错误：exports/下载.xlsx 的扩展名是 .xlsx，但内容不是 Excel 工作簿（可能是网页或损坏的下载）。请重新从平台导出。\n',
    ],
    [
      'a damaged zip',
      'exports/损坏.xlsx',
      () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]),
      '错误：exports/损坏.xlsx 看起来是压缩文件，但不是能读取的 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中打开并另存为 .xlsx 或 CSV（UTF-8）后再导入。\n',
    ],
    [
      'a workbook without an item sheet',
      'exports/统计报表.xlsx',
      otherWorkbook,
      '错误：exports/统计报表.xlsx 中找不到事项表：工作表 “统计”、“Sheet2” 的前 10 行都没有“事项名称”或“实施编码”以及“事项类型”“办件类型”“设定依据”等列。请确认导入的是平台导出的实施清单（事项表），而不是其他报表；表头的写法见 docs/adopt.md。\n',
    ],
    [
      '100,000 rows',
      'exports/全省.csv',
      () =>
        stringify([
          ['实施编码', '事项名称', '事项类型', '办件类型', '设定依据'],
          ...Array.from({ length: 100_000 }, (_, i) => [
            `X-${i}`,
            `事项${i}`,
            '公共服务',
            '即办件',
            '《某法》',
          ]),
        ]),
      '错误：exports/全省.csv 有 100,001 行，超过一次导入的上限 50,000 行。这不像一个区县的实施清单导出；请按部门分别导出（或拆分文件）后逐个导入。\n',
    ],
  ];

describe('bad input', () => {
  it.each(cases)('%s', async (_name, file, bytes, message) => {
    ws.write(file, await bytes());
    const before = ws.tree();
    const result = await importCli([file, ...DATE], { cwd: ws.cwd, env: {} });
    expect(result.stderr).toBe(message);
    expect(result.stdout).toBe('');
    expect(result.exitCode).toBe(2);
    expect(ws.tree()).toEqual(before);
    // The audit reads exports the same way and says the same.
    const audited = await auditCli([file, ...DATE], { cwd: ws.cwd, env: {} });
    expect(audited.stderr).toBe(message);
    expect(audited.exitCode).toBe(2);
  });

  it('a workbook over the row limit is refused the same way (limit lowered: a real one takes 30 s to build)', async () => {
    const bytes = await xlsxBytes([
      {
        name: '事项',
        header: ['实施编码'],
        rows: Array.from({ length: 12 }, (_, i) => [`X-${i}`]),
      },
    ]);
    await expect(readTable('exports/大.xlsx', bytes, 10)).rejects.toThrow(
      'exports/大.xlsx 的工作表“事项”有 13 行，超过一次导入的上限 10 行。',
    );
  });

  it('a missing file, and usage mistakes', async () => {
    expect((await importCli(['exports/没有.xlsx'], { cwd: ws.cwd, env: {} })).stderr).toBe(
      `错误：找不到文件 exports/没有.xlsx。请检查路径（相对于当前目录 ${ws.cwd}）。\n`,
    );
    const none = await importCli([], { cwd: ws.cwd, env: {} });
    expect(none.stderr).toMatch(/^错误：请给出要导入的文件。\n\n用法：npm run import -- /);
    expect(none.exitCode).toBe(2);
    const badId = await importCli(['x.xlsx', '--department', '民政局'], { cwd: ws.cwd, env: {} });
    expect(badId.stderr).toMatch(/^错误：部门编号“民政局”不符合规则/);
  });

  it('the script itself prints the message without a stack trace', () => {
    ws.write('exports/空.csv', '');
    const run = spawnSync(
      process.execPath,
      [`${process.cwd()}/scripts/import.ts`, 'exports/空.csv'],
      {
        cwd: ws.cwd,
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe(
      '错误：exports/空.csv 是空文件（0 字节）。请重新从平台导出实施清单。\n',
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status).toBe(2);
  });
});
