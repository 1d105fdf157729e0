// Source positions on demand. A clean file is never parsed a second time; a file with findings is
// parsed once more with the `yaml` package, which keeps the range of every key and value, and
// each anchor is resolved to the line and column of the offending key or value.
import { createRequire } from 'node:module';
import type { Document, Node as YamlNode } from 'yaml';
import type { Anchor, PathSegment } from '../validate/finding.ts';
import type { SourceText } from './load-source.ts';

// Loaded on first use: a clean run never needs it, and it is a large module.
let yamlModule: typeof import('yaml') | undefined;
const yaml = () => (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

export interface Position {
  readonly line: number;
  readonly column: number;
}

interface Parsed {
  lineStarts?: number[];
  doc?: Document.Parsed;
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
    const doc = this.#doc(source);
    const { isMap, isScalar, isSeq } = yaml();
    let node: unknown = doc.contents;
    let best = source.frontmatterStart;
    for (const [i, segment] of path.entries()) {
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isScalar(p.key) && String(p.key.value) === String(segment),
        );
        if (!pair) return best;
        const key = pair.key as YamlNode;
        const value = pair.value as YamlNode | null;
        best = source.yamlStart + (key.range?.[0] ?? 0);
        if (last && part === 'key') return best;
        node = value;
        if (!value?.range) return best;
        // A block list or object as a whole is best shown by its key (`materials:`).
        if (last && !text && (isMap(value) || isSeq(value)) && !(value as { flow?: boolean }).flow)
          return best;
        if (last)
          return this.#within(source, value, text, nth) ?? source.yamlStart + value.range[0];
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as YamlNode | undefined;
        if (!item?.range) return best;
        best = source.yamlStart + item.range[0];
        node = item;
        if (last) return this.#within(source, item, text, nth) ?? best;
      } else {
        return best;
      }
    }
    if (path.length === 0 && node && (node as YamlNode).range && text) {
      return this.#within(source, node as YamlNode, text, nth) ?? best;
    }
    return best;
  }

  /** Offset of `text` inside a node's source (e.g. an abolished name inside a longer sentence). */
  #within(
    source: SourceText,
    node: YamlNode,
    text: string | undefined,
    nth: number,
  ): number | undefined {
    if (!text || !node.range) return undefined;
    const start = source.yamlStart + node.range[0];
    const slice = source.text.slice(start, source.yamlStart + node.range[1]);
    let index = slice.indexOf(text);
    for (let i = 0; i < nth && index >= 0; i++) index = slice.indexOf(text, index + text.length);
    if (index < 0) index = slice.indexOf(text);
    return index < 0 ? undefined : start + index;
  }

  #doc(source: SourceText): Document.Parsed {
    const entry = this.#entry(source);
    entry.doc ??= yaml().parseDocument(source.text.slice(source.yamlStart, source.yamlEnd), {
      uniqueKeys: false,
      prettyErrors: false,
      strict: false,
    });
    return entry.doc;
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

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
