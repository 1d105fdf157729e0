// Merges the outputs of the shard builds into one site and checks it (docs/scale.md):
//
//   npm run merge -- dist-shard-* [--out dist] [--content src/content]
//
// Fails (exit 1) when a shard is missing or given twice, when two shards wrote different bytes
// to one path, when a guide was rendered by two shards, when hashed assets differ between
// shards, or when the build invariants (sources = pages = search records = JSON rows = CSV rows)
// do not hold on the merged site. Then, as a whole build does, writes the nginx CSP include and
// the .gz/.br siblings of the merged site (docs/deploy.md), reusing those each shard compressed.
import { parseArgs } from 'node:util';
import { precompressOptionsFromEnv, writeDeployFiles } from '../src/lib/deploy/deploy-files.ts';
import { seedPrecompressCache } from '../src/lib/deploy/precompress.ts';
import { checkInvariants, formatReport } from '../src/lib/invariants/counts.ts';
import { readDepartmentIds, readGuideSources, readViews } from '../src/lib/invariants/read.ts';
import {
  formatMergeProblem,
  planMerge,
  readShardOutput,
  writeMerge,
} from '../src/lib/shard/merge.ts';
import type { MergeProblem, ShardOutput } from '../src/lib/shard/merge.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'dist' },
    content: { type: 'string', default: 'src/content' },
  },
});

function fail(lines: readonly string[]): void {
  for (const line of lines) {
    console.error(process.env['CI'] ? `::error title=Merge of shard builds::${line}` : `✗ ${line}`);
  }
  console.error(`Merge refused: ${String(lines.length)} problem${lines.length === 1 ? '' : 's'}.`);
  process.exitCode = 1;
}

const started = performance.now();
if (positionals.length === 0) {
  fail(['no shard outputs given: npm run merge -- dist-shard-1 dist-shard-2 …']);
} else {
  const read = positionals.map(readShardOutput);
  const unreadable = read.filter((item): item is MergeProblem => 'kind' in item);
  const shards = read.filter((item): item is ShardOutput => !('kind' in item));
  const plan = planMerge(shards);
  const problems = [...unreadable, ...plan.problems];
  if (problems.length > 0) {
    fail(problems.map(formatMergeProblem));
  } else {
    const files = writeMerge(plan, values.out);
    const report = checkInvariants(
      readGuideSources(values.content),
      await readViews(values.out, readDepartmentIds(values.content)),
    );
    console.log(formatReport(report));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (report.problems.length > 0) {
      fail([`the merged site in ${values.out}/ breaks the build invariants (above)`]);
    } else {
      // Each shard compressed its own files: their siblings become cache entries, so only what
      // no shard compressed (nothing, when all were built from this commit) is compressed here.
      const options = precompressOptionsFromEnv();
      for (const shard of shards) seedPrecompressCache(shard.dir, shard.files, options);
      const deploy = await writeDeployFiles(values.out, options);
      console.log(
        `Merged ${String(shards.length)} shards into ${values.out}/: ${String(files)} files in ${seconds} s; ${String(deploy.precompressed.files)} files precompressed (${String(deploy.precompressed.fromCache)} reused from the shards' or an earlier run), CSP include ${deploy.cspFile}.`,
      );
    }
  }
}
