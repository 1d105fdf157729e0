// The Decap configuration is generated from the schemas: every collection, fields in schema order
// with Chinese labels and hints, required or optional, enums as selects, references as relations.
import { describe, expect, it } from 'vitest';
import { cmsConfig, collectionConfig, collectionFields } from '../../src/lib/cms/config.ts';
import type { CmsField } from '../../src/lib/cms/fields.ts';
import { CMS_COLLECTIONS } from '../../src/lib/cms/collections.ts';
import { ITEM_TYPES } from '../../src/lib/schemas/enums.ts';
import { departmentSchema, guideSchema, materialSchema } from '../../src/lib/schemas/index.ts';

const config = cmsConfig();
const collection = (name: string) => {
  const found = config.collections.find((c) => c.name === name);
  if (!found || !('folder' in found)) throw new Error(`no folder collection ${name}`);
  return found;
};
const field = (fields: readonly CmsField[], path: string): CmsField => {
  const [head, ...rest] = path.split('.');
  const found = fields.find((f) => f.name === head);
  if (!found) throw new Error(`no field ${path}`);
  return rest.length === 0 ? found : field(found['fields'] as CmsField[], rest.join('.'));
};
const guides = collection('guides').fields;

describe('the generated Decap configuration', () => {
  it('edits every collection of src/content/, as pull requests, in Chinese', () => {
    expect(config.collections.map((c) => c.name)).toEqual(CMS_COLLECTIONS.map((c) => c.name));
    const folders = CMS_COLLECTIONS.filter((c) => !c.file);
    expect(
      folders.map((c) => [c.name, collection(c.name).folder, collection(c.name).extension]),
    ).toEqual(folders.map((c) => [c.name, `src/content/${c.name}`, c.extension]));
    // The region's one file is a one-file collection.
    const site = config.collections.find((c) => c.name === 'site');
    expect(site && 'files' in site ? site.files.map((f) => f.file) : []).toEqual([
      'src/content/site.yaml',
    ]);
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.locale).toBe('zh_Hans');
    expect(config.load_config_file).toBe(false);
    expect(collection('guides').path).toBe('{{department}}/{{slug}}');
  });

  it('keeps the schema’s field order (and the Markdown body last)', () => {
    expect(guides.map((f) => f.name)).toEqual([...Object.keys(guideSchema.shape), 'body']);
    expect(collection('materials').fields.map((f) => f.name)).toEqual(
      Object.keys(materialSchema.shape),
    );
  });

  it('labels and explains each field with the schema’s Chinese description', () => {
    expect(field(guides, 'code')).toMatchObject({
      label: '事项编码',
      hint: '事项编码（全区唯一），例如 420107-MZ-QR-0001',
      widget: 'string',
      required: true,
    });
    expect(field(guides, 'basis.article')).toMatchObject({
      label: '条款',
      hint: '条款，例如 第十一条',
      required: false,
    });
    expect(field(guides, 'visitsReason').required).toBe(false);
  });

  it('offers enumerations as selects and typed numbers and dates', () => {
    expect(field(guides, 'type')).toMatchObject({ widget: 'select', options: [...ITEM_TYPES] });
    expect(field(guides, 'audience')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(field(guides, 'materials.originals')).toMatchObject({
      widget: 'number',
      value_type: 'int',
      min: 0,
    });
    expect(field(collection('guides').fields, 'fees.amount')).toMatchObject({
      widget: 'number',
      value_type: 'float',
    });
    expect(field(guides, 'reviewed')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
      picker_utc: true,
    });
    // No fees is an empty list, which Decap only accepts from an optional list.
    expect(field(guides, 'fees')).toMatchObject({ widget: 'list', required: false });
    expect(field(guides, 'conditions')).toMatchObject({ widget: 'list', min: 1, required: true });
  });

  it('picks references by name: departments, materials (and aliases), locations, topics', () => {
    expect(field(guides, 'department')).toMatchObject({
      label: '实施主体',
      widget: 'relation',
      collection: 'departments',
      value_field: '{{slug}}',
      search_fields: ['name'],
    });
    expect(field(guides, 'materials.material')).toMatchObject({
      widget: 'relation',
      collection: 'materials',
      search_fields: ['name', 'aliases.*'],
      display_fields: ['name'],
    });
    expect(field(guides, 'counter.locations')).toMatchObject({
      widget: 'relation',
      collection: 'departments',
      value_field: 'locations.*.id',
      multiple: true,
      min: 1,
    });
    expect(field(guides, 'topics')).toMatchObject({
      widget: 'relation',
      collection: 'topics',
      multiple: true,
      required: false,
    });
    expect(field(collection('topics').fields, 'guides')).toMatchObject({
      widget: 'relation',
      collection: 'guides',
      multiple: true,
    });
  });

  it('makes a one-file collection (the site file) a Decap file collection', () => {
    const site = collectionConfig({
      name: 'site',
      label: '站点',
      labelSingular: '站点设置',
      schema: departmentSchema,
      extension: 'yaml',
      identifierField: 'name',
      summary: '{{name}}',
      slug: '{{slug}}',
      file: 'site.yaml',
    });
    expect(site).toMatchObject({
      name: 'site',
      files: [{ name: 'site', file: 'src/content/site.yaml', format: 'tongyuan-site' }],
    });
    expect(collectionFields(site).map((f) => f.name)).toEqual(Object.keys(departmentSchema.shape));
  });

  it('edits an abolition’s scope as its fields, empty meaning all', () => {
    const scope = field(collection('abolished').fields, 'scope');
    expect(scope.widget).toBe('object');
    expect((scope['fields'] as CmsField[]).map((f) => f.name)).toEqual([
      'codes',
      'titles',
      'types',
    ]);
    expect(scope.hint).toContain('各项都不填写即为 all（适用于所有事项）');
  });
});
