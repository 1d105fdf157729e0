// Assembles the site from the outputs of the shard builds and refuses a merge that would hide a
// mistake: a shard missing or given twice, two shards writing different bytes to one path, a
// guide rendered by two shards, or hashed assets (`_astro/`) that differ between shards (the
// shards were built from different commits or configurations).
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { guideIdOfPagePath } from './assign.ts';
import { SHARD_MANIFEST, shardManifestSchema } from './manifest.ts';
import type { ShardManifest } from './manifest.ts';

export interface ShardOutput {
  readonly dir: string;
  readonly manifest: ShardManifest;
  /** Site-relative paths with `/`, sorted; the manifest and precompressed siblings left out. */
  readonly files: readonly string[];
}

export type MergeProblem =
  | { readonly kind: 'manifest'; readonly dir: string; readonly message: string }
  | {
      readonly kind: 'shard-count';
      readonly dir: string;
      readonly total: number;
      readonly expected: number;
    }
  | { readonly kind: 'shard-twice'; readonly index: number; readonly dirs: readonly string[] }
  | { readonly kind: 'shard-missing'; readonly index: number; readonly total: number }
  | { readonly kind: 'guide-twice'; readonly guide: string; readonly shards: readonly number[] }
  | { readonly kind: 'bytes-differ'; readonly path: string; readonly shards: readonly number[] }
  | {
      readonly kind: 'asset-missing';
      readonly path: string;
      readonly missingIn: readonly number[];
    };

/**
 * Precompressed siblings (`x.html.gz`, `x.html.br`) are derived from the files beside them and
 * are left out of the merge: compress the merged site once instead (docs/scale.md).
 */
export const isPrecompressed = (path: string): boolean =>
  /\.(?:gz|br)$/.test(path) && !path.startsWith('pagefind');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file !== SHARD_MANIFEST && !isPrecompressed(file))
    .sort();
}

/** Reads one shard build's output; a missing or invalid manifest is a problem, not a crash. */
export function readShardOutput(dir: string): ShardOutput | MergeProblem {
  const file = join(dir, SHARD_MANIFEST);
  if (!existsSync(file)) {
    return {
      kind: 'manifest',
      dir,
      message: `${file} is missing: is ${dir} the output of \`TONGYUAN_SHARD=K/N npm run build\`?`,
    };
  }
  const parsed = shardManifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    return { kind: 'manifest', dir, message: `${file}: ${parsed.error.message}` };
  return { dir, manifest: parsed.data, files: listFiles(dir) };
}

/** `guides/a/b/index.html`, `guides/a/b/notice/index.html` → `a/b`. */
const guideOfFile = (path: string): string | undefined =>
  guideIdOfPagePath(`/${path.replace(/index\.html$/, '')}`);

export interface MergePlan {
  /** Site path → the shard folder its file is taken from. */
  readonly sources: ReadonlyMap<string, string>;
  readonly problems: readonly MergeProblem[];
}

export function planMerge(shards: readonly ShardOutput[]): MergePlan {
  const problems: MergeProblem[] = [];
  const total = shards[0]?.manifest.shard.total ?? 0;
  const byIndex = new Map<number, string[]>();
  for (const shard of shards) {
    const { index, total: own } = shard.manifest.shard;
    if (own !== total)
      problems.push({ kind: 'shard-count', dir: shard.dir, total: own, expected: total });
    byIndex.set(index, [...(byIndex.get(index) ?? []), shard.dir]);
  }
  for (const [index, dirs] of byIndex)
    if (dirs.length > 1) problems.push({ kind: 'shard-twice', index, dirs });
  for (let index = 1; index <= total; index++) {
    if (!byIndex.has(index)) problems.push({ kind: 'shard-missing', index, total });
  }

  const guideShards = new Map<string, number[]>();
  for (const shard of shards) {
    for (const guide of shard.manifest.guides) {
      guideShards.set(guide, [...(guideShards.get(guide) ?? []), shard.manifest.shard.index]);
    }
  }
  for (const [guide, owners] of guideShards) {
    if (owners.length > 1) problems.push({ kind: 'guide-twice', guide, shards: owners });
  }

  const sources = new Map<string, string>();
  const holders = new Map<string, ShardOutput[]>();
  for (const shard of shards) {
    for (const path of shard.files) holders.set(path, [...(holders.get(path) ?? []), shard]);
  }
  for (const [path, list] of holders) {
    const first = list[0];
    if (!first) continue;
    sources.set(path, first.dir);
    if (list.length === 1) continue;
    const guide = guideOfFile(path);
    // A guide's pages come from its own shard only: the same page twice is a sharding error even
    // when the bytes agree (the manifests report it as guide-twice).
    if (guide !== undefined && guideShards.has(guide)) continue;
    const bytes = readFileSync(join(first.dir, path));
    const differ = list
      .slice(1)
      .filter((shard) => !bytes.equals(readFileSync(join(shard.dir, path))));
    if (differ.length > 0) {
      problems.push({
        kind: 'bytes-differ',
        path,
        shards: [first, ...differ].map((shard) => shard.manifest.shard.index),
      });
    }
  }

  // Every shard runs the same client build, so each must hold the same hashed assets.
  const assets = [...holders.keys()].filter((path) => path.startsWith('_astro/'));
  for (const path of assets) {
    const have = new Set((holders.get(path) ?? []).map((shard) => shard.manifest.shard.index));
    const missingIn = shards
      .map((shard) => shard.manifest.shard.index)
      .filter((index) => !have.has(index));
    if (missingIn.length > 0) problems.push({ kind: 'asset-missing', path, missingIn });
  }
  return { sources, problems };
}

/** One line per problem, in English for CI logs. */
export function formatMergeProblem(problem: MergeProblem): string {
  switch (problem.kind) {
    case 'manifest':
      return `${problem.dir}: ${problem.message}`;
    case 'shard-count':
      return `${problem.dir} was built as one of ${String(problem.total)} shards, the others as one of ${String(problem.expected)}: build every shard with the same N.`;
    case 'shard-twice':
      return `shard ${String(problem.index)} is given twice (${problem.dirs.join(', ')}): pass each shard's output once.`;
    case 'shard-missing':
      return `shard ${String(problem.index)} of ${String(problem.total)} is missing: its guides would be lost; download every shard's output before merging.`;
    case 'guide-twice':
      return `guide ${problem.guide} was rendered by shards ${problem.shards.join(' and ')}: the shard builds disagree on the assignment (built from different commits?).`;
    case 'bytes-differ':
      return `${problem.path} differs between shards ${problem.shards.join(', ')}: every shard must write the same bytes to a shared path (same commit, same TONGYUAN_* settings, same build date).`;
    case 'asset-missing':
      return `hashed asset ${problem.path} is missing from shard(s) ${problem.missingIn.join(', ')}: the shards' client builds differ (different commits or configurations).`;
  }
}

/**
 * Writes the merged site into `outDir` (emptied first). Files are hard-linked where the file
 * system allows it (fast, no second copy of a province's pages) and copied otherwise.
 */
export function writeMerge(plan: MergePlan, outDir: string): number {
  rmSync(outDir, { recursive: true, force: true });
  const made = new Set<string>();
  for (const [path, from] of plan.sources) {
    const target = join(outDir, path);
    const parent = dirname(target);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    try {
      linkSync(join(from, path), target);
    } catch {
      copyFileSync(join(from, path), target);
    }
  }
  return plan.sources.size;
}
