// Turns zod's issues into TY004 findings an editor can act on: the field's Chinese name (from the
// schema's `.describe()`), what is wrong, and the fix. The common cases get our own wording;
// everything else falls back to the schema's custom message or zod's Chinese locale.
import { z } from 'zod';
import type { Issue, PathSegment } from './finding.ts';
import { closest, didYouMean } from './suggest.ts';
import type { Candidate } from './suggest.ts';

type ZodIssue = z.core.$ZodIssue;

/** zod's own messages in Chinese, for the cases below that keep them. */
export const zhErrors = { error: z.locales.zhCN().localeError };

/** Valid ids for a reference field at `path` (for suggestions), if it is one. */
export type RefCandidates = (path: readonly PathSegment[]) => readonly Candidate[] | undefined;

export function schemaIssues(
  file: string,
  schema: z.ZodType,
  data: unknown,
  issues: readonly ZodIssue[],
  refs: RefCandidates = () => undefined,
): Issue[] {
  const out: Issue[] = [];
  const add = (
    path: readonly PathSegment[],
    message: string,
    part: 'key' | 'value' = 'value',
    suggestions: readonly Candidate[] = [],
  ) => {
    out.push({
      code: 'TY004',
      file,
      at: { path, part },
      message,
      ...(suggestions.length > 0 ? { suggestions: suggestions.map((s) => s.value) } : {}),
    });
  };

  const visit = (issue: ZodIssue, prefix: readonly PathSegment[]) => {
    const path = [...prefix, ...(issue.path as PathSegment[])];
    const field = fieldAt(schema, path);
    const input = valueAt(data, path);
    const name = fieldName(path, field);

    const key = path.at(-1);
    if (
      input === undefined &&
      typeof key === 'string' &&
      issue.code !== 'unrecognized_keys' &&
      issue.code !== 'custom'
    ) {
      const { label, example, full } = describeField(field);
      const exampleText = example ? `，例如 ${key}: ${example}` : '';
      const choices = /可选值：[^。]+/.exec(full)?.[0];
      add(
        path,
        `缺少必填字段 ${key}${label ? `（${label}）` : ''}。请补上这一项${exampleText}。${choices ? `${choices}。` : ''}`,
      );
      return;
    }

    if (input === null && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
      add(
        path,
        `${name}没有填写内容。请在冒号后填写${issue.code === 'invalid_type' ? expectedName(issue.expected) : `以下之一：${issue.values.map(String).join('、')}`}；如果不需要这一项，请删除这一行。`,
      );
      return;
    }

    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = objectKeys(schemaAt(schema, path));
        for (const key of issue.keys) {
          // One or two letters are close to everything; only longer keys get a suggestion.
          const near =
            key.length < 3
              ? []
              : closest(
                  key,
                  allowed.map((k) => ({ value: k, label: labelOf(fieldAt(schema, [...path, k])) })),
                  1,
                );
          const hint =
            near.length > 0 ? didYouMean(near) : `这里可以使用的字段：${allowed.join('、')}。`;
          add(
            [...path, key],
            `未知字段 ${key}：这里没有这个字段，网站不会使用它。${hint}字段名区分大小写，请改正拼写，或删除这一行。`,
            'key',
            near,
          );
        }
        return;
      }
      case 'invalid_type': {
        if (input === undefined) {
          add(path, `${name}缺失。`);
          return;
        }
        if (input instanceof Date) {
          add(
            path,
            `${name}：这个日期不存在（请检查月份和日期，例如 2 月没有 30 日、4 月没有 31 日）。`,
          );
          return;
        }
        if (issue.expected === 'date') {
          add(path, `${name}：${sentence(issue.message)}`);
          return;
        }
        const expected = expectedName(issue.expected);
        add(
          path,
          `${name}应为${/^[a-z]/.test(expected) ? ' ' : ''}${expected}，实际写的是${describeValue(input)}。${typeHint(issue.expected, input, key)}`,
        );
        return;
      }
      case 'invalid_value': {
        const values = issue.values.map(String);
        // Enumerated values are short Chinese terms: one wrong character is already a big distance.
        const near =
          typeof input === 'string'
            ? closest(
                input,
                values.map((v) => ({ value: v })),
                1,
                0.6,
              )
            : [];
        add(
          path,
          `${name}的值${typeof input === 'string' ? `“${input}”` : ` ${describeValue(input)} `}不是可选值。可选值：${values.join('、')}。${didYouMean(near, true)}`,
          'value',
          near,
        );
        return;
      }
      case 'invalid_union': {
        // Report the alternative the editor evidently meant: the one that got past the first level.
        const meant = issue.errors.find((branch) =>
          branch.every((i) => i.path.length > 0 || i.code === 'custom'),
        );
        if (meant) {
          for (const inner of meant) visit(inner, path);
          return;
        }
        const { full } = describeField(field);
        add(path, `${name}写法不正确，应为：${full.split('：').slice(1).join('：') || full}。`);
        return;
      }
      case 'invalid_format': {
        const candidates = refs(path);
        const near = candidates && typeof input === 'string' ? closest(input, candidates, 3) : [];
        add(path, `${name}：${sentence(issue.message)}${didYouMean(near)}`, 'value', near);
        return;
      }
      default:
        add(path, `${name}：${sentence(issue.message)}`);
    }
  };

  for (const issue of issues) visit(issue, []);
  return out;
}

