// The GitHub workflow cannot run here, so this pins what it must do: mirror .ci/run, validate
// with annotations before the full suite, and pin every action by commit.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../..');
const workflowText = readFileSync(resolve(root, '.github/workflows/guides.yml'), 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  env: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { container?: string; steps: Step[] }>;
}
const workflow = parse(workflowText) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

/** Every shell line the workflow runs, trimmed. */
const workflowCommands = steps.flatMap((step) =>
  (step.run ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean),
);

const ciScript = readFileSync(resolve(root, '.ci/run'), 'utf8');

/** The commands .ci/run executes (not its echo/export/control lines, nor package installs). */
const ciCommands = ciScript
  .split('\n')
  .map((line) => line.replace(/#.*$/, '').trim())
  .filter((line) => /^(apt-get|npm|npx|node|node_modules\/\.bin\/\S+|chromium)\s/.test(line))
  .filter((line) => !line.startsWith('apt-get install'));

/** Debian packages .ci/run installs: collected in `missing+=(…)` or named on an apt-get line. */
const ciPackages = [
  ...[...ciScript.matchAll(/missing\+=\(([^)]*)\)/g)].flatMap((match) =>
    (match[1] ?? '').split(/\s+/),
  ),
  ...ciScript
    .split('\n')
    .filter((line) => line.trim().startsWith('apt-get install'))
    .flatMap((line) => line.trim().split(/\s+/).slice(2)),
].filter((word) => /^[a-z0-9][a-z0-9.+-]+$/.test(word));

const workflowPackages = workflowCommands
  .filter((line) => line.startsWith('apt-get install'))
  .flatMap((line) => line.split(/\s+/).slice(2))
  .filter((word) => /^[a-z0-9][a-z0-9.+-]+$/.test(word));

const indexOfRun = (pattern: RegExp) => steps.findIndex((step) => pattern.test(step.run ?? ''));

describe('.github/workflows/guides.yml', () => {
  it('runs on pull requests with read-only permissions', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('runs every command of .ci/run', () => {
    // .ci/run must still contain the commands this test knows it has.
    expect(ciCommands).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm test']));
    for (const command of ciCommands) expect(workflowCommands).toContain(command);
  });

  it('installs every Debian package .ci/run installs', () => {
    expect(ciPackages).toContain('chromium');
    expect(workflowPackages).toEqual(expect.arrayContaining(ciPackages));
  });

  it('disables Astro telemetry and sets CI, as .ci/run does', () => {
    expect(String(workflow.env.ASTRO_TELEMETRY_DISABLED)).toBe('1');
    expect(String(workflow.env.CI)).toBe('true');
  });

  it('uses Debian, so apt installs the same Chromium as on the CI machine', () => {
    expect(Object.values(workflow.jobs).map((job) => job.container)).toEqual(['debian:bookworm']);
  });

  it('installs the Node version of .nvmrc', () => {
    const setup = steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.['node-version-file']).toBe('.nvmrc');
    expect(existsSync(resolve(root, '.nvmrc'))).toBe(true);
  });

  it('validates with GitHub annotations after npm ci and before the full suite', () => {
    const install = indexOfRun(/^npm ci\b/m);
    const validate = indexOfRun(/^npm run validate -- --format github$/m);
    const test = indexOfRun(/^npm test$/m);
    expect(install).toBeGreaterThanOrEqual(0);
    expect(validate).toBeGreaterThan(install);
    expect(test).toBeGreaterThan(validate);
  });

  it('restores the Astro cache after npm ci (which would delete it)', () => {
    const cache = steps.findIndex((step) => step.uses?.startsWith('actions/cache@'));
    expect(steps[cache]?.with?.path).toBe('node_modules/.astro');
    expect(cache).toBeGreaterThan(indexOfRun(/^npm ci\b/m));
  });

  it('pins every action to a full commit id with its version in a comment', () => {
    const uses = workflowText.split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
    expect(uses.length).toBe(steps.filter((step) => step.uses).length);
    for (const line of uses)
      expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it('writes the change summary for citizens with the diff command', () => {
    expect(workflowCommands).toContain(
      'npm run --silent diff -- HEAD^1 HEAD >> "$GITHUB_STEP_SUMMARY"',
    );
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(2);
  });
});

describe('the annotations of the validate step', () => {
  const fixture = 'tests/pr-loop/fixtures/new-guide/src/content';
  const broken = `${fixture}/guides/civil-affairs/marriage-certificate-reissue.md`;

  it('point GitHub at the offending line and column of a failing guide', () => {
    const result = spawnSync(
      process.execPath,
      [
        resolve(root, 'scripts/validate.ts'),
        '--format',
        'github',
        '--root',
        fixture,
        '--date',
        '2026-11-25',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    const annotation = result.stdout.split('\n').find((line) => line.startsWith('::error '));
    expect(annotation).toBe(
      `::error file=${broken},line=32,col=9,title=TY004 字段不符合格式要求::字段 visits（到办事现场次数）应为数字，实际写的是文字“很多”。请去掉引号和单位，只写数字。`,
    );
    const line = readFileSync(resolve(root, broken), 'utf8').split('\n')[31];
    expect(line?.slice(8)).toBe('很多');
  });
});
