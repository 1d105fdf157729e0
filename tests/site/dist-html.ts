// Reading the built site for the site suites: HTML files parsed with parse5, walked as a tree.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { DIST } from '../helpers/serve.ts';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export const distFiles = (ext: string): string[] =>
  readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(ext))
    .sort();

export const readDist = (file: string): string => readFileSync(join(DIST, file), 'utf8');

export function elements(html: string): Element[] {
  const out: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) out.push(node);
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) walk(child);
    // <template> content lives in its own fragment.
    if ('content' in node) walk(node.content);
  };
  walk(parse(html));
  return out;
}

export const attr = (element: Element, name: string): string | undefined =>
  element.attrs.find((a) => a.name === name)?.value;

export function textOf(element: Node): string {
  if (element.nodeName === '#text' && 'value' in element) return element.value;
  return 'childNodes' in element ? element.childNodes.map(textOf).join('') : '';
}
