// "申请材料 › 第 3 项 › 材料目录编号": where a finding is, in the form's own labels.
import type { CmsField } from './fields.ts';

export function fieldLabelPath(fields: readonly CmsField[], path: string): string {
  const parts: string[] = [];
  let current: readonly CmsField[] | undefined = fields;
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) {
      parts.push(`第 ${Number(segment) + 1} 项`);
      continue;
    }
    const field: CmsField | undefined = current?.find((f) => f.name === segment);
    parts.push(field?.label ?? segment);
    const nested: unknown = field?.['fields'];
    current = Array.isArray(nested) ? (nested as CmsField[]) : undefined;
  }
  return parts.join(' › ');
}
