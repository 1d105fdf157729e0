// The build invariant over the real build: the CLI prints the equation of counts and exits 0.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkInvariants, formatReport } from '../../src/lib/invariants/counts.ts';
import { readDepartmentIds, readGuideSources, readViews } from '../../src/lib/invariants/read.ts';
import { DIST } from '../helpers/serve.ts';

const sources = readGuideSources('src/content');
const report = checkInvariants(sources, await readViews(DIST, readDepartmentIds('src/content')));

describe('build invariants on the built site', () => {
  it('publishes every 在用 guide exactly once in every view, and nothing else', () => {
    expect(report.problems, formatReport(report)).toEqual([]);
    expect(report.published).toBeGreaterThan(0);
    expect(report.counts).toEqual({
      pages: report.published,
      pagefind: report.published,
      json: report.published,
      csv: report.published,
      xlsx: report.published,
    });
  });

  it('counts the excluded guides by status', () => {
    const excluded = sources.filter((guide) => guide.status !== '在用').length;
    expect(Object.values(report.excluded).reduce((a, b) => a + b, 0)).toBe(excluded);
  });

  it('the CLI prints the same equation and exits 0', () => {
    const run = spawnSync(process.execPath, ['scripts/invariants.ts', '--dist', DIST], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(
      `${report.published} published guide sources = ${report.published} guide pages`,
    );
    expect(run.status).toBe(0);
  });
});
