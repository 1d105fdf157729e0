// A shard's Astro step runs with a fixed heap limit (src/lib/shard/heap.ts, docs/scale.md), and
// running out of it is reported with what to do, not only V8's own abort.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SHARD_HEAP_MB, astroHeapOptions, outOfHeapHint } from '../../src/lib/shard/heap.ts';

describe('astroHeapOptions', () => {
  it('limits a shard build to SHARD_HEAP_MB, and leaves a whole build to V8', () => {
    expect(astroHeapOptions({}, true)).toEqual([`--max-old-space-size=${String(SHARD_HEAP_MB)}`]);
    expect(astroHeapOptions({}, false)).toEqual([]);
    expect(astroHeapOptions({ TONGYUAN_SHARD_HEAP_MB: '4096' }, false)).toEqual([]);
  });

  it('takes TONGYUAN_SHARD_HEAP_MB, and defers to a limit already in NODE_OPTIONS', () => {
    expect(astroHeapOptions({ TONGYUAN_SHARD_HEAP_MB: ' 2048 ' }, true)).toEqual([
      '--max-old-space-size=2048',
    ]);
    expect(
      astroHeapOptions(
        { NODE_OPTIONS: '--max-old-space-size=6000', TONGYUAN_SHARD_HEAP_MB: '2048' },
        true,
      ),
    ).toEqual([]);
  });

  it('refuses a setting that is not a whole number of MB, saying what it expects', () => {
    for (const value of ['lots', '1.5', '100']) {
      expect(() => astroHeapOptions({ TONGYUAN_SHARD_HEAP_MB: value }, true)).toThrow(
        `TONGYUAN_SHARD_HEAP_MB=${JSON.stringify(value)} is not a heap size: expected a whole number of MB, at least 256, e.g. TONGYUAN_SHARD_HEAP_MB=2048 (or leave it unset for 1200).`,
      );
    }
  });
});

describe('outOfHeapHint', () => {
  it('explains a process that V8 stopped at its heap limit', () => {
    const options = ['--max-old-space-size=32'];
    // A real abort at the limit, as Astro's would be.
    const run = spawnSync(process.execPath, [
      ...options,
      '-e',
      'const a = []; for (;;) a.push(new Array(1e5).fill(a.length));',
    ]);
    expect(outOfHeapHint(run, options)).toBe(
      'The Astro step of this shard build stopped at its JavaScript heap limit (32 MB). Give it more with TONGYUAN_SHARD_HEAP_MB=<MB> (e.g. 64), or build in more shards (docs/scale.md).',
    );
  });

  it('says nothing of other failures, or without a limit of ours', () => {
    expect(
      outOfHeapHint({ status: 1, signal: null }, ['--max-old-space-size=1200']),
    ).toBeUndefined();
    expect(outOfHeapHint({ status: null, signal: 'SIGABRT' }, [])).toBeUndefined();
  });
});
