// The sample corpus for the search tests, read straight from src/content with the `yaml`
// package until the validator's plain loader (src/lib/corpus/load.ts) lands.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { byId } from '../../src/lib/corpus/model.ts';
import type { Corpus, Entry, GuideEntry } from '../../src/lib/corpus/model.ts';
import { PUBLISHED_STATUS } from '../../src/lib/schemas/enums.ts';
import {
  abolishedSchema,
  departmentSchema,
  guideSchema,
  materialSchema,
  topicSchema,
} from '../../src/lib/schemas/index.ts';

const ROOT = join(import.meta.dirname, '../..');
const CONTENT = join(ROOT, 'src/content');

const filesIn = (folder: string, ext: string): string[] =>
  readdirSync(join(CONTENT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(ext))
    .sort();

const yaml = (text: string): unknown => parse(text, { customTags: ['timestamp'] });

function collection<S extends z.ZodType>(folder: string, schema: S): Map<string, Entry<z.infer<S>>> {
  return byId(
    filesIn(folder, '.yaml').map((file) => {
      const path = join(CONTENT, folder, file);
      const data = schema.parse(yaml(readFileSync(path, 'utf8')));
      return { id: file.replace(/\.yaml$/, ''), data, file: relative(ROOT, path) };
    }),
  );
}

export function loadSampleCorpus(): Corpus {
  const guides: GuideEntry[] = filesIn('guides', '.md').map((file) => {
    const path = join(CONTENT, 'guides', file);
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(readFileSync(path, 'utf8'));
    if (!match) throw new Error(`${relative(ROOT, path)}: no frontmatter`);
    return {
      id: file.replace(/\.md$/, '').split('\\').join('/'),
      data: guideSchema.parse(yaml(match[1] ?? '')),
      body: match[2] ?? '',
      file: relative(ROOT, path),
    };
  });
  return {
    guides,
    departments: collection('departments', departmentSchema),
    materials: collection('materials', materialSchema),
    abolished: collection('abolished', abolishedSchema),
    topics: collection('topics', topicSchema),
  };
}

export const published = (corpus: Corpus): GuideEntry[] =>
  corpus.guides.filter((guide) => guide.data.status === PUBLISHED_STATUS);
