// Astro's view of the corpus. The schemas are the ones in src/lib/schemas, built with Astro's
// reference() so that `getEntry` can follow links; the validator uses the same factories with
// plain string ids. Guides are `.md` only: department guides are never MDX.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  abolishedSchemaWith,
  departmentSchema,
  guideSchemaWith,
  materialSchema,
  topicSchemaWith,
} from './lib/schemas/index.ts';
import type { CollectionName } from './lib/schemas/index.ts';

const astroRef = (collection: CollectionName) => reference(collection);

const yamlIn = (folder: string) => glob({ pattern: '*.yaml', base: `./src/content/${folder}` });

export const collections = {
  guides: defineCollection({
    loader: glob({ pattern: '**/*.md', base: './src/content/guides' }),
    schema: guideSchemaWith(astroRef),
  }),
  departments: defineCollection({ loader: yamlIn('departments'), schema: departmentSchema }),
  materials: defineCollection({ loader: yamlIn('materials'), schema: materialSchema }),
  abolished: defineCollection({
    loader: yamlIn('abolished'),
    schema: abolishedSchemaWith(astroRef),
  }),
  topics: defineCollection({ loader: yamlIn('topics'), schema: topicSchemaWith(astroRef) }),
};
