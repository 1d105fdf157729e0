// Source positions come from js-yaml's node events (fast); the `yaml` package, which keeps exact
// ranges, is the fallback. Both must agree on every key and value of every file we have.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rangeTreeFromJsYaml, rangeTreeFromYamlPackage } from '../../src/lib/corpus/load-locate.ts';
import type { RangeNode } from '../../src/lib/corpus/load-locate.ts';
import { readMarkdown, readYaml } from '../../src/lib/corpus/load-source.ts';

const repo = join(import.meta.dirname, '..', '..');

/** `path → [key offset, value offset]` for every node of a tree. */
function positions(node: RangeNode | null | undefined, path = '', out = new Map<string, string>()) {
  if (!node) return out;
  out.set(path, `${node.start}${node.flow ? ' flow' : ''}`);
  for (const pair of node.pairs ?? []) {
    out.set(`${path}.${pair.key}:key`, String(pair.keyStart));
    positions(pair.value, `${path}.${pair.key}`, out);
  }
  node.items?.forEach((item, i) => positions(item, `${path}[${i}]`, out));
  return out;
}

const files = ['src/content', 'tests/validate'].flatMap((dir) =>
  readdirSync(join(repo, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(md|yaml)$/.test(f) && !f.includes('garbage'))
    .map((f) => join(repo, dir, f)),
);

describe('source positions', () => {
  it('are the same from js-yaml events and from the yaml package, on every file', () => {
    let compared = 0;
    for (const file of files) {
      const read = file.endsWith('.md') ? readMarkdown(file) : readYaml(file);
      if (!read.ok) continue;
      const yamlText = read.source.text.slice(read.source.yamlStart, read.source.yamlEnd);
      const fast = rangeTreeFromJsYaml(yamlText);
      expect(fast, file).toBeDefined();
      expect(positions(fast), file).toEqual(positions(rangeTreeFromYamlPackage(yamlText)));
      compared++;
    }
    expect(compared).toBeGreaterThan(250);
  });
});
