// Reading one content file from disk; the parsing itself is in parse-source.ts (no Node APIs,
// so the web editor's validator parses exactly as the CLI does).
import { readFileSync } from 'node:fs';
import { parseMarkdown, parseYamlFile, withoutBom } from './parse-source.ts';
import type { ReadResult } from './parse-source.ts';

export { explainYamlError } from './parse-source.ts';
export type { ReadResult, SourceText } from './parse-source.ts';

export function readText(file: string): string {
  return withoutBom(readFileSync(file, 'utf8'));
}

export function readMarkdown(file: string, text = readText(file)): ReadResult {
  return parseMarkdown(file, text);
}

export function readYaml(file: string, text = readText(file)): ReadResult {
  return parseYamlFile(file, text);
}
