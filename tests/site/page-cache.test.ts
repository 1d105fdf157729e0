// Cache keys of the incremental build: the shared digest covers every content file but the
// guides, so a catalogue edit re-renders every guide page and a guide edit only its own.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { digestOf, pageCacheKey, sharedContentDigest } from '../../src/lib/site/page-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'page-cache-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function contentCopy(name: string): string {
  const dir = join(work, name);
  cpSync(join(import.meta.dirname, '..', '..', 'src', 'content'), dir, { recursive: true });
  return dir;
}

describe('sharedContentDigest', () => {
  const original = sharedContentDigest(contentCopy('original'));

  it('is the same for the same files', () => {
    expect(sharedContentDigest(contentCopy('same'))).toBe(original);
  });

  it('ignores guide files: editing a guide changes only that guide’s own key', () => {
    const dir = contentCopy('guide-edited');
    writeFileSync(join(dir, 'guides', 'civil-affairs', 'marriage-registration.md'), 'changed');
    expect(sharedContentDigest(dir)).toBe(original);
  });

  it.each([
    ['a department', 'departments/civil-affairs.yaml'],
    ['a material', 'materials/resident-id-card.yaml'],
    ['a new catalogue file', 'site.yaml'],
  ])('changes when %s changes', (_, file) => {
    const dir = contentCopy(file.replace(/\W/g, '-'));
    writeFileSync(join(dir, file), 'name: 改\n', { flag: 'a' });
    expect(sharedContentDigest(dir)).not.toBe(original);
  });
});

describe('pageCacheKey and digestOf', () => {
  it('differ when any part differs, dates included', () => {
    const data = { title: '结婚登记', reviewed: new Date('2026-01-01') };
    const key = pageCacheKey(['shared', digestOf(data)]);
    expect(pageCacheKey(['shared', digestOf({ ...data })])).toBe(key);
    expect(
      pageCacheKey(['shared', digestOf({ ...data, reviewed: new Date('2026-01-02') })]),
    ).not.toBe(key);
    expect(pageCacheKey(['other', digestOf(data)])).not.toBe(key);
    expect(pageCacheKey(['shared', digestOf(data), '2026-02-01'])).not.toBe(key);
  });
});
