// Plain (Node) versions of every collection schema: references are id strings, resolved by the
// validator against the loaded corpus. `src/content.config.ts` builds the Astro versions from
// the same factories with Astro's reference().
import './errors.ts';
import { abolishedSchemaWith } from './abolished.ts';
import { guideSchemaWith } from './guide.ts';
import { plainRef } from './reference.ts';
import { topicSchemaWith } from './topic.ts';

export { departmentSchema } from './department.ts';
export { materialSchema } from './material.ts';
export { locationSchema } from './location.ts';
export { centreSchema, siteSchema } from './site.ts';

export const guideSchema = guideSchemaWith(plainRef);
export const abolishedSchema = abolishedSchemaWith(plainRef);
export const topicSchema = topicSchemaWith(plainRef);

export type { Guide, GuideMaterial, Fee, ProcessStep } from './guide.ts';
export type { Abolished, AbolitionScope } from './abolished.ts';
export type { Topic } from './topic.ts';
export type { Department } from './department.ts';
export type { Material } from './material.ts';
export type { Location } from './location.ts';
export type { Centre, Editor, Site } from './site.ts';
export type { Ref, RefFactory, CollectionName } from './reference.ts';
export { refId, plainRef } from './reference.ts';
export { abolishedSchemaWith, guideSchemaWith, topicSchemaWith };
