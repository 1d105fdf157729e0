// Reproducible builds: the same commit built twice, in two copies at different paths with cold
// caches, gives byte-identical site trees — pages, hashed bundles, the Pagefind index, the feed,
// open data, the nginx CSP include and every .gz/.br sibling. Not compared: file times (nginx's
// ETag and Last-Modified come from them; they are the deploy's, not the build's).
//
// Known differences that cannot be avoided, none of which occurs within one day on one machine:
// - /abolished/ marks each abolition as in force or pending on the build date (src/pages/
//   abolished/index.astro): builds on either side of midnight (Asia/Shanghai) differ there.
// - The 更新记录 dates and feed items come from git committer dates: the same commit gives the
//   same dates, a shallow clone that cuts a file's history gives none (src/lib/git/last-commit.ts).
// - gzip's header names the OS that wrote it (byte 9, 3 = Unix): the same everywhere we build.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject, copyProject } from './project-copy.ts';

const ROOT = resolve(import.meta.dirname, '../..');

const tree = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .map((file) => file.split(sep).join('/'))
    .sort();

describe('two builds of the same commit', () => {
  let work: string;
  let first: string;
  let second: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'reproducible-'));
    // Side by side: each build is mostly one busy process, and the machine has two cores.
    await Promise.all(
      ['first', 'second'].map((name) => buildProject(copyProject(ROOT, join(work, name)))),
    );
    first = join(work, 'first', 'dist');
    second = join(work, 'second', 'dist');
  }, 600_000);
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('hold the same files', () => {
    const files = tree(first);
    expect(files.length).toBeGreaterThan(100);
    expect(tree(second)).toEqual(files);
    // The parts most likely to drift are there to be compared.
    expect(files).toContain('rss.xml');
    expect(files).toContain('.nginx/content-security-policy.conf');
    expect(files.some((file) => file.startsWith('pagefind/index/'))).toBe(true);
    expect(files.some((file) => file.endsWith('.html.br'))).toBe(true);
  });

  it('hold the same bytes in every file', () => {
    const differing = tree(first).filter(
      (file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))),
    );
    expect(differing).toEqual([]);
  });

  it('dated the guides from the commit, so the git dates were compared too', () => {
    expect(readFileSync(join(first, 'rss.xml'), 'utf8')).toContain('05 Jan 2026');
  });
});
