// Where a guide still says `待填写`: each marker with its line, column and the field it sits in, so
// `npm run new-guide` can list what is left, in the same file:line:col form as the validator.
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import { readMarkdown } from '../corpus/load-source.ts';
import { PLACEHOLDER } from './guide-template.ts';

export interface Placeholder {
  readonly line: number;
  readonly column: number;
  /** The field, e.g. `materials[0].material`, or 正文 for the Markdown body. */
  readonly field: string;
}

function walk(node: Node | null, field: string, visit: (node: Node, field: string) => void): void {
  if (node === null) return;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '?';
      walk(pair.value as Node | null, field ? `${field}.${key}` : key, visit);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      walk(item as Node | null, `${field}[${index}]`, visit);
    });
  } else {
    visit(node, field);
  }
}

const linesBefore = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;

/** Every `待填写` in a guide's text: frontmatter values by field, then lines of the body. */
export function findPlaceholders(text: string): Placeholder[] {
  // The validator's reader splits frontmatter from body, so both agree on where each starts.
  const { source } = readMarkdown('guide.md', text);
  const found: Placeholder[] = [];
  const yamlText = text.slice(source.yamlStart, source.yamlEnd);
  const yamlLine = linesBefore(text, source.yamlStart);
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter });
  walk(document.contents, '', (node, field) => {
    if (
      isScalar(node) &&
      typeof node.value === 'string' &&
      node.value.includes(PLACEHOLDER) &&
      node.range
    ) {
      const position = lineCounter.linePos(node.range[0]);
      found.push({ line: yamlLine + position.line, column: position.col, field });
    }
  });

  const bodyLine = linesBefore(text, source.bodyStart);
  text.split('\n').forEach((line, index) => {
    const column = line.indexOf(PLACEHOLDER);
    if (index >= bodyLine && column >= 0)
      found.push({ line: index + 1, column: column + 1, field: '正文' });
  });
  return found;
}
