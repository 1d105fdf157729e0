// Finds what could execute in an HTML document: event-handler attributes, javascript:/vbscript:
// (and HTML data:) URLs in any URL attribute, frames and plugins, <base>, meta refresh, and
// scripts that are not the site's own (callers pass the scripts a clean page of the same build
// carries). URLs are read as a browser reads them: character references decoded (by the parser),
// ASCII tab and newline removed, leading control characters and spaces ignored, case folded.
import { parse, parseFragment } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.ParentNode | DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'ping',
  'cite',
]);
const FORBIDDEN_ELEMENTS = new Set(['iframe', 'frame', 'object', 'embed', 'applet', 'base']);

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child);
  if ('content' in node) yield* elements(node.content);
}

const textOf = (element: Element) =>
  element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');

/** The scheme a browser would use for this attribute value, lower-case, or '' for none. */
export function effectiveScheme(value: string): string {
  // eslint-disable-next-line no-control-regex -- browsers strip exactly these characters.
  const cleaned = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return match ? (match[1] ?? '').toLowerCase() : '';
}

export interface Script {
  readonly type: string;
  readonly src: string;
  readonly text: string;
}

export interface ScanResult {
  readonly problems: string[];
  readonly scripts: Script[];
}

function scanNode(root: Node): ScanResult {
  const problems: string[] = [];
  const scripts: Script[] = [];
  for (const element of elements(root)) {
    const tag = element.tagName;
    const attr = (name: string) => element.attrs.find((a) => a.name === name)?.value;
    if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`<${tag}> element`);
    if (tag === 'meta' && attr('http-equiv')?.toLowerCase() === 'refresh')
      problems.push('<meta http-equiv="refresh">');
    if (tag === 'script')
      scripts.push({ type: attr('type') ?? '', src: attr('src') ?? '', text: textOf(element) });
    for (const { name, value, prefix } of element.attrs) {
      const full = prefix ? `${prefix}:${name}` : name;
      if (/^on/i.test(name))
        problems.push(`<${tag} ${full}="${value.slice(0, 60)}">: event-handler attribute`);
      if (name === 'srcdoc') problems.push(`<${tag} srcdoc>`);
      if (URL_ATTRIBUTES.has(full) || URL_ATTRIBUTES.has(name)) {
        const scheme = effectiveScheme(value);
        const imageData =
          scheme === 'data' &&
          tag === 'img' &&
          /^\s*data:image\/(png|jpeg|gif|webp|svg\+xml)/i.test(value);
        if (scheme === 'javascript' || scheme === 'vbscript' || (scheme === 'data' && !imageData)) {
          problems.push(`<${tag} ${full}="${value.slice(0, 60)}">: ${scheme}: URL`);
        }
      }
      if (name === 'style' && /expression\(|javascript:/i.test(value))
        problems.push(`<${tag} style="${value.slice(0, 60)}">`);
    }
  }
  return { problems, scripts };
}

export const scanDocument = (html: string): ScanResult => scanNode(parse(html));
export const scanFragment = (html: string): ScanResult => scanNode(parseFragment(html));

/**
 * Scripts that are not the site's own. Own are: a bundle the build wrote under /_astro/ (content
 * cannot create files there; bundle names change with the content, so they are matched by
 * folder), and inline scripts that a page of the regular build carries word for word (`own`).
 */
export function foreignScripts(scripts: readonly Script[], own: readonly Script[]): Script[] {
  const known = new Set(own.filter((s) => s.src === '').map((s) => `${s.type}\u0000${s.text}`));
  return scripts.filter((s) => {
    if (s.src !== '')
      return !(s.type === 'module' && /^\/_astro\/[\w.-]+\.js$/.test(s.src) && s.text === '');
    // Structured data is not executed; it must still parse as JSON (a break-out would not).
    if (s.type === 'application/ld+json') {
      try {
        JSON.parse(s.text);
        return false;
      } catch {
        return true;
      }
    }
    return !known.has(`${s.type}\u0000${s.text}`);
  });
}
