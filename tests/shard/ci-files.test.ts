// The two CI engines cannot run here, so this pins what they must do: the GitHub matrix and the
// GitLab `parallel:` jobs run the same commands with the same shard count, the shard jobs hand
// their whole output (manifest included) to one merge job, and the README and docs/scale.md
// name those same commands.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');

const stepSchema = z.object({
  run: z.string().optional(),
  uses: z.string().optional(),
  env: z.record(z.string(), z.unknown()).optional(),
  with: z.record(z.string(), z.unknown()).optional(),
});
const github = z
  .object({
    jobs: z.object({
      shard: z.object({
        strategy: z.object({ matrix: z.object({ shard: z.array(z.number()) }) }),
        steps: z.array(stepSchema),
      }),
      merge: z.object({ needs: z.string(), steps: z.array(stepSchema) }),
    }),
  })
  .parse(parse(read('.github/workflows/publish.yml')));

const gitlabJob = z.object({
  stage: z.string(),
  parallel: z.number().optional(),
  needs: z.array(z.string()).optional(),
  script: z.array(z.string()),
  artifacts: z.object({ paths: z.array(z.string()) }),
});
const gitlab = z
  .object({
    default: z.object({ before_script: z.array(z.string()) }),
    shard: gitlabJob,
    merge: gitlabJob,
  })
  .parse(parse(read('.gitlab-ci.yml')));

/** The shard variable written as the docs write it: `TONGYUAN_SHARD=K/N`. */
const normalise = (command: string) =>
  command.replace('TONGYUAN_SHARD=${CI_NODE_INDEX}/${CI_NODE_TOTAL}', 'TONGYUAN_SHARD=K/N').trim();

/** A GitHub job's commands; a step's TONGYUAN_SHARD env is written before its command. */
function githubCommands(steps: z.infer<typeof stepSchema>[]): string[] {
  return steps.flatMap((step) => {
    if (!step.run) return [];
    const shard = step.env?.['TONGYUAN_SHARD'];
    const prefix =
      shard === '${{ matrix.shard }}/${{ strategy.job-total }}' ? 'TONGYUAN_SHARD=K/N ' : '';
    return step.run
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => `${prefix}${line}`);
  });
}

const commands = {
  github: {
    shard: githubCommands(github.jobs.shard.steps),
    merge: githubCommands(github.jobs.merge.steps),
  },
  gitlab: {
    shard: [...gitlab.default.before_script, ...gitlab.shard.script].map(normalise),
    merge: [...gitlab.default.before_script, ...gitlab.merge.script].map(normalise),
  },
};

describe('the CI files of sharded publishing', () => {
  it('run the same commands on GitHub and on GitLab', () => {
    expect(commands.github.shard).toEqual([
      'npm ci --no-audit --no-fund',
      'TONGYUAN_SHARD=K/N npm run build',
    ]);
    expect(commands.github.merge).toEqual([
      'npm ci --no-audit --no-fund',
      'npm run merge -- dist-shard-*',
    ]);
    expect(commands.gitlab).toEqual(commands.github);
  });

  it('use the same number of shards, counted from 1', () => {
    const shards = github.jobs.shard.strategy.matrix.shard;
    expect(shards).toEqual(Array.from({ length: shards.length }, (_, i) => i + 1));
    expect(gitlab.shard.parallel).toBe(shards.length);
  });

  it('hand every shard folder, manifest included, to one merge job', () => {
    const upload = github.jobs.shard.steps.find((s) =>
      s.uses?.startsWith('actions/upload-artifact@'),
    );
    expect(upload?.with).toMatchObject({
      name: 'dist-shard-${{ matrix.shard }}',
      path: 'dist-shard-${{ matrix.shard }}/',
      'include-hidden-files': true,
    });
    const download = github.jobs.merge.steps.find((s) =>
      s.uses?.startsWith('actions/download-artifact@'),
    );
    expect(download?.with).toMatchObject({ pattern: 'dist-shard-*', path: '.' });
    expect(github.jobs.merge.needs).toBe('shard');
    // The merged site keeps its nginx CSP include (.nginx/), a hidden folder.
    const published = github.jobs.merge.steps.find((s) =>
      s.uses?.startsWith('actions/upload-artifact@'),
    );
    expect(published?.with).toMatchObject({
      name: 'site',
      path: 'dist/',
      'include-hidden-files': true,
    });
    expect(gitlab.shard.artifacts.paths).toEqual(['dist-shard-*/']);
    expect(gitlab.merge.needs).toEqual(['shard']);
    expect(gitlab.merge.artifacts.paths).toEqual(['dist/']);
  });

  it('pin every GitHub action to a full commit id with its version in a comment', () => {
    const uses = read('.github/workflows/publish.yml')
      .split('\n')
      .filter((line) => /^\s*(-\s+)?uses:/.test(line));
    expect(uses.length).toBeGreaterThanOrEqual(4);
    for (const line of uses)
      expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it.each(['README.md', 'docs/scale.md'])('are the commands %s gives', (doc) => {
    const text = read(doc);
    for (const command of new Set([...commands.github.shard, ...commands.github.merge])) {
      if (command.startsWith('npm ci')) continue;
      expect(text).toContain(command);
    }
    if (doc === 'docs/scale.md') {
      expect(text).toContain('npm ci --no-audit --no-fund');
      expect(text).toContain('.github/workflows/publish.yml');
      expect(text).toContain('.gitlab-ci.yml');
    }
  });
});
