// /data/guides.xlsx → npm run import gives back the guides it was made from: over any selection
// of the real corpus, in any order, every field of every guide, its body and its file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { guidesXlsx } from '../../src/lib/export/guides-xlsx.ts';
import { planImport } from '../../src/lib/import/build.ts';
import { guideFile } from '../../src/lib/import/serialize.ts';
import { readSheets } from '../../src/lib/import/sheets.ts';
import { readMarkdown } from '../../src/lib/corpus/load-source.ts';
import { guideSchema } from '../../src/lib/schemas/index.ts';
import { readTable } from '../../src/lib/spreadsheet/read.ts';

const { corpus } = loadCorpus({});
const context = {
  departments: corpus.departments,
  materials: corpus.materials,
  guides: corpus.guides.map((g) => ({ id: g.id, code: g.data.code })),
};

async function roundTrip(guides: typeof corpus.guides, into = context) {
  const table = await readTable('guides.xlsx', await guidesXlsx(guides, corpus));
  return planImport(readSheets(table), into, { date: new Date('2000-01-01') });
}

describe('export → import', () => {
  it('the whole corpus comes back unchanged, with nothing skipped, adjusted or proposed', async () => {
    const plan = await roundTrip(corpus.guides);
    expect(plan.skipped).toEqual([]);
    expect(plan.adjusted).toEqual([]);
    expect(plan.reviews).toEqual([]);
    expect(plan.departments.size + plan.materials.size).toBe(0);
    expect(plan.items.map((i) => ({ id: i.id, data: i.data, body: i.body.trim() }))).toEqual(
      corpus.guides.map((g) => ({ id: g.id, data: g.data, body: g.body.trim() })),
    );
  });

  it('into a fresh fork without any guide, the files keep their names (topics link by them)', async () => {
    const plan = await roundTrip(corpus.guides, { ...context, guides: [] });
    expect(plan.items.map((i) => i.id)).toEqual(corpus.guides.map((g) => g.id));
  });

  it('any selection, in any order, round-trips', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray([...corpus.guides], { minLength: 1, maxLength: 8 }),
        async (guides) => {
          const plan = await roundTrip(guides);
          expect(plan.items.map((i) => [i.id, i.data])).toEqual(guides.map((g) => [g.id, g.data]));
        },
      ),
      { numRuns: 12 },
    );
  });

  it('the files it writes parse back, through the validator’s own reader and schema, to the same guide', async () => {
    const plan = await roundTrip(corpus.guides);
    for (const item of plan.items) {
      const read = readMarkdown(`${item.id}.md`, guideFile(item.data, item.body));
      expect(read.ok, item.id).toBe(true);
      if (!read.ok) continue;
      expect(guideSchema.parse(read.data), item.id).toEqual(item.data);
      expect(read.body.trim()).toBe(item.body.trim());
    }
  });
});
