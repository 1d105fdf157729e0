// JSON Schema of every collection, generated from the zod schemas (never written twice). Used
// for /data/schema.json and by editors' tooling (YAML/frontmatter hover text comes from the
// Chinese `.describe()` of each field). Input shape: fields with defaults are optional, as
// editors write them; dates are `YYYY-MM-DD` strings, as they appear in YAML and in open data.
import { z } from 'zod';
import {
  departmentSchema,
  guideSchema,
  materialSchema,
  abolishedSchema,
  siteSchema,
  topicSchema,
} from './index.ts';
import type { CollectionName } from './reference.ts';

export type JsonSchema = Record<string, unknown>;

/** The collections, and the region's one site file (`src/content/site.yaml`). */
export type SchemaName = CollectionName | 'site';

const schemas = {
  guides: guideSchema,
  departments: departmentSchema,
  materials: materialSchema,
  abolished: abolishedSchema,
  topics: topicSchema,
  site: siteSchema,
} satisfies Record<SchemaName, z.ZodType>;

/** The JSON Schema of one collection's entries (guide frontmatter, department YAML, …). */
export function collectionJsonSchema(collection: SchemaName): JsonSchema {
  return z.toJSONSchema(schemas[collection], {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      // z.date() has no JSON form; YAML writes it as an unquoted YYYY-MM-DD.
      if (ctx.zodSchema._zod.def.type === 'date') {
        const { description } = ctx.jsonSchema;
        // Replace the schema in place: `{}` ("any") becomes a date string.
        Object.assign(ctx.jsonSchema, { type: 'string', format: 'date' });
        if (description !== undefined) ctx.jsonSchema.description = description;
      }
    },
  });
}

/** Every collection's schema, keyed by collection name. */
export function collectionJsonSchemas(): Record<SchemaName, JsonSchema> {
  return {
    guides: collectionJsonSchema('guides'),
    departments: collectionJsonSchema('departments'),
    materials: collectionJsonSchema('materials'),
    abolished: collectionJsonSchema('abolished'),
    topics: collectionJsonSchema('topics'),
    site: collectionJsonSchema('site'),
  };
}
