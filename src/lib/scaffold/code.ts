// Guide codes (事项编码) follow `<区划>-<部门>-<类型>-<序号>`, e.g. 420107-MZ-QR-0003: the region, the
// department's letters, the 事项类型's letters and a four-digit number. A new guide takes the next
// number after the highest one in use, never a gap: a deleted guide's code is not reused.
import type { ItemType } from '../schemas/enums.ts';

/** Letters of each 事项类型 (initials of its pinyin), as the sample corpus uses them. */
export const TYPE_CODES = {
  行政许可: 'XK',
  行政处罚: 'CF',
  行政强制: 'QZ',
  行政征收: 'ZS',
  行政给付: 'JF',
  行政检查: 'JC',
  行政确认: 'QR',
  行政奖励: 'JL',
  行政裁决: 'CJ',
  行政备案: 'BA',
  其他行政权力: 'QT',
  公共服务: 'GG',
} as const satisfies Record<ItemType, string>;

const CODE_PATTERN = /^(\d{6})-([A-Z]+)-([A-Z]+)-(\d{4})$/;

interface ParsedCode {
  readonly region: string;
  readonly department: string;
  readonly type: string;
  readonly number: number;
}

export function parseCode(code: string): ParsedCode | undefined {
  const match = CODE_PATTERN.exec(code);
  if (!match) return undefined;
  const [, region = '', department = '', type = '', number = ''] = match;
  return { region, department, type, number: Number(number) };
}

const mostCommon = (values: readonly string[]): string | undefined => {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
};

export interface CodeContext {
  /** Every guide's code and department in the corpus. */
  readonly guides: readonly { readonly code: string; readonly department: string }[];
}

/** The region part used by most guides (the sample corpus has one). */
export const regionOf = (context: CodeContext): string | undefined =>
  mostCommon(context.guides.flatMap((guide) => parseCode(guide.code)?.region ?? []));

/** The letters a department's guides use (MZ for civil-affairs), if it has any guide yet. */
export const departmentLettersOf = (context: CodeContext, department: string): string | undefined =>
  mostCommon(
    context.guides
      .filter((guide) => guide.department === department)
      .flatMap((guide) => parseCode(guide.code)?.department ?? []),
  );

/** The next free code with the given region, department letters and type. */
export function nextCode(
  context: CodeContext,
  region: string,
  letters: string,
  type: ItemType,
): string {
  const typeLetters = TYPE_CODES[type];
  const taken = context.guides
    .map((guide) => parseCode(guide.code))
    .filter(
      (code) => code?.region === region && code.department === letters && code.type === typeLetters,
    )
    .map((code) => code?.number ?? 0);
  const next = Math.max(0, ...taken) + 1;
  return `${region}-${letters}-${typeLetters}-${String(next).padStart(4, '0')}`;
}
