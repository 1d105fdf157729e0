// The canonical file format: the corpus is in it (so saving an unchanged entry changes nothing),
// and it writes values so that they read back the same.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsCollection } from '../../src/lib/cms/collections.ts';
import { checkContentFiles } from '../../src/lib/cms/content-files.ts';
import { entryFile, readEntry } from '../../src/lib/cms/format.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the content files', () => {
  it('are all written as the web editor writes them (npm run format:content fixes them)', () => {
    const files = checkContentFiles(resolve(ROOT, 'src/content'));
    expect(files.length).toBeGreaterThan(150);
    const differing = files.filter((f) => f.canonical !== f.text).map((f) => f.file);
    expect(differing).toEqual([]);
  });
});

describe('the canonical format', () => {
  const abolished = cmsCollection('abolished');
  const base = {
    name: '测试证明',
    aliases: [],
    abolishedOn: new Date('2025-05-10T00:00:00Z'),
    basis: { title: '测试条例' },
    replacement: '直接取消',
  };

  it('orders keys as the schema does and drops empty optional values', () => {
    const text = entryFile(abolished, {
      replacement: '直接取消',
      note: '',
      basis: { number: '第1号', title: '测试条例' },
      scope: 'all',
      name: '测试证明',
      abolishedOn: '2025-05-10',
      aliases: [],
    });
    expect(text).toBe(
      'name: 测试证明\nscope: all\nabolishedOn: 2025-05-10\nbasis:\n  title: 测试条例\n  number: 第1号\nreplacement: 直接取消\n',
    );
  });

  it('writes an empty scope as all and keeps a scoped one', () => {
    expect(entryFile(abolished, { ...base, scope: {} })).toContain('scope: all\n');
    expect(entryFile(abolished, { ...base, scope: { titles: ['甲', '乙'], codes: [] } })).toContain(
      'scope:\n  titles: [甲, 乙]\n',
    );
  });

  it('puts short lists on one line and sentences one per line', () => {
    const long = '男女双方均为内地居民，完全出于本人自愿结婚，并亲自到婚姻登记机关申请';
    const text = entryFile(abolished, { ...base, scope: 'all', aliases: ['户口簿', long] });
    expect(text).toContain(`aliases:\n  - 户口簿\n  - ${long}\n`);
  });

  it('quotes text that would read back as a date or a number', () => {
    const text = entryFile(abolished, { ...base, scope: 'all', aliases: ['2025-05-10', '12345'] });
    expect(text).toContain(`aliases: ["2025-05-10", "12345"]`);
    expect(readEntry(abolished, text)['aliases']).toEqual(['2025-05-10', '12345']);
  });

  it('keeps a guide’s Markdown body byte for byte', () => {
    const guides = cmsCollection('guides');
    const source = '---\ncode: x\n---\n\n## 常见问题\n\n**问？** 答。  \n';
    const data = readEntry(guides, source);
    expect(data['body']).toBe('\n## 常见问题\n\n**问？** 答。  \n');
    expect(entryFile(guides, data)).toContain('---\n\n## 常见问题\n\n**问？** 答。  \n');
  });
});
