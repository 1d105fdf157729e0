// Reads the markup contract of the checklists from built HTML with parse5: the lists marked
// data-checklist="…" and the data-material ids of their items, in document order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
}

/** For each `[data-checklist]` list in the page: its channel and the material ids of its items. */
export function checklistsIn(html: string): { channel: string; materials: string[] }[] {
  const lists = [...elements(parse(html))].filter((el) => attr(el, 'data-checklist') !== undefined);
  return lists.map((list) => ({
    channel: attr(list, 'data-checklist') ?? '',
    materials: list.childNodes
      .filter(isElement)
      .filter((li) => li.tagName === 'li')
      .map((li) => attr(li, 'data-material') ?? '(no data-material)'),
  }));
}

/** The HTML of a built page, from its site path (`/guides/a/b/` → dist/guides/a/b/index.html). */
export const builtPage = (dist: string, path: string): string =>
  readFileSync(join(dist, path, 'index.html'), 'utf8');

/** Pages in a PDF file: page objects (`/Type /Page`), not the page tree (`/Type /Pages`). */
export const pdfPageCount = (pdf: Buffer): number =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
