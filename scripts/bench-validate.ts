// `npm run bench:validate [-- --sizes 1000,10000 --runs 5]`: generates seeded synthetic corpora
// (realistic Chinese guides, ~3.7 KB and ~8 materials each, with matching departments, catalogue,
// abolitions and topics) in a temp folder and times `node scripts/validate.ts` end to end. Also
// times a bare read-and-parse of the same frontmatter, so figures taken on a busy machine can
// still be compared, and what the build pays to reuse a stored result instead (cache look-up,
// src/lib/validate/cache.ts). Target: the validator ≤ 1.5× the bare read + parse.
import { spawnSync } from 'node:child_process';
import { loadavg, tmpdir, availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, writeCorpus } from '../src/lib/synthetic/generate.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '5' },
    faults: { type: 'string', default: '0.01' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const node = process.execPath;
const base = join(tmpdir(), 'tongyuan-bench');
const DATE = '2026-11-25';

const BARE = `
import { readdirSync, readFileSync } from 'node:fs';
import jsyaml from 'js-yaml';
const dir = process.argv[1];
for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!e.isFile()) continue;
  const text = readFileSync(e.parentPath + '/' + e.name, 'utf8');
  jsyaml.load(text.slice(4, text.indexOf('\\n---', 4)));
}`;

function time(args: string[], expectExit: number): { ms: number; stdout: string } {
  const start = performance.now();
  const child = spawnSync(node, args, {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = performance.now() - start;
  if (child.status !== expectExit) {
    throw new Error(
      `${args.join(' ')} exited ${child.status}, expected ${expectExit}\n${child.stderr}`,
    );
  }
  return { ms, stdout: child.stdout };
}

const median = (list: number[]) =>
  [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? Number.NaN;
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

console.log(
  `同源 validator benchmark — ${runs} runs each, median (min); ${availableParallelism()} cores; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const rows: string[][] = [
  [
    'corpus',
    'bare parse',
    'validate (2 threads from 2,000)',
    'validate (1 thread)',
    'cache look-up',
    'findings',
  ],
];
for (const size of sizes) {
  for (const faults of [0, Number(values.faults)]) {
    if (faults > 0 && size !== sizes.at(-1)) continue;
    const dir = join(base, `${size}${faults ? '-faults' : ''}`);
    writeCorpus(dir, generateCorpus({ guides: size, seed: 20261125, faults }));
    const validate = (threads: string) => [
      join(import.meta.dirname, 'validate.ts'),
      '--root',
      dir,
      '--date',
      DATE,
      '--format',
      'json',
      '--threads',
      threads,
    ];
    const auto = size >= 2000 ? String(Math.min(2, availableParallelism())) : '1';
    const exit = faults ? 1 : 0;
    time(validate(auto), exit); // warm the file cache
    const cacheFile = join(dir, '..', `${size}${faults ? '-faults' : ''}-validate-cache.json`);
    const lookupScript = join(import.meta.dirname, 'bench', 'cache-lookup.ts');
    time([lookupScript, dir, cacheFile, '--store'], 0);
    const bare: number[] = [];
    const many: number[] = [];
    const one: number[] = [];
    const reuse: number[] = [];
    let findings = 0;
    for (let i = 0; i < runs; i++) {
      bare.push(time(['--input-type=module', '-e', BARE, join(dir, 'guides')], 0).ms);
      const run = time(validate(auto), exit);
      many.push(run.ms);
      findings = (JSON.parse(run.stdout) as unknown[]).length;
      one.push(time(validate('1'), exit).ms);
      reuse.push(time([lookupScript, dir, cacheFile], 0).ms);
    }
    const label = `${size.toLocaleString('en')} guides${faults ? ` (${faults * 100}% faulty)` : ''}`;
    rows.push([
      label,
      `${fmt(median(bare))} (${fmt(Math.min(...bare))})`,
      `${fmt(median(many))} (${fmt(Math.min(...many))})`,
      `${fmt(median(one))} (${fmt(Math.min(...one))})`,
      `${fmt(median(reuse))} (${fmt(Math.min(...reuse))})`,
      String(findings),
    ]);
  }
}
const widths = rows.reduce<number[]>(
  (w, row) => row.map((cell, c) => Math.max(w[c] ?? 0, cell.length)),
  [],
);
for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
console.log(
  `load average after: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; corpora kept in ${base}`,
);
