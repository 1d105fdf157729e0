// For tools: a JSON array of findings (see Finding in ../finding.ts and docs/editors/错误代码.md).
import type { Finding } from '../finding.ts';

export const formatJson = (findings: readonly Finding[]): string =>
  `${JSON.stringify(findings, null, 2)}\n`;
