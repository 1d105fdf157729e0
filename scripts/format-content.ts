// `npm run format:content` rewrites every file of src/content/ in the canonical form the web
// editor writes (src/lib/cms/format.ts); `-- --check` only lists the files that differ (exit 1).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContentFiles } from '../src/lib/cms/content-files.ts';

const { values } = parseArgs({
  options: { check: { type: 'boolean', default: false }, root: { type: 'string' } },
});
const root = resolve(values.root ?? 'src/content');
let differing = 0;
for (const entry of checkContentFiles(root)) {
  if (typeof entry.canonical !== 'string') {
    console.error(`${entry.file}: 无法读取（${entry.canonical.error}），请先运行 npm run validate`);
    differing++;
  } else if (entry.canonical !== entry.text) {
    differing++;
    if (values.check) console.log(`${entry.file}: 格式与网页编辑器的写法不一致`);
    else writeFileSync(join(root, entry.file), entry.canonical);
  }
}
if (values.check && differing > 0) {
  console.log(`${differing} 个文件需要整理格式：运行 npm run format:content`);
  process.exitCode = 1;
} else if (!values.check) {
  console.log(`已整理 ${differing} 个文件`);
}
