// `npm run new-guide`: everything but the prompting. Picks the code and the default location,
// writes the file (never over an existing one), validates it with the one validator, and lists
// what the editor still has to fill in.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_ROOT, loadCorpus } from '../corpus/load.ts';
import { displayPath, listContent } from '../corpus/load-files.ts';
import { readMarkdown } from '../corpus/load-source.ts';
import type { Corpus } from '../corpus/model.ts';
import { ITEM_TYPES } from '../schemas/enums.ts';
import { readSite } from '../site/config.ts';
import type { ItemType } from '../schemas/enums.ts';
import { collectionJsonSchema } from '../schemas/json-schema.ts';
import type { BuildDate } from '../validate/date.ts';
import { validateContentSync } from '../validate/engine.ts';
import type { Finding } from '../validate/finding.ts';
import { departmentLettersOf, nextCode, regionOf } from './code.ts';
import type { CodeContext } from './code.ts';
import { renderGuideTemplate } from './guide-template.ts';
import { findPlaceholders } from './placeholders.ts';
import type { Placeholder } from './placeholders.ts';
import { isValidSlug, slugFromTitle } from './slug.ts';

/** The region code from site.yaml, for a corpus that has no guide to learn it from yet. */
function siteRegionCode(contentRoot: string, cwd: string): string {
  const read = readSite({ cwd, root: contentRoot });
  if ('site' in read) return read.site.regionCode;
  const problems = read.findings.map((f) => `  ${f.file}:${f.line}:${f.column}  ${f.message}`);
  throw new NewGuideError(
    `还没有任何办事指南可以推断事项编码的区划代码，需要读取站点配置文件 site.yaml 中的 regionCode，但它有误：\n${problems.join('\n')}`,
  );
}

export interface NewGuideRequest {
  readonly department: string;
  readonly title: string;
  readonly type: string;
  /** File name without `.md`; default: the title in pinyin. */
  readonly slug?: string | undefined;
  /** The department's letters in codes (MZ); needed only for a department without guides yet. */
  readonly prefix?: string | undefined;
}

export interface Workspace {
  /** Base for displayed paths (the project root). */
  readonly cwd: string;
  /** Content root, relative to `cwd` or absolute; default `src/content`. */
  readonly root?: string | undefined;
  readonly date: BuildDate;
}

/** A request the editor must correct; `message` is Chinese and says how. */
export class NewGuideError extends Error {
  override name = 'NewGuideError';
}

export interface Existing {
  readonly corpus: Corpus;
  readonly codes: CodeContext;
  readonly contentRoot: string;
}

/**
 * The corpus as it is: departments for their locations, and every guide's code, read from the raw
 * frontmatter so that a guide with a mistake elsewhere still reserves its code.
 */
export function readExisting(workspace: Workspace): Existing {
  const contentRoot = resolve(workspace.cwd, workspace.root ?? DEFAULT_ROOT);
  const { corpus } = loadCorpus({ cwd: workspace.cwd, root: contentRoot });
  const guides = listContent(contentRoot).guides.flatMap((file) => {
    try {
      const read = readMarkdown(file.file);
      const data = read.ok ? (read.data as { code?: unknown; department?: unknown }) : {};
      return typeof data.code === 'string'
        ? [
            {
              code: data.code,
              department: typeof data.department === 'string' ? data.department : '',
            },
          ]
        : [];
    } catch {
      return [];
    }
  });
  return { corpus, codes: { guides }, contentRoot };
}

const isItemType = (value: string): value is ItemType =>
  (ITEM_TYPES as readonly string[]).includes(value);

export interface PlannedGuide {
  readonly file: string;
  readonly code: string;
  readonly slug: string;
  readonly type: ItemType;
  readonly location: { readonly id: string; readonly name: string };
  readonly text: string;
}

