// The service items of a catalogue (src/lib/items/group.ts): one per distinct title, its guides
// in id order, stable slugs, and the grouping of the synthetic province corpus.
import { describe, expect, it } from 'vitest';
import { groupItems, itemKey, itemSlug } from '../../src/lib/items/group.ts';
import type { ItemGuideInput } from '../../src/lib/items/group.ts';
import { generateCorpus } from '../../src/lib/synthetic/generate.ts';

const guide = (id: string, title: string, departmentName = '市场监督管理局'): ItemGuideInput => ({
  id,
  code: `code-${id}`,
  title,
  department: id.split('/')[0] ?? '',
  departmentName,
});

describe('groupItems', () => {
  const guides = [
    guide('market/b', '农药经营备案', '县市场监督管理局'),
    guide('agriculture/a', '农药经营备案', '市农业农村局'),
    guide('civil-affairs/x', '内地居民结婚登记', '区民政局'),
    // Full-width letters and extra spaces are the same item (the search's own normalisation).
    guide('market/c', ' 农药经营备案 ', '省市场监督管理局'),
    guide('tax/ｖａｔ', 'ＶＡＴ申报'),
    guide('tax/vat', 'vat申报'),
  ];

  it('groups guides by normalised title, with the guides in id order and their count', () => {
    const items = groupItems(guides);
    expect(items).toHaveLength(3);
    const pesticide = items.find((item) => item.title === '农药经营备案');
    expect(pesticide?.count).toBe(3);
    expect(pesticide?.guides.map((g) => g.id)).toEqual(['agriculture/a', 'market/b', 'market/c']);
    expect(pesticide?.guides.map((g) => g.departmentName)).toEqual([
      '市农业农村局',
      '县市场监督管理局',
      '省市场监督管理局',
    ]);
    // The title shown is the first guide's (in id order), as written.
    const vat = items.find((item) => item.count === 2 && item.slug === itemSlug('vat申报'));
    expect(vat?.title).toBe('vat申报');
  });

  it('does not depend on the order of its input, and orders items by slug', () => {
    const forward = groupItems(guides);
    const backward = groupItems([...guides].reverse());
    expect(backward).toEqual(forward);
    const slugs = forward.map((item) => item.slug);
    expect(slugs).toEqual([...slugs].sort());
  });

  it('gives an item a slug that depends on its title alone', () => {
    expect(itemSlug('农药经营备案')).toMatch(/^[0-9a-f]{12}$/);
    expect(itemSlug(' 农药经营备案')).toBe(itemSlug('农药经营备案'));
    expect(itemSlug('ＶＡＴ申报')).toBe(itemSlug('vat申报'));
    expect(itemSlug('农药经营备案')).not.toBe(itemSlug('农药经营许可'));
    const alone = groupItems([guide('a/1', '农药经营备案')]);
    expect(alone[0]?.slug).toBe(groupItems(guides).find((i) => i.count === 3)?.slug);
    expect(itemKey('  Ａ  b ')).toBe('a b');
  });

  it('is empty for an empty catalogue', () => {
    expect(groupItems([])).toEqual([]);
  });

  it('turns the synthetic province corpus into a few hundred items with no slug collision', () => {
    const files = generateCorpus({ guides: 3000 });
    const inputs: ItemGuideInput[] = [];
    for (const [path, text] of files) {
      const match = /^guides\/(.+)\.md$/.exec(path);
      const title = /^title: (.+)$/m.exec(text)?.[1];
      if (match?.[1] && title) inputs.push(guide(match[1], title));
    }
    expect(inputs).toHaveLength(3000);
    const items = groupItems(inputs);
    expect(items.length).toBeLessThan(600);
    expect(items.reduce((n, item) => n + item.count, 0)).toBe(3000);
    expect(new Set(items.map((item) => item.slug)).size).toBe(items.length);
  });
});
