import { describe, expect, it } from 'vitest';
import { checkInvariants, formatReport } from '../../src/lib/invariants/counts.ts';
import type { SourceGuide, ViewKeys } from '../../src/lib/invariants/counts.ts';
import { guideIdOfPath, guidePath } from '../../src/lib/invariants/guide-url.ts';

const sources: SourceGuide[] = [
  { id: 'civil-affairs/marriage', code: 'MZ-1', status: '在用' },
  { id: 'civil-affairs/divorce', code: 'MZ-2', status: '在用' },
  { id: 'health/draft', code: 'WJ-1', status: '草稿' },
  { id: 'health/paused', code: 'WJ-2', status: '挂起' },
];

const consistent: ViewKeys = {
  pages: ['civil-affairs/marriage', 'civil-affairs/divorce'],
  pagefind: ['civil-affairs/divorce', 'civil-affairs/marriage'],
  json: ['MZ-1', 'MZ-2'],
  csv: ['MZ-2', 'MZ-1'],
  xlsx: ['MZ-1', 'MZ-2'],
};

describe('checkInvariants', () => {
  it('holds when every view lists each published guide once, by id or by code', () => {
    const report = checkInvariants(sources, consistent);
    expect(report.problems).toEqual([]);
    expect(report.published).toBe(2);
    expect(report.excluded).toEqual({ 挂起: 1, 取消: 0, 草稿: 1 });
    expect(report.counts).toEqual({ pages: 2, pagefind: 2, json: 2, csv: 2, xlsx: 2 });
    expect(formatReport(report)).toBe(
      [
        '2 published guide sources = 2 guide pages = 2 Pagefind records for guides = 2 rows in /data/guides.json = 2 rows in /data/guides.csv = 2 rows in /data/guides.xlsx; excluded everywhere: 1 挂起, 0 取消, 1 草稿',
        'Build invariants hold.',
      ].join('\n'),
    );
  });

  it('reports a published guide dropped from one view', () => {
    const report = checkInvariants(sources, {
      ...consistent,
      pagefind: ['civil-affairs/marriage'],
    });
    expect(report.problems).toEqual([
      { view: 'pagefind', kind: 'missing', guide: 'civil-affairs/divorce' },
    ]);
    expect(formatReport(report)).toContain(
      '✗ Pagefind records for guides: published guide civil-affairs/divorce is missing',
    );
    expect(formatReport(report)).toContain('Build invariants broken: 1 problem.');
  });

  it('reports a draft or suspended guide that leaked into a view', () => {
    const report = checkInvariants(sources, {
      ...consistent,
      json: ['MZ-1', 'MZ-2', 'WJ-1'],
      pages: [...consistent.pages, 'health/paused'],
    });
    expect(report.problems).toEqual([
      { view: 'pages', kind: 'unpublished', guide: 'health/paused', status: '挂起' },
      { view: 'json', kind: 'unpublished', guide: 'health/draft', status: '草稿' },
    ]);
    expect(formatReport(report)).toContain(
      '✗ rows in /data/guides.json: guide health/draft has status 草稿 and must not be published',
    );
  });

  it('counts the rows of the spreadsheet like the other views', () => {
    const report = checkInvariants(sources, { ...consistent, xlsx: ['MZ-1'] });
    expect(report.problems).toEqual([
      { view: 'xlsx', kind: 'missing', guide: 'civil-affairs/divorce' },
    ]);
    expect(formatReport(report)).toContain(
      '✗ rows in /data/guides.xlsx: published guide civil-affairs/divorce is missing',
    );
  });

  it('reports duplicates and rows that match no source', () => {
    const report = checkInvariants(sources, {
      ...consistent,
      csv: ['MZ-1', 'MZ-1', 'MZ-2', 'XX-9'],
    });
    expect(report.problems).toEqual([
      { view: 'csv', kind: 'unknown', key: 'XX-9' },
      { view: 'csv', kind: 'duplicate', guide: 'civil-affairs/marriage', times: 2 },
    ]);
    expect(formatReport(report)).toContain('Build invariants broken: 2 problems.');
  });
});

describe('guide URLs', () => {
  it.each([
    ['/guides/civil-affairs/marriage/', 'civil-affairs/marriage'],
    ['/guides/civil-affairs/marriage/index.html', 'civil-affairs/marriage'],
    ['/guides/civil-affairs/marriage/notice/', undefined],
    ['/guides/civil-affairs/', undefined],
    ['/guides/', undefined],
    ['/topics/newborn/', undefined],
  ])('%s is the page of guide %s', (path, id) => {
    expect(guideIdOfPath(path)).toBe(id);
  });

  it('round-trips a guide id', () => {
    expect(guideIdOfPath(guidePath('health/birth-registration'))).toBe('health/birth-registration');
  });
});