/** Checks the request and decides code, location and file; throws NewGuideError on a bad request. */
export function planGuide(
  request: NewGuideRequest,
  existing: Existing,
  workspace: Workspace,
): PlannedGuide {
  const department = existing.corpus.departments.get(request.department);
  if (!department) {
    const known = [...existing.corpus.departments.values()]
      .map((d) => `${d.id}（${d.data.name}）`)
      .join('、');
    throw new NewGuideError(
      `没有编号为“${request.department}”的部门。可用的部门：${known || '（内容目录中还没有部门）'}。`,
    );
  }
  const title = request.title.trim();
  if (title === '') throw new NewGuideError('事项名称不能为空。');
  if (!isItemType(request.type)) {
    throw new NewGuideError(
      `事项类型“${request.type}”不在可选值中。可选：${ITEM_TYPES.join('、')}。`,
    );
  }
  const slug = request.slug ?? slugFromTitle(title);
  if (!isValidSlug(slug)) {
    throw new NewGuideError(
      `文件名“${slug}”不符合规则：只能使用小写英文字母、数字和连字符，例如 marriage-registration。`,
    );
  }
  const letters = request.prefix ?? departmentLettersOf(existing.codes, department.id);
  if (letters === undefined) {
    throw new NewGuideError(
      `部门 ${department.id}（${department.data.name}）还没有任何事项，无法推断事项编码中的部门字母。请用 --prefix 指定，例如 --prefix MZ。`,
    );
  }
  if (!/^[A-Z]{2,4}$/.test(letters))
    throw new NewGuideError(`部门字母“${letters}”应为 2—4 个大写英文字母，例如 MZ。`);
  const [location] = department.data.locations;
  if (!location)
    throw new NewGuideError(
      `部门 ${department.id} 没有办理地点，请先在部门文件的 locations 中添加。`,
    );
  const code = nextCode(
    existing.codes,
    regionOf(existing.codes) ?? siteRegionCode(existing.contentRoot, workspace.cwd),
    letters,
    request.type,
  );
  const file = join(existing.contentRoot, 'guides', department.id, `${slug}.md`);
  const text = renderGuideTemplate({
    code,
    title,
    department: department.id,
    type: request.type,
    location: location.id,
    today: workspace.date.iso,
  });
  return {
    file,
    code,
    slug,
    type: request.type,
    location: { id: location.id, name: location.name },
    text,
  };
}

/** Writes the planned file; refuses to replace an existing one. */
export function writeGuide(plan: PlannedGuide, workspace: Workspace): void {
  mkdirSync(dirname(plan.file), { recursive: true });
  try {
    // `wx` fails if the file exists, even if it appeared after planning.
    writeFileSync(plan.file, plan.text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new NewGuideError(
      `文件已存在：${displayPath(plan.file, workspace.cwd)}。不会覆盖已有的指南：请用 --slug 换一个文件名，或直接编辑这个文件。`,
    );
  }
}

export interface LeftToFill extends Placeholder {
  /** What the field is and its allowed values, from the schema's Chinese descriptions. */
  readonly description: string;
}

export interface CheckedGuide {
  readonly file: string;
  readonly placeholders: readonly LeftToFill[];
  /** Validator findings for this file not already explained by a placeholder on the same line. */
  readonly findings: readonly Finding[];
}

type SchemaNode = {
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
};

/**
 * The Chinese description of a field path such as `materials[0].material`. A list item keeps its
 * list's description (受理条件) unless the item's own one names allowed values.
 */
function describeField(field: string): string {
  if (field === '正文') return '正文：通俗说明和常见问题';
  let node: SchemaNode | undefined = collectionJsonSchema('guides');
  let description: string | undefined;
  for (const part of field.split('.')) {
    const [name = '', ...indexes] = part.split('[');
    node = node?.properties?.[name];
    description = node?.description ?? description;
    for (let i = 0; i < indexes.length; i++) {
      node = node?.items;
      if (node?.description?.includes('可选值')) description = node.description;
    }
  }
  return description ?? field;
}

/** Validates a guide file with the project's validator and lists what is left to fill in. */
export function checkGuide(file: string, workspace: Workspace): CheckedGuide {
  const shown = displayPath(file, workspace.cwd);
  const { findings } = validateContentSync({
    date: workspace.date,
    cwd: workspace.cwd,
    root: workspace.root ?? DEFAULT_ROOT,
    only: [file],
  });
  const read = readMarkdown(file);
  const placeholders = findPlaceholders(read.source.text).map((p) => ({
    ...p,
    description: describeField(p.field),
  }));
  const marked = new Set(placeholders.map((p) => p.line));
  return {
    file: shown,
    placeholders,
    findings: findings.filter((f) => f.file === shown && !marked.has(f.line)),
  };
}
