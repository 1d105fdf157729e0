// The promise at the heart of the product: adding any registered abolished material to any guide
// in its scope fails validation (a warning while the abolition is not yet in force), by catalogue
// id, by name, by alias, in a list or in free text; and adding it to a guide outside its scope
// does not. Run over the real sample corpus and register.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import type { Catalogue } from '../../src/lib/corpus/load.ts';
import type { Entry, GuideEntry } from '../../src/lib/corpus/model.ts';
import type { Material } from '../../src/lib/schemas/index.ts';
import { abolitionsOf } from '../../src/lib/validate/abolition.ts';
import type { Abolition } from '../../src/lib/validate/abolition.ts';
import type { Issue } from '../../src/lib/validate/finding.ts';
import { GUIDE_RULES } from '../../src/lib/validate/rules/index.ts';
import { DATE, defined } from './helpers.ts';

const loaded = loadCorpus({ cwd: join(import.meta.dirname, '..', '..') });
const guides = loaded.corpus.guides;
const abolitions = abolitionsOf(loaded.catalogue, DATE);

/** The oracle, written from the register's definition (not the engine's code): a guide is in scope when the scope is `all` or lists its code, title or 事项类型. */
function inScope(a: Abolition, guide: GuideEntry['data']): boolean {
  const scope = a.entry.data.scope;
  if (scope === 'all') return true;
  return [
    scope.codes?.includes(guide.code),
    scope.titles?.includes(guide.title),
    scope.types?.includes(guide.type),
  ].some(Boolean);
}

type How = 'id' | 'name' | 'alias' | 'condition' | 'note' | 'body';

/** The guide with the abolished material added in one way, and the catalogue it needs. */
function add(guide: GuideEntry, a: Abolition, how: How, text: { before: string; after: string }) {
  const d = a.entry.data;
  let catalogue: Catalogue = loaded.catalogue;
  let data = guide.data;
  const listed = (material: string) => ({
    ...data,
    materials: [
      ...data.materials,
      { material, form: '原件' as const, originals: 1, copies: 0, necessity: '必要' as const },
    ],
  });
  const name = how === 'alias' ? defined(d.aliases[0]) : d.name;
  if (how === 'id') data = listed(defined(d.material));
  if (how === 'name' || how === 'alias') {
    const material: Entry<Material> = {
      id: 'property-test-material',
      file: 'materials/property-test-material.yaml',
      data: { name, aliases: [], category: '证明', source: '其他', issuer: '测试' },
    };
    catalogue = {
      ...catalogue,
      materials: new Map([...catalogue.materials, [material.id, material]]),
    };
    data = listed(material.id);
  }
  const sentence = `${text.before}${name}${text.after}`;
  if (how === 'condition') data = { ...data, conditions: [...data.conditions, sentence] };
  if (how === 'note')
    data = {
      ...data,
      materials: data.materials.map((m, i) => (i === 0 ? { ...m, note: sentence } : m)),
    };
  const body = how === 'body' ? `${guide.body}\n\n${sentence}\n` : guide.body;
  return { guide: { ...guide, data, body }, catalogue };
}

function issuesFor(guide: GuideEntry, catalogue: Catalogue): Issue[] {
  const issues: Issue[] = [];
  for (const rule of GUIDE_RULES) rule(guide, { catalogue, date: DATE }, (i) => issues.push(i));
  return issues;
}

const expected = (a: Abolition, how: How) =>
  ['id', 'name', 'alias'].includes(how)
    ? a.inForce
      ? 'TY020'
      : 'TY021'
    : a.inForce
      ? 'TY022'
      : 'TY023';

const waysFor = (a: Abolition): How[] => [
  ...(a.entry.data.material ? (['id'] as const) : []),
  'name',
  ...(a.entry.data.aliases.length > 0 ? (['alias'] as const) : []),
  'condition',
  'note',
  'body',
];

// Text around the name that is not a negation: the requirement stands.
const BEFORE = ['', '申请时须提交', '请携带', '另附', '办理时出示', '需要提供本人的'];
const AFTER = ['', '原件', '。', '及复印件一份', '（由所在单位出具）'];

describe('abolished materials in the sample register', () => {
  it('has abolitions with scopes, aliases, catalogue ids, and one not yet in force', () => {
    expect(abolitions.length).toBeGreaterThanOrEqual(10);
    expect(abolitions.some((a) => a.entry.data.scope === 'all')).toBe(true);
    expect(abolitions.some((a) => a.entry.data.scope !== 'all')).toBe(true);
    expect(abolitions.some((a) => a.entry.data.material !== undefined)).toBe(true);
    expect(abolitions.some((a) => !a.inForce)).toBe(true);
  });

  it('fails any in-scope guide and leaves any out-of-scope guide alone (every pair, listed by id or name)', () => {
    let inScopePairs = 0;
    for (const a of abolitions) {
      for (const guide of guides) {
        for (const how of waysFor(a).filter((h) => h === 'id' || h === 'name')) {
          const modified = add(guide, a, how, { before: '', after: '' });
          const about = issuesFor(modified.guide, modified.catalogue).filter((i) =>
            i.message.includes(defined(a.entry.file)),
          );
          if (inScope(a, guide.data)) {
            inScopePairs++;
            expect(
              about.map((i) => i.code),
              `${a.entry.id} in ${guide.id} by ${how}`,
            ).toContain(expected(a, how));
          } else {
            expect(about, `${a.entry.id} in ${guide.id} by ${how}`).toEqual([]);
          }
        }
      }
    }
    expect(inScopePairs).toBeGreaterThan(0);
  });

  it('holds for every way of adding it, in any surrounding text', () => {
    fc.assert(
      fc.property(
        fc.nat(abolitions.length - 1),
        fc.nat(guides.length - 1),
        fc.nat(5),
        fc.constantFrom(...BEFORE),
        fc.constantFrom(...AFTER),
        (ai, gi, wi, before, after) => {
          const a = defined(abolitions[ai]);
          const guide = defined(guides[gi]);
          const ways = waysFor(a);
          const how = defined(ways[wi % ways.length]);
          const modified = add(guide, a, how, { before, after });
          const codes = issuesFor(modified.guide, modified.catalogue)
            .filter((i) => i.message.includes(defined(a.entry.file)))
            .map((i) => i.code);
          if (inScope(a, guide.data)) expect(codes).toContain(expected(a, how));
          else expect(codes).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('accepts the name inside a negation clause, in scope', () => {
    const a = defined(abolitions.find((x) => x.inForce));
    const guide = defined(guides.find((g) => inScope(a, g.data)));
    for (const before of ['无需提交', '不再需要', '免于提交', '申请人不需要提供']) {
      const modified = add(guide, a, 'condition', { before, after: '' });
      expect(
        issuesFor(modified.guide, modified.catalogue).filter((i) =>
          i.message.includes(defined(a.entry.file)),
        ),
      ).toEqual([]);
    }
  });
});
