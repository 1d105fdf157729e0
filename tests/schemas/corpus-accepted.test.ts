import { describe, expect, it } from 'vitest';
import {
  abolishedSchema,
  departmentSchema,
  guideSchema,
  materialSchema,
  topicSchema,
} from '../../src/lib/schemas/index.ts';
import { collectionFiles } from './corpus-files.ts';

const collections = {
  guides: guideSchema,
  departments: departmentSchema,
  materials: materialSchema,
  abolished: abolishedSchema,
  topics: topicSchema,
} as const;

describe.each(Object.entries(collections))('the sample corpus: %s', (collection, schema) => {
  const files = collectionFiles(collection);

  it('is not empty', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s matches the schema', (_file, data) => {
    const result = schema.safeParse(data);
    expect(result.error?.issues ?? []).toEqual([]);
  });
});

describe('the sample corpus meets the foundation counts', () => {
  const guides = collectionFiles('guides').map(([, data]) => guideSchema.parse(data));
  const published = guides.filter((guide) => guide.status === '在用');

  it('has at least 40 published guides across at least 8 departments', () => {
    expect(published.length).toBeGreaterThanOrEqual(40);
    expect(new Set(published.map((guide) => guide.department)).size).toBeGreaterThanOrEqual(8);
  });

  it('uses every online depth and both 即办件 and 承诺件, free and charged items', () => {
    const depths = new Set(published.map((guide) => guide.online.depth));
    expect([...depths].sort()).toEqual(['信息公开', '全程网办', '在线申办', '在线预审'].sort());
    const kinds = new Set(published.map((guide) => guide.kind));
    expect(kinds).toContain('即办件');
    expect(kinds).toContain('承诺件');
    expect(published.some((guide) => guide.fees.length === 0)).toBe(true);
    expect(published.some((guide) => guide.fees.length > 0)).toBe(true);
  });

  it('has at least 60 materials, 8 abolitions (one in the future) and 4 life events', () => {
    expect(collectionFiles('materials').length).toBeGreaterThanOrEqual(60);
    const abolished = collectionFiles('abolished').map(([, data]) => abolishedSchema.parse(data));
    expect(abolished.length).toBeGreaterThanOrEqual(8);
    expect(abolished.some((entry) => entry.abolishedOn > new Date('2026-11-25'))).toBe(true);
    expect(abolished.some((entry) => entry.scope !== 'all')).toBe(true);
    expect(collectionFiles('topics').length).toBeGreaterThanOrEqual(4);
  });
});
