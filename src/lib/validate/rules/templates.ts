// Template and sample files named in the catalogue exist under public/. The only rule that reads
// the file system, kept apart so every other rule also runs in the web editor's browser bundle.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { at } from '../context.ts';
import type { CatalogueRule } from '../context.ts';

export const templatesExist: CatalogueRule = (
  { catalogue, publicDir, fileExists = existsSync },
  report,
) => {
  if (publicDir === undefined) return;
  for (const entry of catalogue.materials.values()) {
    for (const key of ['template', 'sample'] as const) {
      const path = entry.data[key];
      if (path === undefined || fileExists(join(publicDir, path))) continue;
      report(
        at(
          'TY018',
          entry.file,
          [key],
          `${key === 'template' ? '空白表格' : '填写示例'}文件 ${path} 不存在（应在 public${path}）。网站上的下载链接会失效：请把文件放到 public${path}，或改正路径，或删除这一行。`,
        ),
      );
    }
  }
};
