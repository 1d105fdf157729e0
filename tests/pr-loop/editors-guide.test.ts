// The editors' guide must keep up with the contract: every field and every allowed value of the
// zod schemas appears in it, its examples parse, and its links lead somewhere.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import * as enums from '../../src/lib/schemas/enums.ts';
import {
  abolishedSchema,
  centreSchema,
  departmentSchema,
  guideSchema,
  locationSchema,
  materialSchema,
  siteSchema,
  topicSchema,
} from '../../src/lib/schemas/index.ts';
import { TYPE_CODES } from '../../src/lib/scaffold/code.ts';
import { NEGATIONS } from '../../src/lib/validate/abolition.ts';

const root = resolve(import.meta.dirname, '../..');
const guidePath = resolve(root, 'docs/editors/编写指南.md');
const guide = readFileSync(guidePath, 'utf8');

// Every exported list of allowed values (ITEM_TYPES, GUIDE_STATUSES, …), so a new enum is covered too.
const enumLists = Object.entries(enums as Record<string, unknown>).flatMap(([name, value]) =>
  Array.isArray(value) ? [[name, value.map(String)] as const] : [],
);

const keysOf = (schema: { shape: Record<string, unknown> }) => Object.keys(schema.shape);
const guideMaterialSchema = guideSchema.shape.materials.element;

describe('docs/editors/编写指南.md', () => {
  it.each(enumLists)('lists every value of %s', (_name, values) => {
    const missing = values.filter((value) => !guide.includes(value));
    expect(missing).toEqual([]);
  });

  it.each([
    ['guide', keysOf(guideSchema)],
    ['guide material', keysOf(guideMaterialSchema)],
    ['department', keysOf(departmentSchema)],
    ['location', keysOf(locationSchema)],
    ['material', keysOf(materialSchema)],
    ['abolished', keysOf(abolishedSchema)],
    ['topic', keysOf(topicSchema)],
    ['site', keysOf(siteSchema)],
    ['site centre', keysOf(centreSchema)],
  ])('explains every %s field', (_name, keys) => {
    const missing = keys.filter((key) => !guide.includes(`\`${key}\``));
    expect(missing).toEqual([]);
  });

  it('gives the letters of every 事项类型 used in codes', () => {
    for (const [type, letters] of Object.entries(TYPE_CODES))
      expect(guide).toContain(`${type} ${letters}`);
  });

  it('has an example guide whose frontmatter matches the schema', () => {
    const example = /```markdown\n---\n([\s\S]*?)\n---\n/.exec(guide)?.[1];
    expect(example).toBeDefined();
    const result = guideSchema.safeParse(jsyaml.load(example ?? ''));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('has an example abolition that matches the schema', () => {
    const example = /```yaml\n(name: [\s\S]*?abolishedOn[\s\S]*?)```/.exec(guide)?.[1];
    expect(example).toBeDefined();
    const result = abolishedSchema.safeParse(jsyaml.load(example ?? ''));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('links only to files that exist, including the error code list', () => {
    const links = [...guide.matchAll(/\]\(([^)#]+\.md)\)/g)].map((match) => match[1] ?? '');
    expect(links).toContain('错误代码.md');
    for (const link of links)
      expect(existsSync(resolve(dirname(guidePath), link)), link).toBe(true);
  });
});

describe('the examples of validator output in the editors’ guide', () => {
  const fixture = 'tests/pr-loop/fixtures/new-guide/src/content';
  const validate = (format: string) =>
    spawnSync(
      process.execPath,
      [
        resolve(root, 'scripts/validate.ts'),
        '--format',
        format,
        '--root',
        fixture,
        '--date',
        '2026-11-25',
      ],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    ).stdout.replaceAll(`${fixture}/`, '');
  const blocks = [...guide.matchAll(/```text\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

  it('shows exactly what npm run validate prints', () => {
    expect(blocks).toContain(validate('human'));
  });

  it('shows a GitHub annotation exactly as the github format writes it', () => {
    const annotation = blocks.find((block) => block.startsWith('::error'));
    expect(validate('github').split('\n')).toContain(annotation?.trimEnd());
  });

  it('lists every word that makes a mention of an abolished material a negation', () => {
    expect(NEGATIONS.filter((word) => !guide.includes(word))).toEqual([]);
  });
});
