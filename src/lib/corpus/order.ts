// The order of a Corpus's entries. Astro's data store keeps each collection sorted by id with
// localeCompare (astro/dist/content/data-store-writer.js), and the site's pages were built in
// that order while they read the corpus from getCollection; the sources' own order (paths,
// sorted by code unit: `x-form.yaml` before `x.yaml`) would reorder the lists that follow the
// catalogue's order, such as /data/search/materials.json.
import type { Corpus, Entry } from './model.ts';

const byIdOrder = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

const sortedMap = <T>(map: ReadonlyMap<string, Entry<T>>): Map<string, Entry<T>> =>
  new Map([...map.values()].sort(byIdOrder).map((entry) => [entry.id, entry]));

/** The corpus with every collection in Astro's order: by id, localeCompare. */
export function inIdOrder<G extends Entry<unknown>>(corpus: Corpus<G>): Corpus<G> {
  return {
    guides: [...corpus.guides].sort(byIdOrder),
    departments: sortedMap(corpus.departments),
    materials: sortedMap(corpus.materials),
    abolished: sortedMap(corpus.abolished),
    topics: sortedMap(corpus.topics),
  };
}
