// Dates of last change for 更新记录 and the feed: from git when there is history, and quietly
// nothing when there is not (a tarball, a new file, history cut off by a shallow clone).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastCommitDate, lastCommitDates } from '../../src/lib/git/last-commit.ts';
import { tempRepo } from './git-repo.ts';
import type { TempRepo } from './git-repo.ts';

const fixtures = resolve(import.meta.dirname, 'fixtures/diff');
const marriage = 'src/content/guides/civil-affairs/marriage-registration.md';
const divorce = 'src/content/guides/civil-affairs/divorce-registration.md';
const topic = 'src/content/topics/marriage.yaml';
const FIRST = new Date('2026-11-01T02:00:00Z');
const SECOND = new Date('2026-11-20T02:00:00Z');

let repo: TempRepo;
let scratch: string;
beforeAll(() => {
  repo = tempRepo();
  repo.commitTree(join(fixtures, 'base'), '基准', '2026-11-01T10:00:00+08:00');
  repo.commitTree(join(fixtures, 'head'), '修改', '2026-11-20T10:00:00+08:00');
  scratch = mkdtempSync(join(tmpdir(), 'tongyuan-no-git-'));
});
afterAll(() => {
  repo.remove();
  rmSync(scratch, { recursive: true, force: true });
});

describe('lastCommitDate', () => {
  it('is the date of the last commit that changed the file', () => {
    expect(lastCommitDate(marriage, repo.dir)).toEqual(SECOND);
    expect(lastCommitDate(topic, repo.dir)).toEqual(FIRST);
  });

  it('accepts an absolute path whatever the working directory', () => {
    expect(lastCommitDate(join(repo.dir, marriage), scratch)).toEqual(SECOND);
  });

  it('is undefined for a file never committed, a missing file, or a folder outside git', () => {
    writeFileSync(join(repo.dir, 'src/content/topics/draft.yaml'), 'title: 草稿\n');
    try {
      expect(lastCommitDate('src/content/topics/draft.yaml', repo.dir)).toBeUndefined();
    } finally {
      rmSync(join(repo.dir, 'src/content/topics/draft.yaml'));
    }
    expect(lastCommitDate(divorce, repo.dir)).toBeUndefined();
    writeFileSync(join(scratch, 'guide.md'), '---\n---\n');
    expect(lastCommitDate('guide.md', scratch)).toBeUndefined();
  });
});

describe('lastCommitDates', () => {
  it('dates every current committed file under a folder with one git call, keyed by path', () => {
    const dates = lastCommitDates('src/content/guides', repo.dir);
    expect(
      Object.fromEntries([...dates].map(([path, date]) => [path, date.toISOString()])),
    ).toEqual({
      'src/content/guides/civil-affairs/marriage-registration.md': SECOND.toISOString(),
      'src/content/guides/civil-affairs/minimum-living-allowance.md': SECOND.toISOString(),
      'src/content/guides/civil-affairs/senior-allowance.md': SECOND.toISOString(),
    });
  });

  it('is empty outside git (a tarball)', () => {
    expect(lastCommitDates('.', scratch).size).toBe(0);
  });

  it('leaves out files whose last change is hidden by a shallow clone', () => {
    const clone = mkdtempSync(join(tmpdir(), 'tongyuan-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone]);
      const dates = lastCommitDates('src/content', clone);
      // Only commit in the clone is the boundary: no date can be trusted.
      expect(dates.size).toBe(0);
      expect(lastCommitDate(topic, clone)).toBeUndefined();
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});
