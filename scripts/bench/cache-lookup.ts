// What a build pays to reuse `npm run validate`'s stored result (src/lib/validate/cache.ts): list,
// read and hash every content file and compare the key. `node scripts/bench/cache-lookup.ts
// <content root> <cache file> [--store]`: with --store it validates and stores first (not timed
// by the caller); without, it looks up and exits 0 on a hit, 1 on a miss.
import { lookup, validateContentCached } from '../../src/lib/validate/cache.ts';
import { parseDay } from '../../src/lib/validate/date.ts';
import type { ValidateOptions } from '../../src/lib/validate/engine.ts';

const [root, file, flag] = process.argv.slice(2);
const date = parseDay('2026-11-25');
if (root === undefined || file === undefined || date === undefined) {
  console.error('usage: node scripts/bench/cache-lookup.ts <content root> <cache file> [--store]');
  process.exit(2);
}
const options: ValidateOptions = { date, root, threads: 'auto' };
if (flag === '--store') await validateContentCached(options, { file, lookup: false });
else {
  const start = performance.now();
  const hit = lookup(options, file) !== undefined;
  console.log(`${hit ? 'hit' : 'miss'} in ${(performance.now() - start).toFixed(0)} ms`);
  process.exitCode = hit ? 0 : 1;
}
