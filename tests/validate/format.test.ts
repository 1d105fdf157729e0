import { describe, expect, it } from 'vitest';
import type { Code } from '../../src/lib/validate/codes.ts';
import type { Finding } from '../../src/lib/validate/finding.ts';
import { escapeData, escapeProperty, formatGithub } from '../../src/lib/validate/format/github.ts';
import { formatHuman } from '../../src/lib/validate/format/human.ts';
import { summary } from '../../src/lib/validate/format/summary.ts';

const finding = (
  code: Code,
  severity: Finding['severity'],
  line: number,
  message = '说明',
): Finding => ({
  code,
  severity,
  file: 'src/content/guides/a/b.md',
  line,
  column: 3,
  message,
});

describe('output formats', () => {
  it('counts errors and warnings in the summary', () => {
    expect(summary([])).toBe('没有发现问题');
    expect(
      summary([
        finding('TY030', 'error', 1),
        finding('TY031', 'error', 2),
        finding('TY070', 'warning', 3),
      ]),
    ).toBe('2 个错误，1 个警告');
    expect(summary([finding('TY070', 'warning', 3)])).toBe('0 个错误，1 个警告');
  });

  it('escapes workflow-command data and properties', () => {
    expect(escapeData('50%\r\n下一行')).toBe('50%25%0D%0A下一行');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    const [command] = formatGithub([
      { ...finding('TY020', 'error', 1, '第一行\n第二行：100%'), file: 'x,y:z.md' },
    ]).split('\n');
    expect(command).toBe(
      '::error file=x%2Cy%3Az.md,line=1,col=3,title=TY020 列出了已取消的证明材料::第一行%0A第二行：100%25',
    );
  });

  it('emits at most 10 error and 10 warning annotations, the most important first, and says what it left out', () => {
    const findings = [
      ...Array.from({ length: 11 }, (_, i) => finding('TY070', 'warning', i + 1)),
      ...Array.from({ length: 11 }, (_, i) => finding('TY044', 'error', i + 1)),
      finding('TY022', 'error', 99),
      finding('TY020', 'error', 100),
    ];
    const lines = formatGithub(findings).split('\n');
    const errors = lines.filter((l) => l.startsWith('::error '));
    expect(errors).toHaveLength(10);
    expect(errors[0]).toContain('title=TY020 ');
    expect(errors[1]).toContain('title=TY022 ');
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(lines.find((l) => l.startsWith('::notice'))).toBe(
      '::notice title=同源内容检查::13 个错误，11 个警告；另有 3 个错误、1 个警告未标注在代码行上，完整列表见本步骤的日志。',
    );
  });

  it('colours the human format only when asked', () => {
    const findings = [finding('TY030', 'error', 1)];
    expect(formatHuman(findings)).toBe(
      'src/content/guides/a/b.md:1:3  TY030 错误  说明\n\n1 个错误，0 个警告\n',
    );
    expect(formatHuman(findings, { color: true })).toContain('\u001b[31mTY030 错误\u001b[39m');
  });
});
