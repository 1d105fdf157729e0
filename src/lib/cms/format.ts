// The one way a content file is written: keys in schema order, lists of plain values inline
// (`audience: [自然人]`), lists of objects as blocks, dates as unquoted YYYY-MM-DD, no folded
// lines, empty optional values left out. The web editor saves through this (a Decap custom
// format) and `npm test` checks that every file of src/content/ already is in this form, so
// saving an unchanged entry changes no byte and an edit changes only its own lines.
import { isDeepStrictEqual } from './deep-equal.ts';
import { Document, isScalar, isSeq, visit } from 'yaml';
import { parseMarkdown, parseYamlFile } from '../corpus/parse-source.ts';
import { literalOrObject, shapeOf } from './shape.ts';
import type { Shape } from './shape.ts';
import type { CmsCollection } from './collections.ts';

/** A guide's data as the editor holds it: the frontmatter fields and the Markdown `body`. */
export type EntryData = Record<string, unknown>;

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A date field's value from the editor (a YYYY-MM-DD string) or from the parser (a Date). */
function toDate(value: unknown): unknown {
  if (typeof value === 'string' && DAY.test(value)) return new Date(`${value}T00:00:00Z`);
  return value;
}

/**
 * The value as it should be written: keys in schema order, empty optional values dropped, dates
 * as Dates, a literal-or-object union whose object is empty as its literal. Values the schema
 * does not know are kept as they are (the validator reports them).
 */
export function canonicalValue(shape: Shape, value: unknown): unknown {
  const either = literalOrObject(shape);
  if (either) {
    if (value === either.literal) return value;
    const object = canonicalValue(either.object, value ?? {});
    const empty = typeof object === 'object' && object !== null && Object.keys(object).length === 0;
    return empty ? either.literal : object;
  }
  switch (shape.kind) {
    case 'date':
      return toDate(value);
    case 'array':
      return Array.isArray(value)
        ? value.map((item: unknown) => canonicalValue(shape.element, item))
        : value;
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      const record = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const field of shape.fields) {
        const item = record[field.key];
        if (item === undefined && !field.optional && field.shape.kind === 'array') {
          out[field.key] = [];
          continue;
        }
        if (isEmpty(item) && (field.optional || item === undefined || item === null)) {
          // A required empty list (`fees: []`, no fees) is a statement; an optional one is not.
          if (!(Array.isArray(item) && !field.optional)) continue;
        }
        out[field.key] = canonicalValue(field.shape, item);
      }
      for (const [key, item] of Object.entries(record)) {
        if (!(key in out) && !shape.fields.some((f) => f.key === key) && item !== undefined)
          out[key] = item;
      }
      return out;
    }
    default:
      return value;
  }
}

/** YAML text of a value: the corpus style (see the top of this file). */
export function yamlText(value: unknown): string {
  // YAML 1.1 rules for quoting: a string that any common parser would read as a date, a number or
  // a boolean (2026-01-01, 1:20, yes) is quoted, and Dates are written as YYYY-MM-DD.
  const doc = new Document(value, { version: '1.1' });
  visit(doc, {
    Seq(_, node) {
      const items = node.items.map((item) => (isScalar(item) ? String(item.value) : undefined));
      // Short lists of words or ids stay on one line; sentences get a line each.
      const inline = items.reduce((n, item) => n + (item?.length ?? Infinity) + 2, 0);
      if (items.every((item) => item !== undefined && !item.includes('\n')) && inline <= FLOW_WIDTH)
        node.flow = true;
    },
  });
  if (isSeq(doc.contents)) doc.contents.flow = false;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false, indentSeq: true });
}

/** The longest list (in characters, separators included) written on one line. */
const FLOW_WIDTH = 40;

export class FormatError extends Error {}

/** The file text of an entry, for one collection. */
export function entryFile(collection: CmsCollection, data: EntryData): string {
  const shape = shapeOf(collection.schema);
  const { body, ...fields } = data;
  const value = canonicalValue(shape, fields);
  let yaml: string;
  try {
    yaml = yamlText(value);
  } catch (error) {
    // An impossible date such as 2026-02-30 (the date picker never gives one).
    if (error instanceof RangeError)
      throw new FormatError(
        `无法保存：有日期不存在（${error.message}）。请用日期选择器重新选择日期。`,
      );
    throw error;
  }
  const text =
    collection.extension === 'md'
      ? `---\n${yaml}---\n${typeof body === 'string' ? body : ''}`
      : yaml;
  // Never write what would read back differently: the validator parses with js-yaml.
  const back = readEntry(collection, text);
  delete back['body'];
  if (!isDeepStrictEqual(back, value)) {
    throw new FormatError(
      `无法按规范格式保存：写出的内容重新读取后与原内容不一致（${collection.name}）。请把这一情况告诉系统维护人员。`,
    );
  }
  return text;
}

/** The data of a file's text, parsed as the validator parses it (dates become Dates). */
export function readEntry(collection: CmsCollection, text: string): EntryData {
  const file = `${collection.name}.${collection.extension}`;
  const result =
    collection.extension === 'md' ? parseMarkdown(file, text) : parseYamlFile(file, text);
  if (!result.ok) throw new FormatError(result.issue.message);
  const data = result.data as EntryData;
  return collection.extension === 'md' ? { ...data, body: result.body } : data;
}
