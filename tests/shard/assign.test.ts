// Which shard renders which page: the TONGYUAN_SHARD setting, the guide assignment (stable,
// balanced, covering every guide once) and who renders the pages that cover all guides.
import { describe, expect, it } from 'vitest';
import {
  mergedBundleUrls,
  pageOwner,
  pagefindBundleDir,
  parseShardSpec,
  rendersGuide,
  rendersPage,
  shardOfGuide,
} from '../../src/lib/shard/assign.ts';

const GUIDE = 'src/pages/guides/[department]/[slug]/index.astro';
const NOTICE = 'src/pages/guides/[department]/[slug]/notice.astro';

describe('TONGYUAN_SHARD', () => {
  it('reads K/N, and nothing as a whole build', () => {
    expect(parseShardSpec('2/4')).toEqual({ index: 2, total: 4 });
    expect(parseShardSpec(' 1 / 1 ')).toEqual({ index: 1, total: 1 });
    expect(parseShardSpec(undefined)).toBeUndefined();
    expect(parseShardSpec('')).toBeUndefined();
  });

  it.each(['0/4', '5/4', '4', 'a/b', '1/65', '-1/2'])(
    'refuses %s, saying what it expects',
    (value) => {
      expect(() => parseShardSpec(value)).toThrow(
        `TONGYUAN_SHARD=${JSON.stringify(value)} is not a shard: expected K/N with 1 ≤ K ≤ N ≤ 64, e.g. TONGYUAN_SHARD=2/4 for the second of four shards.`,
      );
    },
  );
});

describe('the guide assignment', () => {
  const ids = Array.from({ length: 20_000 }, (_, i) => `dept-${String(i % 37)}/item-${String(i)}`);

  it('is stable: the same id, the same shard, whatever else exists', () => {
    expect(ids.map((id) => shardOfGuide(id, 4))).toEqual(ids.map((id) => shardOfGuide(id, 4)));
    expect(shardOfGuide('civil-affairs/marriage-registration', 3)).toBe(
      shardOfGuide('civil-affairs/marriage-registration', 3),
    );
  });

  it('puts every guide in exactly one of the N shards, within 5 % of its share', () => {
    for (const total of [2, 3, 4, 8]) {
      const counts = new Map<number, number>();
      for (const id of ids) {
        const shard = shardOfGuide(id, total);
        counts.set(shard, (counts.get(shard) ?? 0) + 1);
      }
      expect([...counts.keys()].sort((x, y) => x - y)).toEqual(
        Array.from({ length: total }, (_, i) => i + 1),
      );
      // Half a share for the site shard (1), a whole one for the others.
      const slot = ids.length / (2 * total - 1);
      for (const [shard, count] of counts) {
        const share = shard === 1 ? slot : 2 * slot;
        expect(Math.abs(count - share) / share).toBeLessThan(0.05);
      }
    }
  });
});

describe('who renders a page', () => {
  it("gives a guide page and its notice sheet to the guide's shard only", () => {
    const id = 'civil-affairs/marriage-registration';
    const owner = shardOfGuide(id, 3);
    expect(pageOwner(GUIDE, `/guides/${id}/`, 3)).toEqual({
      kind: 'guide',
      guide: id,
      shard: owner,
    });
    expect(pageOwner(NOTICE, `/guides/${id}/notice/`, 3)).toEqual({
      kind: 'guide',
      guide: id,
      shard: owner,
    });
    for (let k = 1; k <= 3; k++) {
      expect(rendersPage({ index: k, total: 3 }, GUIDE, `/guides/${id}/`)).toBe(k === owner);
    }
  });

  it('gives the pages that cover all guides to shard 1, and the alias index to every shard', () => {
    for (const [component, path] of [
      ['src/pages/index.astro', '/'],
      ['src/pages/guides/[...page].astro', '/guides/page/2/'],
      ['src/pages/guides/filter/[facet]/[value]/[...page].astro', '/guides/filter/type/x/'],
      ['src/pages/data/guides.json.ts', '/data/guides.json'],
      // A service item's page lists guides of every shard (docs/scale.md, "Service items").
      ['src/pages/items/[slug]/[...page].astro', '/items/0123456789ab/'],
      ['src/pages/items/[slug]/[...page].astro', '/items/0123456789ab/page/2/'],
    ] as const) {
      expect(pageOwner(component, path, 4)).toEqual({ kind: 'site', shard: 1 });
      expect(rendersPage({ index: 2, total: 4 }, component, path)).toBe(false);
    }
    const alias = ['src/pages/data/search-index.json.ts', '/data/search-index.json'] as const;
    for (let k = 1; k <= 4; k++) expect(rendersPage({ index: k, total: 4 }, ...alias)).toBe(true);
  });
});

describe('the Pagefind bundles', () => {
  it('are pagefind/ for shard 1 and pagefind-K/ for the others, merged by the search page', () => {
    expect([1, 2, 3].map(pagefindBundleDir)).toEqual(['pagefind', 'pagefind-2', 'pagefind-3']);
    expect(mergedBundleUrls(undefined)).toEqual([]);
    expect(mergedBundleUrls({ index: 1, total: 1 })).toEqual([]);
    expect(mergedBundleUrls({ index: 1, total: 3 })).toEqual(['/pagefind-2/', '/pagefind-3/']);
  });
});

describe("what a build holds in Astro's content store", () => {
  const ids = Array.from({ length: 200 }, (_, i) => `civil-affairs/item-${String(i)}`);

  it('holds every guide in a whole build', () => {
    expect(ids.every((id) => rendersGuide(undefined, id))).toBe(true);
  });

  it('holds in each shard exactly the guides whose pages it renders, each guide in one shard', () => {
    const total = 4;
    for (const id of ids) {
      const holders = [1, 2, 3, 4].filter((index) => rendersGuide({ index, total }, id));
      expect(holders).toEqual([shardOfGuide(id, total)]);
      expect(rendersPage({ index: holders[0] ?? 0, total }, GUIDE, `/guides/${id}/`)).toBe(true);
    }
  });
});

describe('the shares', () => {
  const ids = Array.from({ length: 6000 }, (_, i) => `market/item-${String(i)}`);

  it('gives the site shard about half a share and the others a full one', () => {
    const total = 4;
    const counts = [1, 2, 3, 4].map(
      (shard) => ids.filter((id) => shardOfGuide(id, total) === shard).length,
    );
    // 1 slot of 7 for shard 1, 2 of 7 for each other shard.
    expect(counts[0] ?? 0).toBeGreaterThan(6000 / 7 - 150);
    expect(counts[0] ?? 0).toBeLessThan(6000 / 7 + 150);
    for (const count of counts.slice(1)) {
      expect(count).toBeGreaterThan((2 * 6000) / 7 - 200);
      expect(count).toBeLessThan((2 * 6000) / 7 + 200);
    }
  });

  it('puts every guide in shard 1 of a single-shard build', () => {
    expect(ids.every((id) => shardOfGuide(id, 1) === 1)).toBe(true);
  });
});
