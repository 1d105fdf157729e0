// The JavaScript heap a shard's Astro step may use. V8's default limit is a share of the
// machine's memory (about 4 GB on a 24 GB machine, less on a small runner), and below it V8 lets
// garbage pile up: the site shard at 100,000 guides keeps well under 1 GB live but grew to
// 2.2 GB resident with the default, and stayed at 1.7 GB with a 1,024 MB limit, in about the same
// time (docs/scale.md). A shard build therefore runs Astro with a fixed limit, so its peak is the
// same on every runner; a whole build keeps V8's default.
import { z } from 'zod';

/** The limit a shard's Astro step gets unless told otherwise, in MB. */
export const SHARD_HEAP_MB = 1200;

/** Sets another limit for shard builds, in MB (e.g. for a catalogue far past 100,000 guides). */
export const SHARD_HEAP_ENV = 'TONGYUAN_SHARD_HEAP_MB';

export class ShardHeapSettingError extends Error {
  override name = 'ShardHeapSettingError';
}

const heapSchema = z.coerce
  .number()
  .int()
  .min(256)
  .describe('分片构建时 Astro 可用的 JavaScript 堆上限（MB）');

/**
 * The Node options to add to a build's Astro process: a heap limit for a shard build, nothing
 * for a whole build or when NODE_OPTIONS already sets one (the runner's own choice wins).
 */
export function astroHeapOptions(env: NodeJS.ProcessEnv, sharded: boolean): string[] {
  if (!sharded || /--max-old-space-size\b/.test(env['NODE_OPTIONS'] ?? '')) return [];
  const value = env[SHARD_HEAP_ENV];
  if (value === undefined || value.trim() === '')
    return [`--max-old-space-size=${String(SHARD_HEAP_MB)}`];
  const parsed = heapSchema.safeParse(value.trim());
  if (!parsed.success) {
    throw new ShardHeapSettingError(
      `${SHARD_HEAP_ENV}=${JSON.stringify(value)} is not a heap size: expected a whole number of MB, at least 256, e.g. ${SHARD_HEAP_ENV}=2048 (or leave it unset for ${String(SHARD_HEAP_MB)}).`,
    );
  }
  return [`--max-old-space-size=${String(parsed.data)}`];
}

/**
 * What to tell the user when the Astro step ran out of heap (V8 aborts: SIGABRT, or status 134
 * through a shell), or undefined for any other failure.
 */
export function outOfHeapHint(
  exit: { readonly status: number | null; readonly signal: string | null },
  options: readonly string[],
): string | undefined {
  if (exit.signal !== 'SIGABRT' && exit.status !== 134) return undefined;
  const limit = options.find((o) => o.startsWith('--max-old-space-size='))?.split('=')[1];
  return limit === undefined
    ? undefined
    : `The Astro step of this shard build stopped at its JavaScript heap limit (${limit} MB). Give it more with ${SHARD_HEAP_ENV}=<MB> (e.g. ${String(Number(limit) * 2)}), or build in more shards (docs/scale.md).`;
}
