// Source positions on demand. A clean file is never parsed a second time. A file with findings is
// parsed once more into a small tree of node ranges: with js-yaml's event listener (fast, the same
// parser that read the values), or, for the rare document it cannot map, with the `yaml` package,
// which keeps the range of every key and value. Each anchor then resolves to the line and column
// of the offending key or value.
import { createRequire } from 'node:module';
import jsyaml from 'js-yaml';
import type { Node as YamlNode } from 'yaml';
import type { Anchor, PathSegment } from '../validate/finding.ts';
import type { SourceText } from './parse-source.ts';

// Loaded on first use: most runs never need it, and it is a large module.
let yamlModule: typeof import('yaml') | undefined;
const yaml = () => (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A YAML node's place in the YAML text: offsets from its first character to its end. */
export interface RangeNode {
  readonly start: number;
  readonly end: number;
  /** `[a, b]` or `{a: 1}` written on one line, as opposed to a block list or object. */
  readonly flow: boolean;
  readonly pairs?: readonly {
    readonly key: string;
    readonly keyStart: number;
    readonly value: RangeNode | undefined;
  }[];
  readonly items?: readonly RangeNode[];
}

interface Parsed {
  lineStarts?: number[];
  tree?: RangeNode | null;
}

export class Locator {
  readonly #cache = new Map<SourceText, Parsed>();

  /** Line and column (1-based) of an anchor in a source file. */
  position(source: SourceText, anchor: Anchor): Position {
    if ('line' in anchor) return { line: anchor.line, column: anchor.column };
    if ('offset' in anchor) return this.#at(source, anchor.offset);
    if ('body' in anchor) return this.#at(source, source.bodyStart + anchor.body);
    return this.#at(
      source,
      this.offsetOf(source, anchor.path, anchor.part ?? 'value', anchor.text, anchor.nth),
    );
  }

  /**
   * Offset of the key or value at `path` in the file's YAML. A missing key points at its parent
   * (the object that lacks it), and a missing top-level key at the opening `---` of the file.
   */
  offsetOf(
    source: SourceText,
    path: readonly PathSegment[],
    part: 'key' | 'value',
    text?: string,
    nth = 0,
  ): number {
    const base = source.yamlStart;
    const root = this.tree(source);
    let best = source.frontmatterStart;
    if (!root) return best;
    let node: RangeNode = root;
    for (const [i, segment] of path.entries()) {
      const last = i === path.length - 1;
      if (node.pairs) {
        const pair: NonNullable<RangeNode['pairs']>[number] | undefined = node.pairs.find(
          (p) => p.key === String(segment),
        );
        if (!pair) return best;
        best = base + pair.keyStart;
        if (last && part === 'key') return best;
        const value: RangeNode | undefined = pair.value;
        if (!value) return best;
        // A block list or object as a whole is best shown by its key (`materials:`).
        if (last && !text && (value.pairs || value.items) && !value.flow) return best;
        if (last) return within(source, value, text, nth) ?? base + value.start;
        node = value;
      } else if (node.items && typeof segment === 'number') {
        const item: RangeNode | undefined = node.items[segment];
        if (!item) return best;
        best = base + item.start;
        if (last) return within(source, item, text, nth) ?? best;
        node = item;
      } else {
        return best;
      }
    }
    return path.length === 0 && text ? (within(source, node, text, nth) ?? best) : best;
  }

  /** The file's YAML as a tree of ranges (null when it cannot be parsed at all). */
  tree(source: SourceText): RangeNode | null {
    const entry = this.#entry(source);
    if (entry.tree === undefined) {
      const yamlText = source.text.slice(source.yamlStart, source.yamlEnd);
      entry.tree = fastTree(yamlText) ?? slowTree(yamlText);
    }
    return entry.tree;
  }

  #entry(source: SourceText): Parsed {
    let entry = this.#cache.get(source);
    if (!entry) {
      entry = {};
      this.#cache.set(source, entry);
    }
    return entry;
  }

  #at(source: SourceText, offset: number): Position {
    const entry = this.#entry(source);
    const starts = (entry.lineStarts ??= lineStarts(source.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  }
}

