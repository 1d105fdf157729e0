// The CLI as editors and CI run it: the pinned Node, exit codes 0/1/2, all three formats.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/lib/validate/finding.ts';

const repo = join(import.meta.dirname, '..', '..');
const node = join(repo, 'node_modules', '.bin', 'node');

function validate(args: string[], env: Record<string, string> = {}) {
  // The caller's own build date or CI setting must not leak into these runs.
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => key !== 'TONGYUAN_DATE' && key !== 'GITHUB_ACTIONS',
    ),
  );
  const child = spawnSync(node, ['scripts/validate.ts', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...base, ...env },
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

const fixture = (name: string) => `tests/validate/${name}`;
const DATE = ['--date', '2026-11-25'];

describe('npm run validate', () => {
  it('exits 0 and says so when there is nothing to report', () => {
    const run = validate(['--root', fixture('abolished/pass'), ...DATE]);
    expect(run).toEqual({ status: 0, stdout: '没有发现问题（检查了 13 个文件）\n', stderr: '' });
  });

  it('exits 0 with warnings only', () => {
    const run = validate([
      '--root',
      fixture('dates/fail'),
      ...DATE,
      fixture('dates/fail/guides/civil-affairs/stale.md'),
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      'tests/validate/dates/fail/guides/civil-affairs/stale.md:40:11  TY070 警告  最近一次核对是 2025-11-24，到 2026-11-25 已超过一年。政策、材料和窗口可能已经变化：请逐项核对指南内容，确认无误后把 reviewed 改为核对当天的日期。\n\n0 个错误，1 个警告（检查了 4 个文件）\n',
    );
  });

  it('exits 1 on errors, grouped by file as file:line:col  code  message, without colours when not a terminal', () => {
    const run = validate(['--root', fixture('time-limits/fail'), ...DATE]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('\u001b[');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(
      'tests/validate/time-limits/fail/guides/civil-affairs/immediate-with-days.md:25:13  TY033 错误  办件类型是即办件，但承诺时限是 5 个工作日。即办件应当场办结，承诺时限为 0：请把 promised 改为 0，或把 kind 改为 承诺件。',
    );
    expect(lines[1]).toBe('');
    expect(
      lines.filter((l) => / TY0\d\d /.test(l)).map((l) => l.split('  ').slice(0, 2).join(' ')),
    ).toEqual([
      'tests/validate/time-limits/fail/guides/civil-affairs/immediate-with-days.md:25:13 TY033 错误',
      'tests/validate/time-limits/fail/guides/civil-affairs/over-legal.md:25:13 TY030 错误',
      'tests/validate/time-limits/fail/guides/civil-affairs/steps-over.md:18:1 TY031 错误',
      'tests/validate/time-limits/fail/guides/civil-affairs/zero-not-immediate.md:26:7 TY032 错误',
    ]);
    expect(run.stdout.endsWith('\n4 个错误，0 个警告（检查了 6 个文件）\n')).toBe(true);
  });

  it('prints a documented JSON array with --format json', () => {
    const run = validate(['--root', fixture('references/fail'), ...DATE, '--format', 'json']);
    expect(run.status).toBe(1);
    const findings = JSON.parse(run.stdout) as Finding[];
    expect(findings).toHaveLength(10);
    expect(findings.find((f) => f.code === 'TY011')).toEqual({
      code: 'TY011',
      severity: 'error',
      file: 'tests/validate/references/fail/guides/civil-affairs/unknown-material.md',
      line: 13,
      column: 15,
      message:
        '材料目录中没有 resident-idcard：src/content/materials/ 中找不到 resident-idcard.yaml。是否指的是 resident-id-card（居民身份证）？请改成材料目录中的编号；如果确实是新材料，请先在材料目录中新增。',
      suggestions: ['resident-id-card'],
    });
  });

  it('prints GitHub workflow commands: at most 10 errors, most important first, then a notice', () => {
    const run = validate(['--root', fixture('files/fail'), ...DATE, '--format', 'github']);
    expect(run.status).toBe(1);
    const commands = run.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(commands[0]).toBe(
      '::error file=tests/validate/files/fail/departments/multi.yaml,line=12,col=1,title=TY001 YAML 语法错误::YAML 语法错误：文件里有多个以 --- 分隔的文档。每个文件只能写一份内容，请删除多余的 --- 分隔线。',
    );
    expect(commands.at(-1)).toBe(
      '::notice title=同源内容检查::16 个错误，0 个警告；另有 6 个错误、0 个警告未标注在代码行上，完整列表见本步骤的日志。',
    );
    // The complete list follows as plain log text.
    expect(run.stdout).toContain('tests/validate/files/fail/materials/form.yml:1:1  TY003 错误  ');
  });

  it('puts abolished materials first among the GitHub annotations', () => {
    const run = validate(['--root', fixture('abolished/fail'), ...DATE, '--format', 'github']);
    const commands = run.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands.slice(0, 3).map((l) => /title=(TY\d+)/.exec(l)?.[1])).toEqual([
      'TY020',
      'TY020',
      'TY020',
    ]);
    expect(commands.filter((l) => l.startsWith('::warning '))).toHaveLength(5);
  });

  it('uses GitHub format by default inside GitHub Actions', () => {
    const run = validate(['--root', fixture('folder/fail'), ...DATE], { GITHUB_ACTIONS: 'true' });
    expect(
      run.stdout.startsWith(
        '::error file=tests/validate/folder/fail/guides/health/wrong-folder.md,line=4,col=13,title=TY005 ',
      ),
    ).toBe(true);
  });

  it('reports only the given guides, plus the catalogue files', () => {
    const run = validate([
      '--root',
      fixture('abolished/fail'),
      ...DATE,
      '--format',
      'json',
      fixture('abolished/fail/guides/human-resources'),
    ]);
    const files = [...new Set((JSON.parse(run.stdout) as Finding[]).map((f) => f.file))];
    expect(files).toEqual([
      'tests/validate/abolished/fail/abolished/unmatched-scope.yaml',
      'tests/validate/abolished/fail/guides/human-resources/unemployment.md',
    ]);
    expect(run.status).toBe(0);
  });

  it('takes the build date from TONGYUAN_DATE when --date is absent', () => {
    const run = validate(['--root', fixture('abolished/fail'), '--format', 'json'], {
      TONGYUAN_DATE: '2025-05-09',
    });
    const codes = (JSON.parse(run.stdout) as Finding[])
      .filter((f) => f.file.endsWith('marriage-by-id.md'))
      .map((f) => f.code);
    expect(codes).toContain('TY021');
    expect(codes).not.toContain('TY020');
  });

  it('checks template files with --public', () => {
    const run = validate([
      '--root',
      fixture('references/pass'),
      ...DATE,
      '--public',
      fixture('references/pass/public'),
    ]);
    expect(run.status).toBe(0);
    const missing = validate([
      '--root',
      fixture('references/pass'),
      ...DATE,
      '--public',
      fixture('folder'),
    ]);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('TY018');
  });

  it.each([
    [['--format', 'xml'], '错误：不支持的输出格式“xml”，可选：human、json、github。'],
    [
      ['--date', '2026-02-30'],
      '错误：--date 的值“2026-02-30”不是有效日期，应写成 YYYY-MM-DD，例如 2026-11-25。',
    ],
    [['--frobnicate'], '错误：未知选项 --frobnicate。'],
    [['no/such/guide.md'], '错误：找不到路径：no/such/guide.md。'],
    [
      ['--root', 'no/such/content'],
      '错误：找不到内容目录 no/such/content。请在项目根目录运行，或用 --root 指定。',
    ],
    [['--threads', '0'], '错误：--threads 应为正整数，而不是“0”。'],
  ])('exits 2 on a usage error: %s', (args, message) => {
    const run = validate([...DATE, ...args]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(message);
    expect(run.stderr).toContain('用法：npm run validate');
  });

  it('prints help and exits 0', () => {
    const run = validate(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      '退出码：0 没有错误（可以有警告）；1 发现错误；2 命令用法错误，检查没有进行。',
    );
  });

  it('runs through npm with the exit code intact', () => {
    const child = spawnSync(
      'npm',
      [
        'run',
        '-s',
        'validate',
        '--',
        '--root',
        fixture('channels/fail'),
        ...DATE,
        '--format',
        'json',
      ],
      {
        cwd: repo,
        encoding: 'utf8',
      },
    );
    expect(child.status).toBe(1);
    expect((JSON.parse(child.stdout) as Finding[]).map((f) => f.code)).toEqual([
      'TY044',
      'TY044',
      'TY043',
      'TY042',
      'TY045',
      'TY041',
      'TY040',
    ]);
  });
});
