// The sample corpus in src/content must pass every rule (with the pinned build date).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { validateContentSync } from '../../src/lib/validate/engine.ts';
import { DATE, defined } from './helpers.ts';

const repo = join(import.meta.dirname, '..', '..');

describe('the sample corpus', () => {
  it('has no findings on 2026-11-25', () => {
    const result = validateContentSync({ date: DATE, cwd: repo, publicDir: join(repo, 'public') });
    expect(result.findings).toEqual([]);
    expect(result.guides).toBeGreaterThan(40);
  });

  it('loads into a Corpus with every guide, department, material, abolition and topic', () => {
    const loaded = loadCorpus({ cwd: repo });
    expect(loaded.issues).toEqual([]);
    expect(loaded.corpus.guides.length).toBeGreaterThan(40);
    expect(loaded.corpus.departments.size).toBe(9);
    expect(loaded.corpus.abolished.size).toBeGreaterThanOrEqual(10);
    expect(loaded.corpus.topics.size).toBe(5);
    // Unquoted YAML dates are Date objects, exactly as Astro's parser makes them.
    expect(loaded.corpus.guides[0]?.data.reviewed).toBeInstanceOf(Date);
  });

  it('locates keys and values of any loaded file', () => {
    const loaded = loadCorpus({ cwd: repo });
    const file = defined(loaded.corpus.guides[0]?.file);
    expect(loaded.locate(file, ['code'], 'key')).toEqual({ line: 2, column: 1 });
    expect(loaded.locate(file, ['code'])).toEqual({ line: 2, column: 7 });
    const second = loaded.locate(file, ['materials', 1, 'material']);
    expect(second.line).toBeGreaterThan(loaded.locate(file, ['materials', 0, 'material']).line);
  });
});
