import { countBySeverity } from '../finding.ts';
import type { Finding } from '../finding.ts';

/** “2 个错误，1 个警告” or “没有发现问题”. */
export function summary(findings: readonly Finding[]): string {
  const { errors, warnings } = countBySeverity(findings);
  if (errors === 0 && warnings === 0) return '没有发现问题';
  return `${errors} 个错误，${warnings} 个警告`;
}

export const severityName = (f: Finding): string => (f.severity === 'error' ? '错误' : '警告');
