// zod schema → Decap CMS fields. Every field keeps the schema's order, its Chinese label and
// hint, and whether it is required; enumerations become selects, references relation widgets,
// lists of objects lists with their fields, numbers and dates typed widgets.
import type { CollectionName } from '../schemas/reference.ts';
import { hintOf, labelOf } from './labels.ts';
import { literalOrObject, shapeOf } from './shape.ts';
import type { FieldShape, Shape } from './shape.ts';
import type { z } from 'zod';

export interface CmsField {
  readonly name: string;
  readonly label: string;
  readonly widget: string;
  readonly required?: boolean;
  readonly hint?: string;
  readonly [option: string]: unknown;
}

/** How each referenced collection is searched and shown in a relation widget. */
const RELATIONS: Readonly<Record<CollectionName, Readonly<Record<string, unknown>>>> = {
  departments: { search_fields: ['name'], display_fields: ['name'] },
  // Editors know materials by their Chinese name or a common alias (户口本 for 居民户口簿).
  materials: { search_fields: ['name', 'aliases.*'], display_fields: ['name'] },
  topics: { search_fields: ['title'], display_fields: ['title'] },
  guides: { search_fields: ['title', 'code'], display_fields: ['title', 'code'] },
  abolished: { search_fields: ['name', 'aliases.*'], display_fields: ['name'] },
};

const relationTo = (collection: CollectionName) => ({
  widget: 'relation',
  collection,
  value_field: '{{slug}}',
  ...RELATIONS[collection],
  options_length: 50,
});

/**
 * Fields whose values are ids of something that is not a collection of its own: a guide's
 * counter locations are the `locations` of departments. Decap cannot filter them by the chosen
 * department, so the label shows the department's name and the validator (TY012) refuses a
 * location of another department.
 */
const LOCATION_IDS = {
  widget: 'relation',
  collection: 'departments',
  value_field: 'locations.*.id',
  search_fields: ['name', 'locations.*.name'],
  display_fields: ['name', 'locations.*.name'],
  options_length: 100,
} as const;

const OVERRIDES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'guides.counter.locations': LOCATION_IDS,
};

function widgetOf(
  shape: Shape,
  path: string,
  required: boolean,
  label: string,
): Record<string, unknown> {
  const override = OVERRIDES[path];
  if (override) {
    return shape.kind === 'array'
      ? { ...override, multiple: true, ...(shape.min ? { min: shape.min } : {}) }
      : override;
  }
  const either = literalOrObject(shape);
  if (either) {
    return {
      widget: 'object',
      collapsed: false,
      fields: either.object.fields.map((f) => fieldOf(f, path)),
      [LITERAL_HINT]: either.literal,
    };
  }
  switch (shape.kind) {
    case 'string':
      if (shape.ref) return relationTo(shape.ref);
      return { widget: 'string' };
    case 'literal':
      return { widget: 'hidden', default: shape.value };
    case 'number':
      return {
        widget: 'number',
        value_type: shape.int ? 'int' : 'float',
        ...(shape.min !== undefined ? { min: shape.min } : {}),
        ...(shape.int ? { step: 1 } : {}),
      };
    case 'boolean':
      return { widget: 'boolean', ...(required ? { default: false } : {}) };
    case 'date':
      // Stored as YYYY-MM-DD; UTC so the day never shifts with the editor's time zone.
      return {
        widget: 'datetime',
        format: 'YYYY-MM-DD',
        date_format: 'YYYY-MM-DD',
        time_format: false,
        picker_utc: true,
      };
    case 'enum':
      return { widget: 'select', options: [...shape.values] };
    case 'object':
      return {
        widget: 'object',
        collapsed: false,
        fields: shape.fields.map((f) => fieldOf(f, path)),
      };
    case 'array': {
      const min = shape.min ? { min: shape.min } : {};
      const element = shape.element;
      if (element.kind === 'enum')
        return { widget: 'select', multiple: true, options: [...element.values], ...min };
      if (element.kind === 'string' && element.ref)
        return { ...relationTo(element.ref), multiple: true, ...min };
      if (element.kind === 'object') {
        const fields = element.fields.map((f) => fieldOf(f, path));
        const first = element.fields[0]?.key;
        return {
          widget: 'list',
          ...(labelSingular(element) ? { label_singular: labelSingular(element) } : {}),
          collapsed: true,
          ...(first ? { summary: `{{fields.${first}}}` } : {}),
          fields,
          ...min,
        };
      }
      const item = widgetOf(element, `${path}[]`, true, label);
      return {
        widget: 'list',
        label_singular: label,
        field: { name: 'item', label, ...item },
        ...min,
      };
    }
    case 'union':
      throw new Error(`${path}: this union has no form in the CMS`);
  }
}

const labelSingular = (shape: Shape): string | undefined =>
  shape.description === undefined ? undefined : labelOf(shape.description, '');

/** Carries a literal-or-object union's literal from widgetOf to the hint; never in the output. */
const LITERAL_HINT = Symbol('literal');

export function fieldOf(field: FieldShape, parentPath: string): CmsField {
  const path = `${parentPath}.${field.key}`;
  const described = labelOf(field.shape.description, field.key);
  const isRelation =
    field.shape.kind === 'string'
      ? field.shape.ref !== undefined
      : field.shape.kind === 'array' &&
        field.shape.element.kind === 'string' &&
        field.shape.element.ref !== undefined;
  // A relation is picked by name, so "实施主体编号" reads as 实施主体.
  const label = isRelation || OVERRIDES[path] ? described.replace(/编号$/, '') : described;
  const hint = hintOf(field.shape.description, label);
  // A required list that may be empty (`fees: []` means no fees) is optional in the form: Decap
  // refuses an empty required list, and the file format writes the empty list (format.ts).
  const required = !field.optional && !(field.shape.kind === 'array' && !field.shape.min);
  const { [LITERAL_HINT]: literal, ...widget } = widgetOf(
    field.shape,
    path,
    required,
    label,
  ) as Record<string, unknown> & { [LITERAL_HINT]?: string };
  return {
    name: field.key,
    label,
    ...widget,
    required,
    ...(hint || literal
      ? {
          hint: [hint, literal && `各项都不填写即为 ${literal}（适用于所有事项）`]
            .filter(Boolean)
            .join('。'),
        }
      : {}),
  } as CmsField;
}

/** The fields of a collection's entries, in schema order. */
export function fieldsOf(schema: z.ZodType, collection: string): CmsField[] {
  const shape = shapeOf(schema);
  if (shape.kind !== 'object') throw new Error(`${collection}: an entry must be an object`);
  return shape.fields.map((f) => fieldOf(f, collection));
}
