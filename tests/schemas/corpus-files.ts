// Reads the sample corpus straight from disk for schema tests, with the same YAML rules as
// Astro and the validator (unquoted dates become Date objects).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export const CONTENT = join(import.meta.dirname, '../../src/content');

export const parseYaml = (source: string): unknown => parse(source, { customTags: ['timestamp'] });

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** `[relative path, parsed data]` for every file of a collection. */
export function collectionFiles(collection: string): [string, unknown][] {
  return walk(join(CONTENT, collection)).map((file) => {
    const source = readFileSync(file, 'utf8');
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
    return [relative(CONTENT, file), parseYaml(frontmatter ?? source)];
  });
}
