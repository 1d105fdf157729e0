// Astro's view of the corpus. The schemas are the ones in src/lib/schemas, built with Astro's
// reference() so that `getEntry` can follow links; the validator uses the same factories with
// plain string ids. Guides are `.md` only: department guides are never MDX. `astro build` keeps
// no guide in the store (src/data/guide-loader.ts says why); the catalogue is whole in every run.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { forRunKind, guidesLoader, isAstroBuild } from './data/guide-loader.ts';
import {
  abolishedSchemaWith,
  departmentSchema,
  guideSchemaWith,
  materialSchema,
  topicSchemaWith,
} from './lib/schemas/index.ts';
import { plainRef } from './lib/schemas/reference.ts';
import type { RefFactory } from './lib/schemas/reference.ts';

const build = isAstroBuild();

// Without guides in the store (a build), a life event's links to guides stay plain ids (Astro
// would log every one as dangling); the validator checks them against the catalogue in every run.
const astroRef: RefFactory = (collection) =>
  build && collection === 'guides' ? plainRef(collection) : reference(collection);

const yamlIn = (folder: string) => glob({ pattern: '*.yaml', base: `./src/content/${folder}` });

export const collections = {
  guides: defineCollection({
    loader: guidesLoader(build),
    schema: guideSchemaWith(astroRef),
  }),
  departments: defineCollection({ loader: yamlIn('departments'), schema: departmentSchema }),
  materials: defineCollection({ loader: yamlIn('materials'), schema: materialSchema }),
  abolished: defineCollection({
    loader: yamlIn('abolished'),
    schema: abolishedSchemaWith(astroRef),
  }),
  topics: defineCollection({
    loader: forRunKind(build, yamlIn('topics')),
    schema: topicSchemaWith(astroRef),
  }),
};
