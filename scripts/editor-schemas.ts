// npm run schemas [-- --check]: writes the editors' JSON Schemas into schemas/ from the zod
// schemas. With --check it writes nothing and exits 1 when a committed file is out of date.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderEditorSchemas } from '../src/lib/scaffold/editor-schemas.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });

const stale: string[] = [];
for (const [path, text] of await renderEditorSchemas(root)) {
  const file = resolve(root, path);
  const current = await readFile(file, 'utf8').catch(() => undefined);
  if (current === text) continue;
  stale.push(path);
  if (!values.check) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}

if (values.check && stale.length > 0) {
  console.error(
    `以下编辑器 JSON Schema 已过期，请运行 npm run schemas 后提交：\n${stale.map((p) => `  ${p}`).join('\n')}`,
  );
  process.exitCode = 1;
} else if (!values.check) {
  console.log(stale.length > 0 ? `已更新：${stale.join('、')}` : 'schemas/ 已是最新。');
}
