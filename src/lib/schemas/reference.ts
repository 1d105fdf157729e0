// The same schemas serve Astro's collections, where a reference is Astro's `reference()`, and
// plain Node scripts, where it is the id string checked later against the loaded ids. A schema
// factory takes the reference schema as a parameter so both share one definition.
import { z } from 'zod';
import { id } from './common.ts';

export type CollectionName = 'guides' | 'departments' | 'materials' | 'abolished' | 'topics';

/** Astro's reference() yields `{ collection, id }`; plain parsing keeps the string. */
export type Ref = string | { readonly id: string };

export type RefFactory<R extends Ref = Ref> = (collection: CollectionName) => z.ZodType<R>;

/** Guide ids are paths (`civil-affairs/marriage-registration`); other ids are plain. */
const guideId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: '办事指南编号应为“部门/文件名”，例如 civil-affairs/marriage-registration',
  })
  .describe('办事指南编号：guides/ 下的路径，不含 .md');

/** For Node scripts and tests: references stay strings and are resolved by the validator. */
export const plainRef: RefFactory<string> = (collection) =>
  collection === 'guides' ? guideId : id;

export const refId = (ref: Ref): string => (typeof ref === 'string' ? ref : ref.id);
