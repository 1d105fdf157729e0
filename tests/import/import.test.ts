// `npm run import` on the test exports: the pinned Chinese report, every row accounted for,
// idempotence, refusing to overwrite, dry runs, and the one-sheet layout with merged cells.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importCli, runImport } from '../../src/lib/import/run.ts';
import { parseDay } from '../../src/lib/validate/date.ts';
import { districtExport, mergedExport } from './exports.ts';
import { DATE, workspace } from './workspace.ts';
import type { Workspace } from './workspace.ts';

let ws: Workspace;
const DISTRICT = 'exports/云溪区实施清单导出.xlsx';
const MERGED = 'exports/公安实施清单.xlsx';
const date = parseDay('2026-11-20');
if (!date) throw new Error('bad date');

beforeEach(async () => {
  ws = workspace();
  ws.write(DISTRICT, await districtExport());
  ws.write(MERGED, await mergedExport());
});
afterEach(() => {
  ws.remove();
});

const run = (...args: string[]) => importCli([...args, ...DATE], { cwd: ws.cwd, env: {} });

describe('importing a three-sheet export', () => {
  it('prints the report: sheets, counts, rows not imported, adjustments, materials to review, files, findings', async () => {
    const result = await run(DISTRICT);
    await expect(result.stdout).toMatchFileSnapshot('reports/district-import.txt');
    expect(result.stderr).toBe('');
    // Rows were left out and the validator found an abolished material: not a clean import.
    expect(result.exitCode).toBe(1);
  });

  it('accounts for every row of every sheet: imported, reported, or blank', async () => {
    const imported = await runImport({ file: DISTRICT, cwd: ws.cwd, root: 'src/content', date });
    for (const sheet of imported.reading.sheets) {
      const ledger = imported.plan.ledger.get(sheet.sheet) ?? { imported: 0, skipped: 0 };
      expect(ledger.imported + ledger.skipped, sheet.sheet).toBe(sheet.data.length);
      const reported = new Set(
        imported.plan.skipped.filter((n) => n.at.sheet === sheet.sheet).map((n) => n.at.row),
      );
      expect(reported.size, sheet.sheet).toBe(ledger.skipped);
    }
    expect(imported.reading.sheets.map((s) => [s.sheet, s.data.length, s.blank.length])).toEqual([
      ['事项清单', 5, 1],
      ['申请材料', 11, 1],
      ['办理流程', 4, 0],
    ]);
    expect(imported.reading.ignored).toEqual(['说明']);
  });

  it('writes files the validator accepts except for the abolished material it must flag', async () => {
    const result = await run(DISTRICT);
    const tree = ws.tree();
    const guide = tree.get('guides/civil-affairs/bu-ling-jie-hun-zheng.md') ?? '';
    expect(guide).toContain(
      '  - material: resident-id-card\n    form: 原件和复印件\n    originals: 1\n    copies: 1\n',
    );
    // The near miss 居民户口薄 is not merged into 居民户口簿 (household-register): it is its own entry.
    expect(guide).toContain('  - material: ju-min-hu-kou-bao\n');
    expect(tree.get('materials/ju-min-hu-kou-bao.yaml')).toBe(
      'name: 居民户口薄\naliases: []\ncategory: 证件\nsource: 其他\nissuer: 待填写\n',
    );
    expect(tree.get('departments/ren-li-zi-yuan-he-she-hui-bao-zhang-ju.yaml')).toBe(
      [
        'name: 云溪区人力资源和社会保障局',
        'address: 区政务服务中心人社窗口',
        'hours: 周一至周五 9:00—17:00',
        'consultPhone: 0571-86012401',
        'complaintPhone: 0571-86012419',
        'locations:',
        '  - id: ren-li-zi-yuan-he-she-hui-bao-zhang-ju-1',
        '    name: 区政务服务中心人社窗口',
        '    address: 区政务服务中心人社窗口',
        '    window: 31—33号窗口',
        '    hours: 周一至周五 9:00—17:00',
        '',
      ].join('\n'),
    );
    expect(result.stdout).toMatch(
      /zui-di-sheng-huo-bao-zhang-shen-qing\.md:\d+:\d+ {2}TY020 错误 {2}申请材料“收入证明”/,
    );
    expect(result.stdout).toContain('1 个错误，2 个警告');
  });

  it('is idempotent: the same export again changes no file and overwrites nothing', async () => {
    await run(DISTRICT);
    const first = ws.tree();
    const again = await run(DISTRICT);
    expect(ws.tree()).toEqual(first);
    expect(again.stdout).toContain('导入 4 个事项（新建 0 个，覆盖 0 个，内容未变 4 个）');
    expect(again.stdout).not.toContain('拒绝覆盖');
  });

  it('refuses to overwrite a file that differs, writes nothing, and overwrites with --force', async () => {
    await run(DISTRICT);
    const file = join(ws.cwd, 'src/content/guides/civil-affairs/bu-ling-jie-hun-zheng.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('须当事人本人到场核验身份', '编辑改过的原因'),
    );
    const edited = ws.tree();
    const refused = await run(DISTRICT);
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain(
      '拒绝覆盖：以下 1 个文件已存在且内容不同，没有写入任何文件。确认要用导出的内容替换它们，请加 --force 重新运行：\n  src/content/guides/civil-affairs/bu-ling-jie-hun-zheng.md\n',
    );
    expect(ws.tree()).toEqual(edited);
    const forced = await run(DISTRICT, '--force');
    expect(forced.stdout).toContain(
      '  覆盖 src/content/guides/civil-affairs/bu-ling-jie-hun-zheng.md',
    );
    expect(readFileSync(file, 'utf8')).toContain('须当事人本人到场核验身份');
  });

  it('--dry-run writes nothing but reports the same files and findings', async () => {
    const before = ws.tree();
    const dry = await run(DISTRICT, '--dry-run');
    expect(ws.tree()).toEqual(before);
    expect(dry.stdout.split('\n')[0]).toBe(`试导入（--dry-run，不写入任何文件）：${DISTRICT}`);
    const real = await run(DISTRICT);
    const tail = (text: string) => text.slice(text.indexOf('结果：'));
    expect(tail(dry.stdout).replace('将写入的文件', '写入的文件')).toBe(tail(real.stdout));
  });
});

