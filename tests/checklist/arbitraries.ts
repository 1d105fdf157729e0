// fast-check arbitraries for guides and their material catalogue, built from the enumerations
// of the content model so that every value the schema allows can be generated.
import fc from 'fast-check';
import type { Corpus, Entry, GuideEntry } from '../../src/lib/corpus/model.ts';
import {
  AUDIENCES,
  CASE_KINDS,
  COVERAGES,
  GUIDE_STATUSES,
  ITEM_TYPES,
  MATERIAL_CATEGORIES,
  MATERIAL_FORMS,
  MATERIAL_SOURCES,
  NECESSITIES,
  ONLINE_DEPTHS,
} from '../../src/lib/schemas/enums.ts';
import type { Guide, GuideMaterial, Material } from '../../src/lib/schemas/index.ts';

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,6}){0,2}$/);
const words = fc.string({
  unit: fc.constantFrom(...Array.from('材料证明表格申请人身份婚姻户口登记书原件复印')),
  minLength: 1,
  maxLength: 12,
});
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const count = fc.nat({ max: 5 });
const publicPath = slug.map((s) => `/templates/${s}.pdf`);

export const materialArb: fc.Arbitrary<Material> = fc
  .record({
    name: words,
    aliases: fc.array(words, { maxLength: 2 }),
    category: fc.constantFrom(...MATERIAL_CATEGORIES),
    source: fc.constantFrom(...MATERIAL_SOURCES),
    issuer: words,
    license: optional(words.map((w) => `${w}电子证照`)),
    template: optional(publicPath),
    sample: optional(publicPath),
  })
  .map(({ license, template, sample, ...rest }) => ({
    ...rest,
    ...(license === undefined ? {} : { license }),
    ...(template === undefined ? {} : { template }),
    ...(sample === undefined ? {} : { sample }),
  }));

/** A catalogue of 1–12 materials keyed by unique ids. */
export const catalogueArb: fc.Arbitrary<Map<string, Entry<Material>>> = fc
  .uniqueArray(fc.tuple(slug, materialArb), { minLength: 1, maxLength: 12, selector: ([id]) => id })
  .map((entries) => new Map(entries.map(([id, data]) => [id, { id, data }])));

const guideMaterialArb = (ids: readonly string[]): fc.Arbitrary<GuideMaterial> =>
  fc
    .record({
      // Mostly catalogue ids; sometimes an id the catalogue lacks, which the derivation must
      // carry through unchanged as well (the validator reports it).
      material: fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(...ids) },
        { weight: 1, arbitrary: slug },
      ),
      form: fc.constantFrom(...MATERIAL_FORMS),
      originals: count,
      copies: count,
      necessity: fc.constantFrom(...NECESSITIES),
      when: optional(words),
      note: optional(words),
      verifyOriginal: optional(fc.boolean()),
    })
    .map(({ when, note, verifyOriginal, ...rest }) => ({
      ...rest,
      ...(when === undefined ? {} : { when }),
      ...(note === undefined ? {} : { note }),
      ...(verifyOriginal === undefined ? {} : { verifyOriginal }),
    }));

const guideDataArb = (ids: readonly string[]): fc.Arbitrary<Guide> =>
  fc.record({
    code: fc.stringMatching(/^339901-[A-Z]{2}-[A-Z]{2}-\d{4}$/),
    title: words,
    department: slug,
    type: fc.constantFrom(...ITEM_TYPES),
    status: fc.constantFrom(...GUIDE_STATUSES),
    audience: fc.uniqueArray(fc.constantFrom(...AUDIENCES), { minLength: 1 }),
    basis: fc.array(fc.record({ title: words }), { minLength: 1, maxLength: 2 }),
    conditions: fc.array(words, { minLength: 1, maxLength: 3 }),
    // Repeats allowed: a guide may name one material twice with different 适用情形.
    materials: fc.array(guideMaterialArb(ids), { maxLength: 15 }),
    process: fc.array(fc.record({ step: words }), { minLength: 1, maxLength: 3 }),
    timeLimit: fc.record({ legal: fc.nat({ max: 60 }), promised: fc.nat({ max: 60 }) }),
    kind: fc.constantFrom(...CASE_KINDS),
    fees: fc.constant([]),
    online: fc.record({ depth: fc.constantFrom(...ONLINE_DEPTHS) }),
    counter: fc.record({ locations: fc.array(slug, { minLength: 1, maxLength: 2 }) }),
    post: fc.boolean(),
    visits: fc.nat({ max: 3 }),
    result: fc.record({ name: words, delivery: fc.array(words, { minLength: 1, maxLength: 2 }) }),
    coverage: fc.constantFrom(...COVERAGES),
    topics: fc.constant([]),
    reviewed: fc.constant(new Date('2026-11-01')),
    changes: fc.constant([]),
  });

export interface GeneratedCase {
  readonly guide: GuideEntry;
  readonly corpus: Pick<Corpus, 'materials'>;
}

/** A guide together with the catalogue it draws its materials from. */
export const guideCaseArb: fc.Arbitrary<GeneratedCase> = catalogueArb.chain((materials) =>
  fc.tuple(slug, slug, guideDataArb([...materials.keys()])).map(([dept, name, data]) => ({
    guide: { id: `${dept}/${name}`, data: { ...data, department: dept }, body: '' },
    corpus: { materials },
  })),
);
