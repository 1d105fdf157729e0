// A zod schema reduced to what the CMS needs to know: the tree of fields with their kinds,
// descriptions, optionality and references. Both the Decap configuration (fields.ts) and the
// canonical file format (format.ts) read this one tree, so they cannot disagree about a field.
import type { z } from 'zod';
import { plainRef } from '../schemas/reference.ts';
import type { CollectionName, RefFactory } from '../schemas/reference.ts';

interface Common {
  /** The `.describe()` text of the outermost schema of this value. */
  readonly description?: string | undefined;
}

export type Shape = Common &
  (
    | { readonly kind: 'string'; readonly ref?: CollectionName | undefined }
    | { readonly kind: 'number'; readonly int: boolean; readonly min?: number | undefined }
    | { readonly kind: 'boolean' }
    | { readonly kind: 'date' }
    | { readonly kind: 'enum'; readonly values: readonly string[] }
    | { readonly kind: 'literal'; readonly value: string }
    | { readonly kind: 'array'; readonly element: Shape; readonly min?: number | undefined }
    | { readonly kind: 'object'; readonly fields: readonly FieldShape[] }
    | { readonly kind: 'union'; readonly options: readonly Shape[] }
  );

export interface FieldShape {
  readonly key: string;
  readonly shape: Shape;
  /** `.optional()` or `.default()`: editors may leave it out. */
  readonly optional: boolean;
  /** `.default([])`: an empty list is the same as no list, and is not written. */
  readonly defaultsToEmpty: boolean;
}

/** Marks reference fields so the CMS can offer a relation widget; the value stays an id string. */
export const cmsRef: RefFactory<string> = (collection) =>
  plainRef(collection).meta({ tyRef: collection });

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly entries?: Record<string, string>;
  readonly values?: readonly unknown[];
  readonly options?: readonly z.ZodType[];
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly defaultValue?: unknown;
  readonly in?: z.ZodType;
}

interface CheckDef {
  readonly check: string;
  readonly minimum?: number;
  readonly value?: number;
  readonly format?: string;
  readonly inclusive?: boolean;
}

const defOf = (schema: z.ZodType): Def => schema._zod.def;

const checksOf = (def: Def): CheckDef[] => (def.checks ?? []).map((c) => c._zod.def);

function describeOf(schema: z.ZodType): string | undefined {
  return schema.description;
}

function refOf(schema: z.ZodType): CollectionName | undefined {
  const meta = schema.meta() as { tyRef?: CollectionName } | undefined;
  return meta?.tyRef;
}

/** The shape of a zod schema. Throws for a construct the CMS cannot represent (a programming error). */
export function shapeOf(schema: z.ZodType, path = '(root)'): Shape {
  const def = defOf(schema);
  const description = describeOf(schema);
  // The outermost description wins: `text.optional().describe('条款')` is 条款, not 文字内容.
  const withDescription = <T extends Shape>(shape: T): T =>
    description !== undefined ? { ...shape, description } : shape;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      return withDescription(shapeOf(def.innerType as z.ZodType, path));
    case 'pipe':
      return withDescription(shapeOf(def.in as z.ZodType, path));
    case 'string':
      return { kind: 'string', description, ref: refOf(schema) };
    case 'number': {
      const checks = checksOf(def);
      const int = checks.some((c) => c.check === 'number_format' && /int/.test(c.format ?? ''));
      const min = checks.find((c) => c.check === 'greater_than' && c.inclusive)?.value;
      return { kind: 'number', int, min, description };
    }
    case 'boolean':
      return { kind: 'boolean', description };
    case 'date':
      return { kind: 'date', description };
    case 'enum':
      return { kind: 'enum', values: Object.values(def.entries ?? {}), description };
    case 'literal': {
      const [value] = def.values ?? [];
      if (typeof value !== 'string') throw new Error(`${path}: only string literals are supported`);
      return { kind: 'literal', value, description };
    }
    case 'array': {
      const min = checksOf(def).find((c) => c.check === 'min_length')?.minimum;
      return {
        kind: 'array',
        element: shapeOf(def.element as z.ZodType, `${path}[]`),
        min,
        description,
      };
    }
    case 'object':
      return {
        kind: 'object',
        description,
        fields: Object.entries(def.shape ?? {}).map(([key, field]) => {
          const fieldDef = defOf(field);
          const optional = field.safeParse(undefined).success;
          return {
            key,
            shape: shapeOf(field, `${path}.${key}`),
            optional,
            defaultsToEmpty:
              fieldDef.type === 'default' &&
              Array.isArray(fieldDef.defaultValue) &&
              fieldDef.defaultValue.length === 0,
          };
        }),
      };
    case 'union':
      return {
        kind: 'union',
        options: (def.options ?? []).map((o, i) => shapeOf(o, `${path}|${i}`)),
        description,
      };
    default:
      throw new Error(`${path}: zod type "${def.type}" has no CMS form`);
  }
}

/**
 * A union of one string literal and one object (`scope: all | { codes, titles, types }`) is
 * edited as the object; leaving every field of it empty means the literal.
 */
export function literalOrObject(
  shape: Shape,
): { literal: string; object: Extract<Shape, { kind: 'object' }> } | undefined {
  if (shape.kind !== 'union' || shape.options.length !== 2) return undefined;
  const literal = shape.options.find((o) => o.kind === 'literal');
  const object = shape.options.find((o) => o.kind === 'object');
  return literal?.kind === 'literal' && object?.kind === 'object'
    ? { literal: literal.value, object }
    : undefined;
}
