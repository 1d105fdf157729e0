// The JSON Schemas in schemas/ are what VS Code checks files against while editors type. They must
// be current (generated from the zod schemas), accept every file of the corpus, and reject the
// mistakes editors make.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readMarkdown } from '../../src/lib/corpus/load-source.ts';
import { EDITOR_SCHEMAS, renderEditorSchemas } from '../../src/lib/scaffold/editor-schemas.ts';

const root = resolve(import.meta.dirname, '../..');
const fixtures = resolve(import.meta.dirname, 'fixtures/editor-schemas');

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);

const validatorFor = (collection: string) => {
  const file = EDITOR_SCHEMAS.find((entry) => entry.collection === collection);
  if (!file) throw new Error(`no editor schema for ${collection}`);
  return ajv.compile(JSON.parse(readFileSync(resolve(root, file.path), 'utf8')) as object);
};

/**
 * The data as the YAML extension sees it: YAML 1.2, so an unquoted 2026-10-15 stays a string
 * (which the schema checks as `format: date`), unlike Astro's parser which makes it a Date.
 */
function editorView(file: string): unknown {
  if (!file.endsWith('.md')) return parse(readFileSync(file, 'utf8'));
  // The validator's reader finds the frontmatter; the YAML extension's parser reads it.
  const read = readMarkdown(file);
  if (!read.ok) throw new Error(`${file}: ${read.issue.message}`);
  return parse(read.source.text.slice(read.source.yamlStart, read.source.yamlEnd));
}

const filesIn = (dir: string, ext: string) =>
  (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => join(dir, name));

const content = resolve(root, 'src/content');
const corpus = [
  ['guides', filesIn(join(content, 'guides'), '.md')],
  ['departments', filesIn(join(content, 'departments'), '.yaml')],
  ['materials', filesIn(join(content, 'materials'), '.yaml')],
  ['abolished', filesIn(join(content, 'abolished'), '.yaml')],
  ['topics', filesIn(join(content, 'topics'), '.yaml')],
  ['site', [join(content, 'site.yaml')]],
] as const;

describe('schemas/*.schema.json', () => {
  it('are up to date with the zod schemas (run npm run schemas)', async () => {
    const rendered = await renderEditorSchemas(root);
    expect([...rendered.keys()].sort()).toEqual(EDITOR_SCHEMAS.map((file) => file.path).sort());
    for (const [path, text] of rendered)
      expect(readFileSync(resolve(root, path), 'utf8'), path).toBe(text);
  });

  it('carry the Chinese descriptions editors see on hover', () => {
    const schema = JSON.parse(readFileSync(resolve(root, 'schemas/guide.schema.json'), 'utf8')) as {
      properties: Record<string, { description?: string }>;
    };
    expect(schema.properties.visits?.description).toBe('到办事现场次数');
    expect(schema.properties.type?.description).toMatch(/^事项类型。可选值：行政许可、/);
  });

  describe.each(corpus)('accept the corpus: %s', (collection, files) => {
    const validate = validatorFor(collection);
    it('has files', () => {
      expect(files.length).toBeGreaterThan(0);
    });
    it.each(files.map((file) => [file.slice(content.length + 1), file]))('%s', (_name, file) => {
      validate(editorView(file));
      expect(validate.errors ?? []).toEqual([]);
    });
  });

  it('reject a guide with the usual mistakes, naming each field', () => {
    const validate = validatorFor('guides');
    expect(validate(editorView(join(fixtures, 'bad-guide.md')))).toBe(false);
    const problems = (validate.errors ?? []).map(
      (error) => `${error.instancePath} ${error.keyword}`,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        '/type enum',
        '/materials/0/necessity enum',
        '/visits type',
        '/reviewed format',
        ' additionalProperties',
      ]),
    );
    const unknown = validate.errors?.find((error) => error.keyword === 'additionalProperties');
    expect(unknown?.params).toEqual({ additionalProperty: 'onlineUrl' });
  });

  it('reject a department without a complaint phone or locations', () => {
    const validate = validatorFor('departments');
    expect(validate(editorView(join(fixtures, 'bad-department.yaml')))).toBe(false);
    const problems = (validate.errors ?? []).map(
      (error) => `${error.instancePath} ${error.keyword} ${JSON.stringify(error.params)}`,
    );
    expect(problems).toEqual([
      ' required {"missingProperty":"complaintPhone"}',
      '/locations minItems {"limit":1}',
    ]);
  });
});

describe('.vscode/settings.json', () => {
  const settings = JSON.parse(
    readFileSync(resolve(root, '.vscode/settings.json'), 'utf8'),
  ) as Record<string, unknown>;

  it('maps every YAML collection to its schema for the YAML extension', () => {
    const expected = Object.fromEntries(
      EDITOR_SCHEMAS.filter((file) => file.files.endsWith('.yaml')).map((file) => [
        `./${file.path}`,
        file.files,
      ]),
    );
    expect(settings['yaml.schemas']).toEqual(expected);
  });

  it('turns on the Astro extension for guides, whose frontmatter the YAML extension cannot see', () => {
    expect(settings['astro.content-intellisense']).toBe(true);
    const config = readFileSync(resolve(root, 'astro.config.mjs'), 'utf8');
    expect(config).toMatch(/experimental:\s*{[^}]*contentIntellisense:\s*true/);
  });
});
