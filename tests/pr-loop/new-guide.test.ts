// `npm run new-guide` end to end, in a copy of a small content root: the file it writes, the list
// of what is left, refusals, and that filling the marked fields gives a guide the validator passes.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collectionJsonSchema } from '../../src/lib/schemas/json-schema.ts';
import { findPlaceholders } from '../../src/lib/scaffold/placeholders.ts';
import { PLACEHOLDER } from '../../src/lib/scaffold/guide-template.ts';

const scripts = resolve(import.meta.dirname, '../../scripts');
const fixture = resolve(import.meta.dirname, 'fixtures/new-guide');
const DATE = '2026-11-25';

let project: string;
beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'tongyuan-new-guide-'));
  cpSync(fixture, project, { recursive: true });
});
afterEach(() => {
  rmSync(project, { recursive: true, force: true });
});

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(scripts, script), ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
const newGuide = (...args: string[]) => run('new-guide.ts', '--date', DATE, ...args);

const MARRIAGE = [
  '--department',
  'civil-affairs',
  '--title',
  '内地居民复婚登记',
  '--type',
  '行政确认',
];
const created = 'src/content/guides/civil-affairs/remarriage-registration.md';

/** What an editor would type over each 待填写, by field. */
const ANSWERS: Record<string, string> = {
  'audience[0]': '自然人',
  'basis[0].title': '婚姻登记条例',
  'basis[0].article': '第五条',
  'conditions[0]': '离婚后双方自愿恢复婚姻关系',
  'materials[0].material': 'resident-id-card',
  'process[1].days': '0',
  'timeLimit.legal': '0',
  'timeLimit.promised': '0',
  kind: '即办件',
  'online.depth': '在线预审',
  'online.url': 'https://zwfw.yunxi.example/apply/339901-MZ-QR-0008',
  post: 'false',
  visits: '1',
  visitsReason: '须双方本人到场',
  'result.name': '结婚证',
  'result.delivery[0]': '窗口领取',
  coverage: '全国通办',
  正文: '复婚的，按结婚登记办理',
};

function fillIn(text: string): string {
  const lines = text.split('\n');
  for (const mark of findPlaceholders(text)) {
    const answer = ANSWERS[mark.field];
    if (answer === undefined) throw new Error(`no answer for ${mark.field}`);
    const line = lines[mark.line - 1] ?? '';
    const at = mark.column - 1;
    expect(line.slice(at, at + PLACEHOLDER.length)).toBe(PLACEHOLDER);
    lines[mark.line - 1] = line.slice(0, at) + answer + line.slice(at + PLACEHOLDER.length);
  }
  return lines.join('\n').replaceAll(PLACEHOLDER, '说明');
}

