// `npm run audit` on the online export of the test district against its counter guides (the
// district fixture): the pinned Chinese report in all three formats, exit 1 on drift, 0 without.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditCli } from '../../src/lib/audit/cli.ts';
import type { AuditReport } from '../../src/lib/audit/model.ts';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { guidesXlsx } from '../../src/lib/export/guides-xlsx.ts';
import { DATE, FIXTURE, workspace } from '../import/workspace.ts';
import type { Workspace } from '../import/workspace.ts';
import { onlineExport } from './exports.ts';

let ws: Workspace;
const ONLINE = 'exports/线上平台导出.xlsx';
beforeEach(async () => {
  ws = workspace();
  ws.write(ONLINE, await onlineExport());
});
afterEach(() => {
  ws.remove();
});
const run = (...args: string[]) => auditCli([...args, ...DATE], { cwd: ws.cwd, env: {} });

describe('audit of an online export against the counter corpus', () => {
  it('prints the Markdown report and exits 1 on drift', async () => {
    const result = await run(ONLINE);
    await expect(result.stdout).toMatchFileSnapshot('reports/audit.md');
    expect(result.exitCode).toBe(1);
  });

  it('writes Markdown, CSV and JSON to the paths given', async () => {
    const result = await run(
      ONLINE,
      '--markdown',
      'audit.md',
      '--csv',
      'audit.csv',
      '--json',
      'audit.json',
    );
    expect(result.stdout).toBe('发现 7 处不一致。报告已写入：audit.md、audit.csv、audit.json\n');
    const csv = readFileSync(join(ws.cwd, 'audit.csv'), 'utf8');
    await expect(csv).toMatchFileSnapshot('reports/audit.csv');
    const rows = parse<Record<string, string>>(csv, { bom: true, columns: true });
    expect(rows.map((r) => r['类别'])).toEqual([
      '只在线上发布',
      '窗口未列',
      '编码不一致',
      '份数不同',
      '材料形式不同',
      '份数不同',
      '必要性不同',
      '窗口未列',
      '线上未列',
      '线上仍列已取消材料',
      '线上仍列已取消材料',
    ]);
    const report = JSON.parse(readFileSync(join(ws.cwd, 'audit.json'), 'utf8')) as AuditReport;
    expect(report.drift).toBe(7);
    expect(report.onlyOnline.map((i) => i.code)).toEqual(['339901-MZ-GG-0001']);
    expect(report.differences.find((d) => d.title === '内地居民离婚登记')).toMatchObject({
      matchedBy: 'title',
      code: '339901-MZ-QR-0009',
      otherCode: '339901-MZ-QR-0002',
    });
    expect(report.abolished.map((a) => [a.side, a.code, a.material, a.abolished])).toEqual([
      ['online', '339901-MZ-QR-0001', '居民户口簿', '居民户口簿'],
      ['online', '339901-MZ-JF-0002', '家庭收入证明', '收入证明'],
    ]);
    expect(report.total).toEqual({
      department: '全部部门',
      online: { items: 4, fullyOnlineShare: 0.5, averageVisits: 0.75 },
      counter: { items: 3, fullyOnlineShare: 0, averageVisits: 4 / 3 },
    });
  });

  it('finds no drift between the corpus and its own /data/guides.xlsx, and exits 0', async () => {
    const { corpus } = loadCorpus({ root: FIXTURE });
    ws.write('exports/本站导出.xlsx', await guidesXlsx(corpus.guides, corpus));
    const result = await run('exports/本站导出.xlsx');
    expect(result.stdout).toContain(
      '线上与窗口发布的办事指南一致：事项相同，申请材料相同，没有列出已取消的证明材料。',
    );
    expect(result.exitCode).toBe(0);
  });

  it('compares two exports with --counter', async () => {
    const { corpus } = loadCorpus({ root: FIXTURE });
    ws.write('exports/窗口清单.xlsx', await guidesXlsx(corpus.guides, corpus));
    const result = await run(ONLINE, '--counter', 'exports/窗口清单.xlsx');
    expect(result.stdout).toContain('- 窗口：exports/窗口清单.xlsx，在用事项 3 项');
    expect(result.stdout).toContain('发现 7 处不一致');
    expect(result.exitCode).toBe(1);
  });

  it('explains usage mistakes in Chinese with exit 2', async () => {
    const result = await run();
    expect(result.stderr).toMatch(/^错误：请给出线上平台的导出文件。\n\n用法：npm run audit -- /);
    expect(result.exitCode).toBe(2);
    const noRoot = await run(ONLINE, '--root', '没有这个目录');
    expect(noRoot.stderr).toMatch(/^错误：找不到内容目录 没有这个目录。/);
  });
});
