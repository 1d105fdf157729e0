// The in-memory corpus every consumer shares: the validator builds it from files (with source
// positions), the site builds it from Astro's collections. Functions in src/lib take a Corpus,
// never an Astro entry, so the CLI, the build and the tests share one implementation.
import type { Abolished, Department, Guide, Material, Topic } from '../schemas/index.ts';

export interface Entry<T> {
  /** File name without extension; for guides, `<department>/<slug>`. */
  readonly id: string;
  readonly data: T;
  /** Path relative to the repository root, e.g. `src/content/guides/civil-affairs/x.md`. */
  readonly file?: string;
}

export interface GuideEntry extends Entry<Guide> {
  /** The Markdown body (free explanations and FAQ). */
  readonly body: string;
}

/**
 * The guides and the catalogue. `G` is what each guide is held as: whole (the default), or a
 * summary where a site shard holds guides it does not render (src/lib/corpus/summary.ts).
 */
export interface Corpus<G extends Entry<unknown> = GuideEntry> {
  readonly guides: readonly G[];
  readonly departments: ReadonlyMap<string, Entry<Department>>;
  readonly materials: ReadonlyMap<string, Entry<Material>>;
  readonly abolished: ReadonlyMap<string, Entry<Abolished>>;
  readonly topics: ReadonlyMap<string, Entry<Topic>>;
}

export const byId = <T>(entries: Iterable<Entry<T>>): Map<string, Entry<T>> =>
  new Map([...entries].map((entry) => [entry.id, entry]));
