// The JSON Schema generated from the zod schemas must accept every real entry (as YAML and open
// data write it: dates as YYYY-MM-DD) and refuse what the zod schema refuses.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { normalize } from '../../src/lib/export/normalize.ts';
import { schemaDocument } from '../../src/lib/export/schema-document.ts';
import { collectionJsonSchema, collectionJsonSchemas } from '../../src/lib/schemas/json-schema.ts';
import type { CollectionName } from '../../src/lib/schemas/index.ts';

const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
ajv.addFormat('uri', (value: string) => URL.canParse(value));

const validator = (collection: CollectionName) => ajv.compile(collectionJsonSchema(collection));

const { corpus } = loadCorpus();
const entries: Record<
  Exclude<CollectionName, 'guides'>,
  readonly { id: string; data: unknown }[]
> = {
  departments: [...corpus.departments.values()],
  materials: [...corpus.materials.values()],
  abolished: [...corpus.abolished.values()],
  topics: [...corpus.topics.values()],
};

describe('collection JSON Schemas', () => {
  it('accepts every guide of the corpus', () => {
    const validate = validator('guides');
    expect(corpus.guides.length).toBeGreaterThan(0);
    for (const guide of corpus.guides) {
      expect(
        validate(normalize(guide.data)),
        `${guide.id}: ${ajv.errorsText(validate.errors)}`,
      ).toBe(true);
    }
  });

  it.each(Object.keys(entries) as (keyof typeof entries)[])(
    'accepts every entry of %s',
    (collection) => {
      const validate = validator(collection);
      expect(entries[collection].length).toBeGreaterThan(0);
      for (const entry of entries[collection]) {
        expect(
          validate(normalize(entry.data)),
          `${entry.id}: ${ajv.errorsText(validate.errors)}`,
        ).toBe(true);
      }
    },
  );

  it('maps dates to strings in date format, keeping the Chinese description', () => {
    const schema = collectionJsonSchema('guides') as { properties: Record<string, unknown> };
    expect(schema.properties['reviewed']).toEqual({
      type: 'string',
      format: 'date',
      description: '最近一次核对日期',
    });
  });

  it('refuses a guide the zod schema refuses', () => {
    const validate = validator('guides');
    const [first] = corpus.guides;
    if (!first) throw new Error('empty corpus');
    const good = normalize(first.data) as Record<string, unknown>;
    expect(validate({ ...good, type: '行政审批' })).toBe(false);
    expect(validate({ ...good, unknownField: 1 })).toBe(false);
    const withoutCode = { ...good };
    delete withoutCode['code'];
    expect(validate(withoutCode)).toBe(false);
    expect(validate({ ...good, reviewed: '2026年11月3日' })).toBe(false);
  });

  it('lets editors omit fields that have defaults (topics, changes, aliases)', () => {
    const validate = validator('guides');
    const [first] = corpus.guides;
    if (!first) throw new Error('empty corpus');
    const rest = { ...(normalize(first.data) as Record<string, unknown>) };
    delete rest['topics'];
    delete rest['changes'];
    expect(validate(rest)).toBe(true);
  });

  it('publishes one document with every collection under $defs', () => {
    const document = schemaDocument('https://banshi.yunxi.example', '内容模型') as {
      $defs: Record<string, Record<string, unknown>>;
      $id: string;
    };
    expect(Object.keys(document.$defs).sort()).toEqual([
      'abolished',
      'department',
      'guide',
      'material',
      'site',
      'topic',
    ]);
    expect(document.$id).toBe('https://banshi.yunxi.example/data/schema.json');
    expect(document.$defs['guide']?.['$schema']).toBeUndefined();
    expect(ajv.validateSchema(document)).toBe(true);
    expect(Object.keys(collectionJsonSchemas())).toHaveLength(6);
  });
});
