// The compact index: what the build writes is what the browser expands, and the material reverse
// index lists exactly the published guides that require each material.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search/build-search-index.ts';
import { expandSearchIndex, SearchIndexFormatError } from '../../src/lib/search/search-index.ts';
import type { SearchIndexJson } from '../../src/lib/search/search-index.ts';
import { titleAliases } from '../../src/lib/search/aliases.ts';
import { loadSampleCorpus, published } from './corpus.ts';

const corpus = loadSampleCorpus();
const guides = published(corpus);
const json = buildSearchIndex(corpus, guides);
const index = expandSearchIndex(JSON.parse(JSON.stringify(json)) as SearchIndexJson);

describe('the instant-filter index', () => {
  it('has one record per published guide, and no other', () => {
    expect(index.records.map((r) => r.id).sort()).toEqual(guides.map((g) => g.id).sort());
    const unpublished = corpus.guides.filter((g) => !guides.includes(g)).map((g) => g.id);
    expect(index.records.filter((r) => unpublished.includes(r.id))).toEqual([]);
  });

  it('expands each record with its department, materials (names and aliases) and pinyin', () => {
    const record = index.records.find((r) => r.id === 'civil-affairs/marriage-registration');
    expect(record).toMatchObject({
      title: '内地居民结婚登记',
      department: corpus.departments.get('civil-affairs')?.data.name,
      pinyin: ['neidijuminjiehundengji'],
      initials: ['ndjmjhdj'],
      result: ['结婚证', '结婚证书'],
    });
    expect(record?.materials).toEqual(expect.arrayContaining(['居民身份证', '身份证']));
  });

  it('lists, for each material, exactly the published guides that require it', () => {
    for (const material of index.materials) {
      const id = [...corpus.materials.entries()].find(
        ([, m]) => m.data.name === material.name,
      )?.[0];
      const expected = guides
        .filter((g) => g.data.materials.some((m) => m.material === id))
        .map((g) => g.id);
      expect(material.guides, material.name).toEqual(expected);
    }
  });

  it('gives each guide the everyday names of its title', () => {
    const record = index.records.find((r) => r.id === 'human-resources/social-security-card');
    expect(record?.aliases).toContain('社保卡申领');
    expect(record?.pinyin).toContain('shebaokashenling');
    expect(titleAliases('最低生活保障申请', [])).toEqual(['低保申请']);
    expect(titleAliases('低保申请', [])).toEqual([]);
  });

  it('stays small: well under 1 KB per guide on the sample corpus', () => {
    expect(JSON.stringify(json).length / guides.length).toBeLessThan(1024);
  });

  it('refuses an index written by another version, saying to reload', () => {
    const stale = { ...json, v: 0 } as unknown as SearchIndexJson;
    expect(() => expandSearchIndex(stale)).toThrow(SearchIndexFormatError);
    expect(() => expandSearchIndex(stale)).toThrowErrorMatchingInlineSnapshot(
      `[SearchIndexFormatError: 搜索索引版本 0 与页面脚本（版本 1）不一致，请刷新页面]`,
    );
  });
});
