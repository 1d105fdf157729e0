// Which files make up a content root, and which files are in the wrong place. Astro silently skips
// a `.mdx` guide or a `.yml` department (its loaders only match `**/*.md` and `*.yaml`), so every
// file the site would ignore is reported here instead of disappearing.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ID_PATTERN } from '../schemas/common.ts';
import type { Issue } from '../validate/finding.ts';

export const CATALOGUE = ['departments', 'materials', 'abolished', 'topics'] as const;
export type CatalogueName = (typeof CATALOGUE)[number];

export interface ContentFile {
  /** Absolute path. */
  readonly file: string;
  /** Path relative to the content root, with forward slashes. */
  readonly rel: string;
  /** `civil-affairs/marriage-registration` for guides, `resident-id-card` for the rest. */
  readonly id: string;
}

export interface ContentFiles {
  readonly guides: ContentFile[];
  readonly catalogue: Record<CatalogueName, ContentFile[]>;
  /** Misplaced, misnamed or unsupported files. */
  readonly issues: Issue[];
}

const at = { line: 1, column: 1 };

/** Files (not folders) under `dir`, as paths relative to it, sorted. */
function walk(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) =>
        entry.parentPath === dir
          ? entry.name
          : `${entry.parentPath.slice(dir.length + 1)}${sep}${entry.name}`,
      )
      .sort();
  } catch {
    return [];
  }
}

// Editors' and systems' own files (`.DS_Store`, `.gitkeep`, backups such as `x.md~`) are not content.
const isJunk = (parts: readonly string[]) =>
  parts.some((p) => p.startsWith('.') || p.endsWith('~'));

export function listContent(root: string): ContentFiles {
  const issues: Issue[] = [];
  const guides: ContentFile[] = [];
  const guidesDir = join(root, 'guides');
  for (const name of walk(guidesDir)) {
    const parts = name.split(sep);
    const file = join(guidesDir, name);
    if (isJunk(parts)) continue;
    if (!name.endsWith('.md')) {
      issues.push(unsupported(file, '办事指南'));
      continue;
    }
    if (parts.length !== 2) {
      issues.push({
        code: 'TY006',
        file,
        at,
        message: `办事指南必须放在 guides/<部门编号>/ 文件夹中，不能${parts.length === 1 ? '直接放在 guides/ 下' : '再建子文件夹'}。请移到 guides/<部门编号>/${parts.at(-1)}。`,
      });
      continue;
    }
    const [folder = '', fileName = ''] = parts;
    const base = fileName.slice(0, -3);
    const id = `${folder}/${base}`;
    const bad = [folder, base].filter((p) => !ID_PATTERN.test(p));
    if (bad.length > 0) issues.push(badName(file, bad));
    guides.push({ file, id, rel: `guides/${parts.join('/')}` });
  }

  const catalogue = {} as Record<CatalogueName, ContentFile[]>;
  for (const collection of CATALOGUE) {
    const dir = join(root, collection);
    const list: ContentFile[] = [];
    for (const name of walk(dir)) {
      const parts = name.split(sep);
      const file = join(dir, name);
      if (isJunk(parts)) continue;
      if (parts.length > 1) {
        issues.push({
          code: 'TY006',
          file,
          at,
          message: `${collection}/ 下不能建子文件夹，网站不会读取其中的文件。请把它移到 ${collection}/${parts.at(-1)}。`,
        });
        continue;
      }
      if (!name.endsWith('.yaml')) {
        issues.push(unsupported(file, collection));
        continue;
      }
      const id = name.slice(0, -5);
      if (!ID_PATTERN.test(id)) issues.push(badName(file, [id]));
      list.push({ file, id, rel: `${collection}/${name}` });
    }
    catalogue[collection] = list;
  }
  return { guides, catalogue, issues };
}

function unsupported(file: string, where: string): Issue {
  const ext = /\.[^./\\]+$/.exec(file)?.[0] ?? '（无扩展名）';
  const expected = where === '办事指南' ? '.md' : '.yaml';
  const why =
    ext === '.mdx'
      ? '办事指南只能是 Markdown（.md），不能是 MDX：MDX 可以执行代码，部门编辑提交的内容必须是纯文本。'
      : `这里只接受 ${expected} 文件，网站会直接忽略 ${ext} 文件，内容不会发布。`;
  return {
    code: 'TY003',
    file,
    at,
    message: `不受支持的文件类型 ${ext}：${why}请把文件改为 ${expected}（内容按同类文件的格式），或把它移出 content 目录。`,
  };
}

function badName(file: string, parts: readonly string[]): Issue {
  return {
    code: 'TY006',
    file,
    at,
    message: `文件或文件夹名 ${parts.join('、')} 不符合编号规则：只能使用小写英文字母、数字和连字符（例如 resident-id-card），因为它就是其他文件引用它时写的编号。请重命名。`,
  };
}

export const displayPath = (file: string, cwd: string): string =>
  relative(cwd, file).split(sep).join('/');
