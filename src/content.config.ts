// Astro's view of the corpus. The schemas are the ones in src/lib/schemas, built with Astro's
// reference() so that `getEntry` can follow links; the validator uses the same factories with
// plain string ids. Guides are `.md` only: department guides are never MDX. A shard build holds
// only the guides it renders (src/data/guide-loader.ts); the catalogue is whole in every build.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { forBuildKind, guidesLoader } from './data/guide-loader.ts';
import { currentShard } from './lib/shard/assign.ts';
import {
  abolishedSchemaWith,
  departmentSchema,
  guideSchemaWith,
  materialSchema,
  topicSchemaWith,
} from './lib/schemas/index.ts';
import { plainRef } from './lib/schemas/reference.ts';
import type { RefFactory } from './lib/schemas/reference.ts';

const shard = currentShard();

// A shard's guides collection holds only the guides it renders, so there a life event's links
// to guides stay plain ids (Astro would log every link to another shard's guide as dangling);
// the validator checks them against the whole catalogue in every build.
const astroRef: RefFactory = (collection) =>
  shard && collection === 'guides' ? plainRef(collection) : reference(collection);

const yamlIn = (folder: string) => glob({ pattern: '*.yaml', base: `./src/content/${folder}` });

export const collections = {
  guides: defineCollection({
    loader: guidesLoader(shard),
    schema: guideSchemaWith(astroRef),
  }),
  departments: defineCollection({ loader: yamlIn('departments'), schema: departmentSchema }),
  materials: defineCollection({ loader: yamlIn('materials'), schema: materialSchema }),
  abolished: defineCollection({
    loader: yamlIn('abolished'),
    schema: abolishedSchemaWith(astroRef),
  }),
  topics: defineCollection({
    loader: forBuildKind(shard, yamlIn('topics')),
    schema: topicSchemaWith(astroRef),
  }),
};