describe('importing one sheet with merged item cells', () => {
  it('reads each item once with all the material rows under its merged cells', async () => {
    const result = await run(MERGED);
    await expect(result.stdout).toMatchFileSnapshot('reports/merged-import.txt');
    const guide = ws.tree().get('guides/gong-an-fen-ju/ju-min-shen-fen-zheng-huan-ling.md') ?? '';
    expect([...guide.matchAll(/material: (\S+)/g)].map((m) => m[1])).toEqual([
      'resident-id-card',
      'id-photo',
    ]);
    expect(guide).toContain('timeLimit:\n  legal: 42\n  promised: 15\n');
  });

  it('--department puts every item in the given department', async () => {
    await run(MERGED, '--department', 'public-security');
    const files = [...ws.tree().keys()].filter((f) => f.startsWith('guides/public-security/'));
    expect(files).toEqual([
      'guides/public-security/ju-min-shen-fen-zheng-huan-ling.md',
      'guides/public-security/wu-fan-zui-ji-lu-zheng-ming-kai-ju.md',
    ]);
    expect(ws.tree().get('departments/public-security.yaml')).toMatch(/^name: 云溪区公安分局\n/);
  });
});

describe('importing CSV', () => {
  it('reads a one-sheet CSV where each material row repeats its item code', async () => {
    const header =
      '实施编码,事项名称,事项类型,实施主体,设定依据,受理条件,办件类型,法定办结时限,承诺办结时限,服务对象,网上办理深度,到办事现场次数,是否支持物流快递,办理地点,审批结果名称,结果送达方式,通办范围,事项状态,材料名称,材料类型,份数,材料必要性';
    const item =
      '339901-MZ-GG-0005,婚姻登记档案查询,公共服务,云溪区民政局,《婚姻登记档案管理办法》第十七条,本人申请,即办件,即办,0,自然人,Ⅳ级,0,否,云溪区婚姻登记处,查询结果,电子证照,全市通办,在用';
    ws.write(
      'exports/档案查询.csv',
      `\uFEFF${header}\r\n${item},居民身份证,原件,原件1份,必要\r\n${item},授权委托书,原件,原件1份,容缺\r\n`,
    );
    const result = await run('exports/档案查询.csv');
    expect(result.stdout).toContain(
      '“档案查询”（事项与材料合并表，表头在第 1 行）：2 行数据，导入 2 行，未导入 0 行；空行 0 行',
    );
    const guide = ws.tree().get('guides/civil-affairs/hun-yin-deng-ji-dang-an-cha-xun.md') ?? '';
    expect(guide).toContain('necessity: 容缺后补');
    expect(guide).toContain('  depth: 全程网办\n');
  });
});