/** Offset of the `nth` occurrence of `text` inside a node (e.g. a name inside a sentence). */
function within(
  source: SourceText,
  node: RangeNode,
  text: string | undefined,
  nth: number,
): number | undefined {
  if (!text) return undefined;
  const start = source.yamlStart + node.start;
  const slice = source.text.slice(start, source.yamlStart + node.end);
  let index = slice.indexOf(text);
  for (let i = 0; i < nth && index >= 0; i++) index = slice.indexOf(text, index + text.length);
  if (index < 0) index = slice.indexOf(text);
  return index < 0 ? undefined : start + index;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

// --- js-yaml: node events with offsets ---------------------------------------------------------

interface RawNode {
  start: number;
  end: number;
  kind: string | null;
  result: unknown;
  readonly children: RawNode[];
}

/** js-yaml reports where each node opens (before any white space or comment) and closes. */
function fastTree(yamlText: string): RangeNode | undefined {
  const stack: RawNode[] = [];
  let root: RawNode | undefined;
  try {
    jsyaml.load(yamlText, {
      listener(type, state) {
        if (type === 'open') {
          const node: RawNode = {
            start: state.position,
            end: state.position,
            kind: null,
            result: undefined,
            children: [],
          };
          stack.at(-1)?.children.push(node);
          stack.push(node);
          root ??= node;
        } else {
          const node = stack.pop();
          if (!node) throw new Error('unbalanced');
          node.end = state.position;
          node.kind = state.kind;
          node.result = state.result;
        }
      },
    });
  } catch {
    return undefined;
  }
  return root ? convert(root, yamlText) : undefined;
}

function convert(raw: RawNode, yamlText: string): RangeNode | undefined {
  // An empty value (`key:` and nothing) is shown where its value would be, right after the colon.
  const empty = raw.result === null && yamlText.slice(raw.start, raw.end).trim() === '';
  const start = empty ? raw.start : skipBlank(yamlText, raw.start);
  const flow = yamlText[start] === '[' || yamlText[start] === '{';
  if (raw.kind === 'mapping') {
    if (raw.children.length % 2 !== 0) return undefined;
    const pairs = [];
    for (let i = 0; i < raw.children.length; i += 2) {
      const key = raw.children[i];
      const value = raw.children[i + 1];
      if (!key || !value || key.kind !== 'scalar') return undefined;
      const converted = convert(value, yamlText);
      if (!converted) return undefined;
      pairs.push({
        key: String(key.result),
        keyStart: skipBlank(yamlText, key.start),
        value: converted,
      });
    }
    return { start, end: raw.end, flow, pairs };
  }
  if (raw.kind === 'sequence') {
    const items = [];
    for (const child of raw.children) {
      const converted = convert(child, yamlText);
      if (!converted) return undefined;
      items.push(converted);
    }
    return { start, end: raw.end, flow, items };
  }
  // A plain list item is reported twice (js-yaml first tries to read it as a key): one wrapper.
  if (raw.children.length === 1 && raw.children[0]) return convert(raw.children[0], yamlText);
  return raw.children.length === 0 ? { start, end: raw.end, flow: false } : undefined;
}

/** Past white space and comments: where the node's own text begins. */
function skipBlank(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (c === '#') while (i < text.length && text[i] !== '\n') i++;
    else return i;
  }
}

// --- the `yaml` package: the fallback ------------------------------------------------------------

function slowTree(yamlText: string): RangeNode | null {
  const { isMap, isScalar, isSeq, parseDocument } = yaml();
  const doc = parseDocument(yamlText, { uniqueKeys: false, prettyErrors: false, strict: false });
  const build = (node: unknown): RangeNode | undefined => {
    const range = (node as YamlNode | null)?.range;
    if (!range) return undefined;
    const flow = (node as { flow?: boolean }).flow === true;
    if (isMap(node)) {
      const pairs = node.items.flatMap((p) =>
        isScalar(p.key) && p.key.range
          ? [{ key: String(p.key.value), keyStart: p.key.range[0], value: build(p.value) }]
          : [],
      );
      return { start: range[0], end: range[1], flow, pairs };
    }
    if (isSeq(node)) {
      return {
        start: range[0],
        end: range[1],
        flow,
        items: node.items.flatMap((item) => build(item) ?? []),
      };
    }
    return { start: range[0], end: range[1], flow: false };
  };
  return build(doc.contents) ?? null;
}

/** For tests: the tree as the `yaml` package sees it. */
export const rangeTreeFromYamlPackage = slowTree;
/** For tests: the tree as js-yaml's events give it (undefined when it cannot map the document). */
export const rangeTreeFromJsYaml = fastTree;