describe('npm run new-guide', () => {
  it('writes a guide with the next free code and the department’s first location', () => {
    const result = newGuide(...MARRIAGE, '--slug', 'remarriage-registration');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    // 0001 and 0004 are valid guides; 0007 belongs to a guide with a mistake and is reserved too.
    expect(lines.slice(0, 5)).toEqual([
      `已创建 ${created}`,
      '  事项编码：339901-MZ-QR-0008',
      '  办理地点：marriage-office（云溪区婚姻登记处），可在 counter.locations 中修改',
      '',
      '还需填写 19 处（把“待填写”改成实际内容）：',
    ]);
    expect(lines).toContain(
      `  ${created}:48:7  kind  办件类型。可选值：即办件、承诺件、上报件、联办件`,
    );
    expect(lines).toContain(`  ${created}:19:5  conditions[0]  受理条件`);
    expect(lines.at(-2)).toBe(
      '填好后运行 npm run validate 检查，没有错误后提交。核对无误后把 status 改为 在用 才会发布。',
    );

    const text = readFileSync(join(project, created), 'utf8');
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
    expect(data).toMatchObject({
      code: '339901-MZ-QR-0008',
      title: '内地居民复婚登记',
      department: 'civil-affairs',
      type: '行政确认',
      status: '草稿',
      counter: { locations: ['marriage-office'] },
      reviewed: DATE,
      changes: [{ date: DATE, note: '新增事项' }],
    });
  });

  it('writes every required key, each explained by a Chinese comment', () => {
    newGuide(...MARRIAGE, '--slug', 'remarriage-registration');
    const text = readFileSync(join(project, created), 'utf8');
    const lines = text.split('\n');
    const required = collectionJsonSchema('guides').required as string[];
    for (const key of required) {
      const index = lines.findIndex((line) => line.startsWith(`${key}:`));
      expect(index, key).toBeGreaterThan(0);
      // A trailing `# …` on the key's line, or a comment block right above it, in Chinese.
      const inline = /#.*[\u4e00-\u9fff]/.test(lines[index] ?? '');
      const above = /^#.*[\u4e00-\u9fff]/.test(lines[index - 1] ?? '');
      expect(inline || above, `${key} has a Chinese comment`).toBe(true);
    }
  });

  it('gives a guide the validator passes once the marked fields are filled', () => {
    newGuide(...MARRIAGE, '--slug', 'remarriage-registration');
    const file = join(project, created);
    writeFileSync(file, fillIn(readFileSync(file, 'utf8')));
    const result = run('validate.ts', created, '--date', DATE);
    expect(result.stdout).toBe('没有发现问题（检查了 8 个文件）\n');
    expect(result.status).toBe(0);
  });

  it('is caught by the validator if a marked field is left as it is', () => {
    newGuide(...MARRIAGE, '--slug', 'remarriage-registration');
    const result = run('validate.ts', created, '--date', DATE);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${created}:48:7  TY004 错误`);
  });

  it('names the file after the title in pinyin when no slug is given', () => {
    const result = newGuide(...MARRIAGE);
    expect(result.status).toBe(0);
    expect(
      existsSync(join(project, 'src/content/guides/civil-affairs/nei-di-ju-min-fu-hun-deng-ji.md')),
    ).toBe(true);
  });

  it('refuses to overwrite an existing guide', () => {
    const existing = join(project, 'src/content/guides/civil-affairs/marriage-registration.md');
    const before = readFileSync(existing, 'utf8');
    const result = newGuide(...MARRIAGE, '--slug', 'marriage-registration');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      '错误：文件已存在：src/content/guides/civil-affairs/marriage-registration.md。不会覆盖已有的指南：请用 --slug 换一个文件名，或直接编辑这个文件。\n',
    );
    expect(readFileSync(existing, 'utf8')).toBe(before);
  });

  it('asks for the department letters when the department has no guide yet', () => {
    const tax = [
      '--department',
      'taxation',
      '--title',
      '发票领用',
      '--type',
      '行政许可',
      '--slug',
      'invoice',
    ];
    const without = newGuide(...tax);
    expect(without.status).toBe(1);
    expect(without.stderr).toBe(
      '错误：部门 taxation（国家税务总局临江市云溪区税务局）还没有任何事项，无法推断事项编码中的部门字母。请用 --prefix 指定，例如 --prefix MZ。\n',
    );
    const withPrefix = newGuide(...tax, '--prefix', 'SW');
    expect(withPrefix.status).toBe(0);
    expect(withPrefix.stdout).toContain(
      '  事项编码：339901-SW-XK-0001\n  办理地点：tax-hall（云溪区办税服务厅）',
    );
  });

  it('takes the region code from site.yaml while the corpus has no guide', () => {
    rmSync(join(project, 'src/content/guides'), { recursive: true, force: true });
    rmSync(join(project, 'src/content/topics'), { recursive: true, force: true });
    const site = join(project, 'src/content/site.yaml');
    writeFileSync(
      site,
      readFileSync(site, 'utf8').replace("regionCode: '339901'", "regionCode: '420107'"),
    );
    const result = newGuide(...MARRIAGE, '--prefix', 'MZ');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('  事项编码：420107-MZ-QR-0001\n');

    writeFileSync(
      site,
      readFileSync(site, 'utf8').replace("regionCode: '420107'", 'regionCode: 420107'),
    );
    rmSync(join(project, 'src/content/guides'), { recursive: true, force: true });
    const broken = newGuide(...MARRIAGE, '--prefix', 'MZ');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toBe(
      '错误：还没有任何办事指南可以推断事项编码的区划代码，需要读取站点配置文件 site.yaml 中的 regionCode，但它有误：\n  src/content/site.yaml:4:13  字段 regionCode（行政区划代码）应为文字，实际写的是数字 420107。如果要原样保留这些字符，请给它加上引号，例如 regionCode: "420107"。\n',
    );
  });

  it('explains an unknown department or type', () => {
    const department = newGuide('--department', 'civil', '--title', '某事项', '--type', '行政确认');
    expect(department.status).toBe(1);
    expect(department.stderr).toBe(
      '错误：没有编号为“civil”的部门。可用的部门：civil-affairs（云溪区民政局）、taxation（国家税务总局临江市云溪区税务局）。\n',
    );
    const type = newGuide(
      '--department',
      'civil-affairs',
      '--title',
      '某事项',
      '--type',
      '行政审批',
    );
    expect(type.status).toBe(1);
    expect(type.stderr).toContain(
      '错误：事项类型“行政审批”不在可选值中。可选：行政许可、行政处罚、',
    );
  });

  it('needs every flag when not run in a terminal', () => {
    const result = newGuide('--title', '某事项');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^错误：不在终端中运行时，必须给出 --department、--type。\n\n用法：npm run new-guide/,
    );
  });
});

describe('npm run new-guide in a terminal', () => {
  // `script` (util-linux) runs the command on a pseudo-terminal, as an editor's shell would.
  const inTerminal = (input: string) =>
    spawnSync(
      'script',
      ['-qec', `${process.execPath} ${join(scripts, 'new-guide.ts')} --date ${DATE}`, '/dev/null'],
      {
        cwd: project,
        input,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );

  it('asks for the department, title, type and file name, accepting numbers from the lists', () => {
    const result = inTerminal('1\n内地居民复婚登记\n7\nremarriage\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      '  1. civil-affairs  云溪区民政局\r\n  2. taxation  国家税务总局临江市云溪区税务局',
    );
    expect(result.stdout).toContain('  7. 行政确认');
    expect(result.stdout).toContain(
      '文件名（小写英文和连字符，直接回车使用 nei-di-ju-min-fu-hun-deng-ji）：',
    );
    expect(result.stdout).toContain(
      '已创建 src/content/guides/civil-affairs/remarriage.md\r\n  事项编码：339901-MZ-QR-0008',
    );
    expect(existsSync(join(project, 'src/content/guides/civil-affairs/remarriage.md'))).toBe(true);
  });

  it('asks again after an answer that is not in the list, and takes the pinyin name on Enter', () => {
    const result = inTerminal('9\ncivil-affairs\n内地居民复婚登记\n行政确认\n\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('没有这一项，请重新输入。');
    expect(
      existsSync(join(project, 'src/content/guides/civil-affairs/nei-di-ju-min-fu-hun-deng-ji.md')),
    ).toBe(true);
  });

  it('writes nothing when the input ends before every answer is given', () => {
    const result = inTerminal('1\n');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('错误：输入已结束，没有创建文件。');
    expect(readdirSync(join(project, 'src/content/guides/civil-affairs')).sort()).toEqual([
      'divorce-registration.md',
      'marriage-certificate-reissue.md',
      'marriage-registration.md',
    ]);
  });
});
