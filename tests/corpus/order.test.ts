// The Corpus the pages render from is in Astro's data-store order (by id, localeCompare), so
// lists that follow the catalogue's order come out as they did from getCollection.
import { describe, expect, it } from 'vitest';
import { byId } from '../../src/lib/corpus/model.ts';
import type { Corpus, Entry, GuideEntry } from '../../src/lib/corpus/model.ts';
import { inIdOrder } from '../../src/lib/corpus/order.ts';

const entry = <T>(id: string, data: T): Entry<T> => ({ id, data });

describe('inIdOrder', () => {
  it('orders a prefix before its longer ids, unlike file names (`x-form.yaml` < `x.yaml`)', () => {
    const ids = ['birth-certificate-form', 'birth-certificate', 'agent-id'];
    const materials = byId(ids.map((id) => entry(id, {})));
    const guides = ['b/x-form', 'b/x', 'a/z'].map(
      (id) => ({ id, data: {}, body: '' }) as unknown as GuideEntry,
    );
    const corpus = {
      guides,
      departments: new Map(),
      materials,
      abolished: new Map(),
      topics: new Map(),
    } as unknown as Corpus;
    const ordered = inIdOrder(corpus);
    expect([...ordered.materials.keys()]).toEqual([
      'agent-id',
      'birth-certificate',
      'birth-certificate-form',
    ]);
    expect(ordered.guides.map((g) => g.id)).toEqual(['a/z', 'b/x', 'b/x-form']);
    // The input is left as it was.
    expect([...corpus.materials.keys()]).toEqual(ids);
  });
});
