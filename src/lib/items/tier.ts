// When the site has a first search tier of service items (docs/scale.md, "Service items"). It
// depends on the size of the published catalogue only — never on whether the build is sharded,
// so a catalogue builds the same site whole or in shards.
import { z } from 'zod';

/**
 * Published guides from which the tier is on. A whole 10,000-guide build meets its first-query
 * target (300 KB, docs/benchmarks.md) with one bundle; 20,000 guides in 4 shards needed 657 KB
 * (docs/scale.md) — Pagefind's metadata alone grows by about 11 B a guide, and each bundle adds
 * its index chunks. So the tier is on from twice the size that is known to be fine without it.
 */
export const ITEMS_TIER_MIN_GUIDES = 20_000;

/** Overrides ITEMS_TIER_MIN_GUIDES (tests build the sample with the tier on: `=1`). */
export const ITEMS_TIER_ENV = 'TONGYUAN_ITEMS_TIER_MIN';

/** The Pagefind bundle of the item pages, beside the guides' `pagefind/`, `pagefind-K/`. */
export const ITEMS_BUNDLE_DIR = 'pagefind-items';

export class ItemsTierSettingError extends Error {
  override name = 'ItemsTierSettingError';
}

const minSchema = z.coerce
  .number()
  .int()
  .min(1)
  .describe('从多少项已发布的办事指南起生成“事项”搜索层');

/** The bound in force: ITEMS_TIER_MIN_GUIDES, or the environment's override. */
export function itemsTierMin(env: NodeJS.ProcessEnv = process.env): number {
  const value = env[ITEMS_TIER_ENV];
  if (value === undefined || value.trim() === '') return ITEMS_TIER_MIN_GUIDES;
  const parsed = minSchema.safeParse(value.trim());
  if (!parsed.success) {
    throw new ItemsTierSettingError(
      `${ITEMS_TIER_ENV}=${JSON.stringify(value)} is not a number of guides: expected a whole number ≥ 1, e.g. ${ITEMS_TIER_ENV}=20000 (or leave it unset for ${String(ITEMS_TIER_MIN_GUIDES)}).`,
    );
  }
  return parsed.data;
}

/** Whether a catalogue of `published` guides gets the item tier. */
export const itemsTierOn = (published: number, min: number = itemsTierMin()): boolean =>
  published >= min;

/** An item's page: `/items/<slug>/`. */
export const itemUrl = (slug: string): string => `/items/${slug}/`;
