// Open data round trip: build the CSV and JSON, parse them back with independent parsers, and
// compare with the corpus they came from.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { counterChecklist, onlineChecklist } from '../../src/lib/checklist/index.ts';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import type { Corpus } from '../../src/lib/corpus/model.ts';
import { CSV_COLUMNS, LIST_SEPARATOR, guidesCsv } from '../../src/lib/export/guides-csv.ts';
import { openDataGuides } from '../../src/lib/export/guides-json.ts';
import type { OpenDataGuides } from '../../src/lib/export/guides-json.ts';
import { normalize } from '../../src/lib/export/normalize.ts';
import { buildSiteIndex } from '../../src/lib/site/site-index.ts';
import { tinyCorpus } from './fixtures/tiny-corpus.ts';

const SITE = 'https://banshi.yunxi.example';

const csvRecords = (csv: string): Record<string, string>[] =>
  parse<Record<string, string>>(csv, { bom: true, columns: true, skip_empty_lines: true });

const column = (key: string) => {
  const found = CSV_COLUMNS.find((c) => c.key === key);
  if (!found) throw new Error(`no column ${key}`);
  return found.header;
};

function published(corpus: Corpus) {
  return buildSiteIndex(corpus).published;
}

describe('guides.csv', () => {
  it('starts with a UTF-8 BOM, ends records with CRLF and has one header row', () => {
    const corpus = tinyCorpus();
    const csv = guidesCsv(published(corpus), corpus, SITE);
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.map((c) => c.header).join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes quotes, commas and line breaks so they survive a round trip', () => {
    const corpus = tinyCorpus();
    const csv = guidesCsv(published(corpus), corpus, SITE);
    expect(csv).toContain('"含""引号"",逗号\n和换行的事项"');
    const titles = csvRecords(csv).map((row) => row[column('title')]);
    expect(titles).toContain('含"引号",逗号\n和换行的事项');
  });

  it('escapes a cell that a spreadsheet would run as a formula', () => {
    const corpus = tinyCorpus();
    const titles = csvRecords(guidesCsv(published(corpus), corpus, SITE)).map(
      (row) => row[column('title')],
    );
    expect(titles).toContain("'=SUM(A1) 以公式开头的事项");
  });

  it('round-trips the real corpus: one row per published guide, values as in the sources', () => {
    const { corpus } = loadCorpus();
    const guides = published(corpus);
    const rows = csvRecords(guidesCsv(guides, corpus, SITE));
    expect(rows).toHaveLength(guides.length);
    expect(guides.length).toBeGreaterThan(0);
    const byCode = new Map(rows.map((row) => [row[column('code')], row]));
    for (const guide of guides) {
      const row = byCode.get(guide.data.code);
      expect(row, guide.id).toBeDefined();
      if (!row) continue;
      const { data } = guide;
      expect(row[column('title')]).toBe(data.title);
      expect(row[column('department')]).toBe(data.department);
      expect(row[column('departmentName')]).toBe(
        corpus.departments.get(data.department)?.data.name,
      );
      expect(row[column('type')]).toBe(data.type);
      expect(Number(row[column('legalDays')])).toBe(data.timeLimit.legal);
      expect(Number(row[column('promisedDays')])).toBe(data.timeLimit.promised);
      expect(row[column('onlineDepth')]).toBe(data.online.depth);
      expect(Number(row[column('visits')])).toBe(data.visits);
      expect(row[column('materialIds')]?.split(LIST_SEPARATOR).filter(Boolean)).toEqual(
        data.materials.map((m) => m.material),
      );
      expect(row[column('reviewed')]).toBe(data.reviewed.toISOString().slice(0, 10));
      expect(row[column('url')]).toBe(`${SITE}/guides/${guide.id}/`);
    }
  });

  it('never exports a guide that is not 在用', () => {
    const corpus = tinyCorpus();
    const codes = csvRecords(guidesCsv(published(corpus), corpus, SITE)).map(
      (row) => row[column('code')],
    );
    expect(codes).not.toContain('339901-BETA/DRAFT');
    expect(codes).toHaveLength(3);
  });
});

describe('guides.json', () => {
  it('round-trips the real corpus: every published guide, content-model fields intact', () => {
    const { corpus } = loadCorpus();
    const guides = published(corpus);
    const parsed = JSON.parse(
      JSON.stringify(openDataGuides(guides, corpus, SITE, '开放数据')),
    ) as OpenDataGuides;
    expect(parsed.count).toBe(guides.length);
    expect(parsed.guides).toHaveLength(guides.length);
    const byId = new Map(parsed.guides.map((g) => [g.id, g]));
    for (const guide of guides) {
      const exported = byId.get(guide.id);
      expect(exported, guide.id).toBeDefined();
      if (!exported) continue;
      const { id, url, departmentName, body, checklists, ...fields } = exported;
      expect(fields).toEqual(JSON.parse(JSON.stringify(normalize(guide.data))));
      expect(id).toBe(guide.id);
      expect(url).toBe(`${SITE}/guides/${guide.id}/`);
      expect(departmentName).toBe(corpus.departments.get(guide.data.department)?.data.name);
      expect(body).toBe(guide.body.trim());
      expect(checklists.online.map((item) => item.material)).toEqual(
        onlineChecklist(guide, corpus).items.map((item) => item.material.id),
      );
      expect(checklists.counter.map((item) => item.handover)).toEqual(
        counterChecklist(guide, corpus).items.map((item) => item.handover.text),
      );
    }
  });

  it('writes dates as YYYY-MM-DD and names the newest change as the file date', () => {
    const corpus = tinyCorpus();
    const data = openDataGuides(published(corpus), corpus, SITE, '开放数据');
    expect(data.updated).toBe('2026-11-10');
    expect(data.schema).toBe(`${SITE}/data/schema.json`);
    const online = data.guides.find((g) => g.id === 'alpha/online');
    expect(online?.reviewed).toBe('2026-10-01');
    expect(online?.changes).toEqual([
      { date: '2026-11-03', note: '改为全程网办' },
      { date: '2026-01-05', note: '新增电子证照' },
    ]);
    expect(data.guides.map((g) => g.id)).not.toContain('beta/draft');
  });

  it('carries both derived checklists, with the electronic licence as 免提交 in both', () => {
    const corpus = tinyCorpus();
    const online = openDataGuides(published(corpus), corpus, SITE, 'x').guides.find(
      (g) => g.id === 'alpha/online',
    );
    expect(online?.checklists.online.map((i) => i.material)).toEqual(['id-card', 'form']);
    expect(online?.checklists.counter.map((i) => i.material)).toEqual(['id-card', 'form']);
    expect(online?.checklists.online[0]?.handover).toBe(online?.checklists.counter[0]?.handover);
  });
});
