// The collections the web editor edits: one line per collection of src/content/. The Decap
// configuration, the canonical file format and the browser validator all read this list, so adding
// a collection (e.g. the site file) is one entry here.
import type { z } from 'zod';
import { abolishedSchemaWith } from '../schemas/abolished.ts';
import { departmentSchema } from '../schemas/department.ts';
import { guideSchemaWith } from '../schemas/guide.ts';
import { materialSchema } from '../schemas/material.ts';
import { siteSchema } from '../schemas/site.ts';
import { topicSchemaWith } from '../schemas/topic.ts';
import { cmsRef } from './shape.ts';

/** Where the content lives in the repository (Decap paths are relative to its root). */
export const CONTENT_DIR = 'src/content';

export interface CmsCollection {
  /** The folder under src/content/ (and the collection name in Decap and in branch names). */
  readonly name: string;
  /** 中文名称, shown in the collection list. */
  readonly label: string;
  readonly labelSingular: string;
  readonly schema: z.ZodType;
  /** `md`: YAML frontmatter and a Markdown body; `yaml`: a YAML file. */
  readonly extension: 'md' | 'yaml';
  /** The field shown as the entry's title. */
  readonly identifierField: string;
  /** Shown in the entry list. */
  readonly summary: string;
  /** File path template below the folder (guides are nested by department). */
  readonly path?: string;
  /** File-name template for new entries; by default a time-stamped ASCII id. */
  readonly slug: string;
  /** Guides are edited in a markdown body too. */
  readonly body?: boolean;
  /**
   * A single file instead of a folder (e.g. the site file `site.yaml`): its path under
   * src/content/. Adding the site file is one entry: `{ name: 'site', file: 'site.yaml', … }`.
   */
  readonly file?: string;
}

/** Where an entry's file lives, relative to the repository root. */
export function entryPath(collection: CmsCollection, id: string): string {
  return collection.file
    ? `${CONTENT_DIR}/${collection.file}`
    : `${CONTENT_DIR}/${collection.name}/${id}.${collection.extension}`;
}

/** New catalogue files need an ASCII id; the names are Chinese, so a time stamp stands in. */
const TIMESTAMP_SLUG = '{{year}}{{month}}{{day}}-{{hour}}{{minute}}{{second}}';

const COLLECTIONS: readonly (Omit<CmsCollection, 'slug'> & { slug?: string })[] = [
  {
    name: 'guides',
    label: '办事指南',
    labelSingular: '办事指南',
    schema: guideSchemaWith(cmsRef),
    extension: 'md',
    identifierField: 'title',
    summary: '{{title}}（{{code}}）',
    // guides/<department>/<file>.md: the folder says which department maintains it.
    path: '{{department}}/{{slug}}',
    // The 事项编码 is unique and ASCII, so it makes a file name for a new guide.
    slug: '{{code}}',
    body: true,
  },
  {
    name: 'departments',
    label: '实施主体（部门）',
    labelSingular: '部门',
    schema: departmentSchema,
    extension: 'yaml',
    identifierField: 'name',
    summary: '{{name}}',
  },
  {
    name: 'materials',
    label: '材料目录',
    labelSingular: '材料',
    schema: materialSchema,
    extension: 'yaml',
    identifierField: 'name',
    summary: '{{name}}',
  },
  {
    name: 'abolished',
    label: '已取消的证明材料',
    labelSingular: '取消的证明材料',
    schema: abolishedSchemaWith(cmsRef),
    extension: 'yaml',
    identifierField: 'name',
    summary: '{{name}}（{{abolishedOn}}）',
  },
  {
    name: 'topics',
    label: '一件事',
    labelSingular: '一件事',
    schema: topicSchemaWith(cmsRef),
    extension: 'yaml',
    identifierField: 'title',
    summary: '{{title}}',
  },
  {
    // The region's one file: names, centre, URLs and phones (docs/adopt.md, step 1).
    name: 'site',
    label: '本站信息（地区、政务服务中心）',
    labelSingular: '本站信息',
    schema: siteSchema,
    extension: 'yaml',
    identifierField: 'siteName',
    summary: '{{siteName}}',
    file: 'site.yaml',
  },
];

export const CMS_COLLECTIONS: readonly CmsCollection[] = COLLECTIONS.map((c) => ({
  slug: TIMESTAMP_SLUG,
  ...c,
}));

export const cmsCollection = (name: string): CmsCollection => {
  const found = CMS_COLLECTIONS.find((c) => c.name === name);
  if (!found) throw new Error(`No CMS collection "${name}"`);
  return found;
};
