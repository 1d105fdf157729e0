// The JSON Schemas committed under `schemas/` for editors' tools (VS Code's YAML extension, and any
// editor speaking JSON Schema). They come from the zod schemas through the one converter the open
// data uses, so hover texts are the Chinese `.describe()` strings and nothing is written twice.
//
// Deliberately no lists of current ids (materials, departments): the schemas would go stale each
// time a department adds a material, and CI would then reject an editor's unrelated change.
import { format, resolveConfig } from 'prettier';
import { collectionJsonSchema } from '../schemas/json-schema.ts';
import type { JsonSchema, SchemaName } from '../schemas/json-schema.ts';

interface EditorSchemaFile {
  readonly collection: SchemaName;
  /** Path relative to the repository root. */
  readonly path: string;
  /** Which files it describes, for `.vscode/settings.json` and the docs. */
  readonly files: string;
  readonly title: string;
}

export const EDITOR_SCHEMAS: readonly EditorSchemaFile[] = [
  {
    collection: 'guides',
    path: 'schemas/guide.schema.json',
    files: 'src/content/guides/**/*.md',
    title: '办事指南（Markdown 文件开头 --- 之间的部分）',
  },
  {
    collection: 'departments',
    path: 'schemas/department.schema.json',
    files: 'src/content/departments/*.yaml',
    title: '实施主体（部门）',
  },
  {
    collection: 'materials',
    path: 'schemas/material.schema.json',
    files: 'src/content/materials/*.yaml',
    title: '材料目录',
  },
  {
    collection: 'abolished',
    path: 'schemas/abolished.schema.json',
    files: 'src/content/abolished/*.yaml',
    title: '已取消的证明材料',
  },
  {
    collection: 'topics',
    path: 'schemas/topic.schema.json',
    files: 'src/content/topics/*.yaml',
    title: '一件事（主题集成服务）',
  },
  {
    collection: 'site',
    path: 'schemas/site.schema.json',
    files: 'src/content/site.yaml',
    title: '本站所属地区的信息（网站名称、政务服务中心、网址和电话）',
  },
];

const GENERATED = '由 npm run schemas 从 src/lib/schemas/ 生成，请勿手工修改。';

/** The schema object for one collection, as written to `schemas/`. */
export function editorSchema(file: EditorSchemaFile): JsonSchema {
  const { $schema, ...rest } = collectionJsonSchema(file.collection);
  return { $schema, $comment: GENERATED, title: file.title, ...rest };
}

/**
 * Every schema file's path and exact text (Prettier-formatted like the rest of the repository, so
 * `npm run lint` and the up-to-date test agree with what the generator writes).
 */
export async function renderEditorSchemas(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const file of EDITOR_SCHEMAS) {
    const filepath = `${root}/${file.path}`;
    const options = (await resolveConfig(filepath)) ?? {};
    const text = await format(JSON.stringify(editorSchema(file)), { ...options, filepath });
    files.set(file.path, text);
  }
  return files;
}
