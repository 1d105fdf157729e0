// For CI: GitHub Actions workflow commands, which become annotations on the offending lines of a
// pull request. GitHub shows at most 10 error and 10 warning annotations per step, so the most
// important ones are emitted (abolished materials first, see `rank` in codes.ts), the complete
// list follows as plain log text, and a notice says what was left out.
import { CODES } from '../codes.ts';
import type { Finding } from '../finding.ts';
import { formatHuman } from './human.ts';
import { summary } from './summary.ts';

export const ANNOTATION_LIMIT = 10;

/** Workflow-command data: %, CR and LF must be escaped. */
export const escapeData = (s: string): string =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Workflow-command properties: additionally `:` and `,`. */
export const escapeProperty = (s: string): string =>
  escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const byImportance = (a: Finding, b: Finding): number =>
  CODES[a.code].rank - CODES[b.code].rank ||
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
  a.line - b.line ||
  a.column - b.column;

export function formatGithub(
  findings: readonly Finding[],
  options: { files?: number } = {},
): string {
  const errors = findings.filter((f) => f.severity === 'error').sort(byImportance);
  const warnings = findings.filter((f) => f.severity === 'warning').sort(byImportance);
  const shown = [...errors.slice(0, ANNOTATION_LIMIT), ...warnings.slice(0, ANNOTATION_LIMIT)];
  const lines = shown.map((f) => {
    const props = [
      `file=${f.file}`,
      `line=${f.line}`,
      `col=${f.column}`,
      `title=${f.code} ${CODES[f.code].title}`,
    ]
      .map((p) => {
        const eq = p.indexOf('=');
        return `${p.slice(0, eq)}=${escapeProperty(p.slice(eq + 1))}`;
      })
      .join(',');
    return `::${f.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(f.message)}`;
  });
  const omittedErrors = Math.max(0, errors.length - ANNOTATION_LIMIT);
  const omittedWarnings = Math.max(0, warnings.length - ANNOTATION_LIMIT);
  const omitted =
    omittedErrors + omittedWarnings > 0
      ? `；另有 ${omittedErrors} 个错误、${omittedWarnings} 个警告未标注在代码行上，完整列表见本步骤的日志`
      : '';
  lines.push(
    `::notice title=${escapeProperty('同源内容检查')}::${escapeData(`${summary(findings)}${omitted}。`)}`,
  );
  return `${lines.join('\n')}\n${formatHuman(findings, { color: false, ...options })}`;
}