// --- reading the schema -------------------------------------------------------------------------

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: readonly z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def;

/** Strip optional/default/nullable wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** The schema of the field at `path`, as declared (with its own description). */
function fieldAt(schema: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    if (!current) return undefined;
    current = childOf(unwrap(current), segment);
  }
  return current;
}

function childOf(schema: z.ZodType, segment: PathSegment): z.ZodType | undefined {
  const def = defOf(schema);
  if (def.type === 'object') return def.shape?.[String(segment)];
  if (def.type === 'array') return def.element;
  if (def.type === 'union') {
    for (const option of def.options ?? []) {
      const child = childOf(unwrap(option), segment);
      if (child) return child;
    }
  }
  return undefined;
}

function schemaAt(schema: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  const field = fieldAt(schema, path);
  return field ? unwrap(field) : undefined;
}

function objectKeys(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const def = defOf(schema);
  if (def.type === 'object') return Object.keys(def.shape ?? {});
  if (def.type === 'union') return (def.options ?? []).flatMap((o) => objectKeys(unwrap(o)));
  return [];
}

const descriptionOf = (schema: z.ZodType | undefined): string => {
  let current = schema;
  while (current) {
    if (current.description) return current.description;
    const def = defOf(current);
    current = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  }
  return '';
};

/** `事项编码（全区唯一），例如 420107-MZ-QR-0001` → label and example. */
function describeField(schema: z.ZodType | undefined): {
  label: string;
  example: string;
  full: string;
} {
  const full = descriptionOf(schema);
  const first = full.split('。')[0] ?? '';
  const match = /^(.*?)[，,]\s*例如\s*(.+)$/.exec(first);
  const [label = first, example = ''] = match ? [match[1], match[2]] : [];
  // The label goes in parentheses after the key: keep it short, without its own remarks.
  const short = (label.split('：')[0] ?? label).replace(/（[^（）]*）$/, '');
  return { label: short, example, full };
}

const labelOf = (schema: z.ZodType | undefined) => describeField(schema).label;

/** `字段 form（材料形式）` or `audience 的第 2 项` — how a message names the field. */
function fieldName(path: readonly PathSegment[], schema: z.ZodType | undefined): string {
  const last = path.at(-1);
  if (last === undefined) return '文件内容';
  if (typeof last === 'number') {
    const parent = path.findLast((s) => typeof s === 'string');
    return `${parent ?? ''} 的第 ${last + 1} 项`;
  }
  const label = labelOf(schema);
  return `字段 ${last}${label ? `（${label}）` : ''}`;
}

const sentence = (text: string) => (/[。？！]$/.test(text) ? text : `${text}。`);

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

const EXPECTED: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表',
  object: '一组字段（每行“字段名: 值”）',
  date: '日期（YYYY-MM-DD）',
};

const expectedName = (expected: string) => EXPECTED[expected] ?? expected;

function describeValue(value: unknown): string {
  if (value instanceof Date) return `日期 ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return '一个列表';
  if (value === null) return '空值';
  switch (typeof value) {
    case 'string':
      return `文字“${value.length > 30 ? `${value.slice(0, 30)}…` : value}”`;
    case 'number':
      return `数字 ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return '一组字段';
    default:
      return typeof value;
  }
}

function typeHint(expected: string, input: unknown, key: PathSegment | undefined): string {
  if (
    expected === 'string' &&
    (typeof input === 'number' || typeof input === 'boolean' || input instanceof Date)
  ) {
    const shown = input instanceof Date ? input.toISOString().slice(0, 10) : String(input);
    return `如果要原样保留这些字符，请给它加上引号，例如 ${typeof key === 'string' ? `${key}: ` : ''}"${shown}"。`;
  }
  if (expected === 'number' && typeof input === 'string') return '请去掉引号和单位，只写数字。';
  if (expected === 'boolean') return '只能写 true（是）或 false（否），不加引号。';
  if (expected === 'array')
    return '列表的写法：每项一行，以“- ”开头；或写在方括号里，如 [甲, 乙]。';
  return '';
}
