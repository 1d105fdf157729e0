// Material names against the catalogue, and headers against the synonyms table.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { ITEM_COLUMNS, matchHeaders } from '../../src/lib/import/headers.ts';
import { MaterialMatcher } from '../../src/lib/import/match.ts';
import { FIXTURE } from './workspace.ts';

const { corpus } = loadCorpus({ root: FIXTURE });
const matcher = new MaterialMatcher(corpus.materials);

describe('material matching', () => {
  it('exact name, then alias, then a fuzzy list of candidates that is never a match', () => {
    expect(matcher.match('居民身份证')).toEqual({ kind: 'name', id: 'resident-id-card' });
    expect(matcher.match(' 居民 身份证 ')).toEqual({ kind: 'name', id: 'resident-id-card' });
    expect(matcher.match('户口本')).toEqual({ kind: 'alias', id: 'household-register' });
    expect(matcher.match('居民户口薄')).toMatchObject({
      kind: 'fuzzy',
      candidates: [{ id: 'household-register', name: '居民户口簿' }],
    });
    expect(matcher.match('营业执照')).toEqual({ kind: 'none' });
  });
  it('an id given in the export wins (the column our own export writes)', () => {
    expect(matcher.match('任意名称', 'id-photo')).toEqual({ kind: 'id', id: 'id-photo' });
  });
});

describe('headers', () => {
  it('matches synonyms, ignores spaces, asterisks and (必填), and lists the rest', () => {
    const match = matchHeaders(
      ['*事项编码', '实施清单名称（必填）', '网 办 深 度', '备注', '实施编码', ''],
      2,
      ITEM_COLUMNS,
    );
    expect([...match.columns].map(([field, cell]) => [field, cell.index])).toEqual([
      ['code', 0],
      ['title', 1],
      ['depth', 2],
    ]);
    expect(match.unknown).toEqual([{ index: 3, header: '备注' }]);
    expect(match.duplicates).toEqual([{ index: 4, header: '实施编码' }]);
  });
  it('every canonical header is unique, so an export of ours reads back unambiguously', () => {
    const names = ITEM_COLUMNS.flatMap((c) => c.names);
    expect(new Set(names).size).toBe(names.length);
  });
});
