// The rule of DESIGN.md “One schema, two checklists”: for every guide, the online and the counter
// checklist name exactly the same materials in the same order — on the whole sample corpus and on
// at least 1,000 generated guides.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counterChecklist, onlineChecklist } from '../../src/lib/checklist/index.ts';
import type { Checklist } from '../../src/lib/checklist/index.ts';
import type { GuideEntry } from '../../src/lib/corpus/model.ts';
import type { ChecklistCorpus } from '../../src/lib/checklist/index.ts';
import { guideSchema } from '../../src/lib/schemas/index.ts';
import { guideCaseArb } from './arbitraries.ts';
import { loadCorpus } from '../../src/lib/corpus/load.ts';

const PROPERTY_RUNS = 2_000;

const sequence = (list: Checklist) => list.items.map((item) => item.material.id);

/** Everything that names a material, i.e. all but the hand-over. */
const identities = (list: Checklist) => list.items.map((item) => item.material);

function assertSameMaterials(guide: GuideEntry, corpus: ChecklistCorpus) {
  const online = onlineChecklist(guide, corpus);
  const counter = counterChecklist(guide, corpus);
  const listed = guide.data.materials.map((m) => m.material);
  expect(sequence(online)).toEqual(listed);
  expect(sequence(counter)).toEqual(listed);
  expect(identities(online)).toEqual(identities(counter));
  expect(online.channel).toBe('online');
  expect(counter.channel).toBe('counter');
  expect(online.guideId).toBe(guide.id);
  expect(counter.guideId).toBe(guide.id);
  // Hand-over differs by channel only where the rules say so: 免提交 is the same in both.
  online.items.forEach((item, i) => {
    const twin = counter.items[i];
    const exempt = item.material.license !== undefined;
    expect(item.handover.kind === 'exempt').toBe(exempt);
    expect(twin?.handover.kind === 'exempt').toBe(exempt);
    if (exempt) expect(twin?.handover).toEqual(item.handover);
  });
}

describe('online and counter checklists name the same materials in the same order', () => {
  it(`holds for ${PROPERTY_RUNS} generated guides`, () => {
    let runs = 0;
    // The generator must reach every case the rules distinguish, or the property proves little.
    const seen = { exempt: 0, verify: 0, deferrable: 0, unknown: 0, repeated: 0, empty: 0 };
    fc.assert(
      fc.property(guideCaseArb, ({ guide, corpus }) => {
        runs += 1;
        const ids = guide.data.materials.map((m) => m.material);
        if (ids.length === 0) seen.empty += 1;
        if (new Set(ids).size < ids.length) seen.repeated += 1;
        for (const m of guide.data.materials) {
          if (corpus.materials.get(m.material)?.data.license) seen.exempt += 1;
          else if (!corpus.materials.has(m.material)) seen.unknown += 1;
          if (m.verifyOriginal) seen.verify += 1;
          if (m.necessity === '容缺后补') seen.deferrable += 1;
        }
        assertSameMaterials(guide, corpus);
      }),
      { numRuns: PROPERTY_RUNS },
    );
    expect(runs).toBeGreaterThanOrEqual(1_000);
    for (const [what, n] of Object.entries(seen))
      expect(n, `generated cases with ${what}`).toBeGreaterThan(10);
  });

  it('generates guides that the content schema accepts', () => {
    fc.assert(
      fc.property(guideCaseArb, ({ guide }) => {
        expect(guideSchema.safeParse(guide.data).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  // The validator's plain loader: the same corpus the CLI checks. A guide it cannot load is left
  // out of the corpus (with a finding), so first make sure none was.
  const { corpus, catalogue } = loadCorpus();

  it('reads every guide file of the corpus, with materials', () => {
    expect(corpus.guides.map((guide) => guide.id).sort()).toEqual([...catalogue.guideIds].sort());
    expect(corpus.guides.length).toBeGreaterThan(0);
    expect(corpus.guides.some((guide) => guide.data.materials.length > 0)).toBe(true);
  });

  it.each(corpus.guides.map((guide) => [guide.id, guide] as const))(
    'holds for %s',
    (_id, guide) => {
      assertSameMaterials(guide, corpus);
    },
  );
});
