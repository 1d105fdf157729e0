// For editors in a terminal: grouped by file, one line per finding as `file:line:col  code  message`
// (editors and terminals make that clickable), then the counts.
import { styleText } from 'node:util';
import type { Finding } from '../finding.ts';
import { severityName, summary } from './summary.ts';

type Style = Parameters<typeof styleText>[0];

export interface HumanOptions {
  /** ANSI colours; the CLI turns them on only for a terminal without NO_COLOR. */
  readonly color?: boolean;
  /** Files checked, for the summary line. */
  readonly files?: number;
}

export function formatHuman(findings: readonly Finding[], options: HumanOptions = {}): string {
  const paint = (style: Style, text: string) =>
    options.color ? styleText(style, text, { validateStream: false }) : text;
  const lines: string[] = [];
  let previous: string | undefined;
  for (const f of findings) {
    if (previous !== undefined && f.file !== previous) lines.push('');
    previous = f.file;
    const where = paint('cyan', `${f.file}:${f.line}:${f.column}`);
    const label = paint(f.severity === 'error' ? 'red' : 'yellow', `${f.code} ${severityName(f)}`);
    lines.push(`${where}  ${label}  ${f.message}`);
  }
  if (lines.length > 0) lines.push('');
  const counted = options.files === undefined ? '' : `（检查了 ${options.files} 个文件）`;
  const hasErrors = findings.some((f) => f.severity === 'error');
  lines.push(paint(hasErrors ? 'red' : 'green', `${summary(findings)}${counted}`));
  return `${lines.join('\n')}\n`;
}
