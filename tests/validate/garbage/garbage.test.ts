// Nothing an editor can put into the content folder makes the validator crash: binary files,
// BOMs, CRLF, tabs, NUL bytes, UTF-16, TOML, lists and scalars instead of objects, wrong types
// everywhere, folders named like files, `.mdx`. Each becomes a finding with a position.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { check, scenario } from '../helpers.ts';

const repo = join(import.meta.dirname, '..', '..', '..');
const root = scenario('garbage/fixtures/content');

describe('garbage input', () => {
  it('turns every bad file into findings, without throwing', () => {
    const findings = check('garbage/fixtures/content');
    const files = new Set(findings.map((f) => f.file));
    const all = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(root.length + 1));
    // Every single file is reported (none of them is a usable guide or catalogue entry).
    expect([...files].sort()).toEqual(all.sort());
    for (const f of findings) {
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.column).toBeGreaterThanOrEqual(1);
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("explains the typical mistakes in the editors' terms", () => {
    const findings = check('garbage/fixtures/content');
    const at = (file: string) =>
      findings
        .filter((f) => f.file === file)
        .map((f) => `${f.line}:${f.column} ${f.code} ${f.message}`);
    expect(at('guides/civil-affairs/tabs-crlf.md')).toEqual([
      '3:1 TY001 YAML 语法错误：缩进里有 Tab 制表符。YAML 只能用空格缩进，请把这一行开头的 Tab 换成空格（通常每层两个空格）。',
    ]);
    expect(at('materials/utf16.yaml')).toEqual([
      '1:6 TY001 YAML 语法错误：文件中有空字符（NUL），通常是因为文件不是 UTF-8 编码（例如用 UTF-16 保存）。请用 UTF-8 编码重新保存。',
    ]);
    expect(at('guides/civil-affairs/list-root.md')).toEqual([
      '1:1 TY004 文件内容应为一组字段（每行“字段名: 值”），实际写的是一个列表。',
    ]);
    expect(at('guides/civil-affairs/wrong-types.md')).toContain(
      '5:7 TY004 字段 type（事项类型）没有填写内容。请在冒号后填写以下之一：行政许可、行政处罚、行政强制、行政征收、行政给付、行政检查、行政确认、行政奖励、行政裁决、行政备案、其他行政权力、公共服务；如果不需要这一项，请删除这一行。',
    );
    expect(at('guides/civil-affairs/wrong-types.md')).toContain(
      '18:9 TY004 字段 visits（到办事现场次数）：不能小于 0。',
    );
  });

  it('never prints a stack trace from the CLI', () => {
    const child = spawnSync(
      join(repo, 'node_modules', '.bin', 'node'),
      ['scripts/validate.ts', '--root', root, '--date', '2026-11-25'],
      {
        cwd: repo,
        encoding: 'utf8',
      },
    );
    expect(child.status).toBe(1);
    expect(child.stderr).toBe('');
    expect(child.stdout).not.toMatch(/^\s+at /m);
    expect(child.stdout).toMatch(/\d+ 个错误，0 个警告（检查了 22 个文件）\n$/);
  });
});
