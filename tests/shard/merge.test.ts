// The merge of shard outputs, over small fixture trees (one folder per scenario): what it
// assembles and each mistake it refuses, with the message CI prints.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  formatMergeProblem,
  planMerge,
  readShardOutput,
  writeMerge,
} from '../../src/lib/shard/merge.ts';
import type { MergeProblem, ShardOutput } from '../../src/lib/shard/merge.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const shard = (scenario: string, k: number) => join(fixtures, scenario, `dist-shard-${String(k)}`);

function outputs(dirs: readonly string[]): ShardOutput[] {
  return dirs.map((dir) => {
    const read = readShardOutput(dir);
    if ('kind' in read) throw new Error(formatMergeProblem(read));
    return read;
  });
}

const messages = (problems: readonly MergeProblem[]) => problems.map(formatMergeProblem);
const out = mkdtempSync(join(tmpdir(), 'tongyuan-merge-'));
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe('merging shard outputs', () => {
  it('assembles every file once and leaves out the manifests and precompressed siblings', () => {
    const plan = planMerge(outputs([shard('complete', 1), shard('complete', 2)]));
    expect(plan.problems).toEqual([]);
    const site = join(out, 'complete');
    expect(writeMerge(plan, site)).toBe(9);
    const files = readdirSync(site, { recursive: true, encoding: 'utf8' })
      .filter((file) => statSync(join(site, file)).isFile())
      .sort();
    expect(files).toEqual([
      '_astro/app.abc123.js',
      'data/search-index.json',
      'guides/a/x/index.html',
      'guides/a/x/notice/index.html',
      'guides/a/y/index.html',
      'guides/a/y/notice/index.html',
      'index.html',
      'pagefind-2/pagefind.js',
      'pagefind/pagefind.js',
    ]);
    expect(readFileSync(join(site, 'guides/a/y/index.html'), 'utf8')).toBe('<h1>y</h1>');
    expect(existsSync(join(site, 'index.html.gz'))).toBe(false);
    expect(existsSync(join(site, '.tongyuan-shard.json'))).toBe(false);
  });

  it('refuses two shards writing different bytes to one path', () => {
    const plan = planMerge(outputs([shard('bytes-differ', 1), shard('bytes-differ', 2)]));
    expect(messages(plan.problems)).toEqual([
      'data/search-index.json differs between shards 1, 2: every shard must write the same bytes to a shared path (same commit, same TONGYUAN_* settings, same build date).',
    ]);
  });

  it('refuses a guide rendered by two shards, even with the same bytes', () => {
    const plan = planMerge(outputs([shard('guide-twice', 1), shard('guide-twice', 2)]));
    expect(messages(plan.problems)).toEqual([
      'guide a/x was rendered by shards 1 and 2: the shard builds disagree on the assignment (built from different commits?).',
    ]);
  });

  it('refuses shards whose hashed assets differ', () => {
    const plan = planMerge(outputs([shard('asset-missing', 1), shard('asset-missing', 2)]));
    expect(messages(plan.problems)).toEqual([
      "hashed asset _astro/app.abc123.js is missing from shard(s) 2: the shards' client builds differ (different commits or configurations).",
      "hashed asset _astro/app.def456.js is missing from shard(s) 1: the shards' client builds differ (different commits or configurations).",
    ]);
  });

  it('refuses a missing shard and a shard given twice', () => {
    expect(messages(planMerge(outputs([shard('complete', 1)])).problems)).toEqual([
      "shard 2 of 2 is missing: its guides would be lost; download every shard's output before merging.",
    ]);
    const twice = planMerge(
      outputs([shard('complete', 1), shard('complete', 1), shard('complete', 2)]),
    );
    expect(messages(twice.problems)).toContain(
      `shard 1 is given twice (${shard('complete', 1)}, ${shard('complete', 1)}): pass each shard's output once.`,
    );
  });

  it('reports a folder that is not a shard build', () => {
    const dir = join(fixtures, 'no-manifest', 'not-a-shard');
    const read = readShardOutput(dir);
    expect('kind' in read && formatMergeProblem(read)).toBe(
      `${dir}: ${join(dir, '.tongyuan-shard.json')} is missing: is ${dir} the output of \`TONGYUAN_SHARD=K/N npm run build\`?`,
    );
  });
});
