// The query table (queries.yaml, editable by editors) over the same fuse.js configuration and
// the same JSON the browser fetches: built from the sample corpus, serialised, parsed, expanded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildSearchIndex } from '../../src/lib/search/build-search-index.ts';
import { createSearcher } from '../../src/lib/search/query.ts';
import { expandSearchIndex } from '../../src/lib/search/search-index.ts';
import type { SearchIndexJson } from '../../src/lib/search/search-index.ts';
import { loadSampleCorpus, published } from './corpus.ts';

const KINDS = ['全词', '部分词', '单字', '拼音', '首字母', '别名', '错别字', '材料'] as const;

const rowSchema = z
  .object({
    query: z.string().min(1),
    kind: z.enum(KINDS),
    top3: z.array(z.string()).min(1).max(3),
    material: z.string().optional(),
  })
  .strict();

const table = z
  .array(rowSchema)
  .parse(parse(readFileSync(join(import.meta.dirname, 'queries.yaml'), 'utf8')));

const corpus = loadSampleCorpus();
const guides = published(corpus);
const json = JSON.parse(JSON.stringify(buildSearchIndex(corpus, guides))) as SearchIndexJson;
const searcher = createSearcher(expandSearchIndex(json));

describe('the query table', () => {
  it('has at least 30 queries covering every kind', () => {
    expect(table.length).toBeGreaterThanOrEqual(30);
    expect(new Set(table.map((row) => row.kind))).toEqual(new Set(KINDS));
  });

  it('names only published guides', () => {
    const ids = new Set(guides.map((guide) => guide.id));
    expect(table.flatMap((row) => row.top3).filter((id) => !ids.has(id))).toEqual([]);
  });

  describe.each(table)('$kind: $query', ({ query, top3, material }) => {
    const result = searcher.search(query);
    const found = result.guides
      .slice(0, 3)
      .map((match) => `${match.record.id} ${match.record.title}`);

    it.each(top3)('ranks %s in the top 3', (id) => {
      expect(
        found.map((line) => line.split(' ')[0]),
        `top 3 for “${query}”:\n${found.join('\n')}`,
      ).toContain(id);
    });

    if (material) {
      it(`lists ${material} under 需要该材料的事项`, () => {
        expect(result.materials.map((match) => match.material.name)).toContain(material);
      });
    }
  });
});
