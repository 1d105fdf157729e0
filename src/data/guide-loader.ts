// The loader of the `guides` collection. `astro build` — whole or a shard — keeps no guide in
// Astro's content store: every page reads the plain Corpus (src/data/corpus.ts, the validator's
// loader) and a guide page renders its body itself (src/data/markdown.ts, with the processor and
// options Astro uses, byte for byte). The store held each guide's data, body and rendered HTML,
// and for the build Astro turns the whole store into one JavaScript module that Vite parses: at
// 10,000 guides a 42 MB data-store.json, 13 s of content sync, and the build's memory peak
// (1.3 GB of heap, 2.2 GB resident) while Vite read it; at 100,000 guides ten times that.
// `astro dev` and `astro sync` (and so `astro check`) load the guides with Astro's own glob loader
// unchanged: the editors' content intellisense in VS Code maps each guide file to its schema
// through the store's entries.
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';

/** Set by src/integrations/astro-command.ts from Astro's `astro:config:setup`. */
export const ASTRO_COMMAND_ENV = 'TONGYUAN_ASTRO_COMMAND';

/** Whether this process runs `astro build` (then guides stay out of the store). */
export const isAstroBuild = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env[ASTRO_COMMAND_ENV] === 'build';

export function guidesLoader(build: boolean): Loader {
  const files = glob({ pattern: '**/*.md', base: './src/content/guides' });
  if (!build) return files;
  return {
    name: 'tongyuan:no-guides-in-the-build-store',
    // The store persists between runs (a dev server's entries): empty it, load nothing.
    load: async ({ store }) => {
      store.clear();
      await Promise.resolve();
    },
  };
}

/** The meta key under which a collection records the kind of run its entries were parsed for. */
const RUN_KIND = 'tongyuan:run-kind';

/**
 * A loader whose entries differ between a build and `astro dev` (a life event's links to guides
 * are references where guides are in the store, plain ids where they are not). Astro keeps the
 * store between runs and glob() reuses an entry whose file is unchanged, so entries parsed for
 * the other kind of run are dropped first.
 */
export function forRunKind(build: boolean, loader: Loader): Loader {
  const kind = build ? 'build' : 'dev';
  return {
    ...loader,
    load: async (context) => {
      if (context.meta.get(RUN_KIND) !== kind) {
        context.store.clear();
        context.meta.set(RUN_KIND, kind);
      }
      await loader.load(context);
    },
  };
}
