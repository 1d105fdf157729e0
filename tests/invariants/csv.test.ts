import { describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from '../../src/lib/invariants/csv.ts';

describe('parseCsv', () => {
  it('drops the BOM and reads quoted commas, quotes and line breaks', () => {
    const text = '\uFEFFcode,title\r\nA-1,"结婚登记, 内地"\r\nA-2,"说""明""\n第二行"\r\n';
    expect(parseCsv(text)).toEqual([
      ['code', 'title'],
      ['A-1', '结婚登记, 内地'],
      ['A-2', '说"明"\n第二行'],
    ]);
  });

  it('reads a last row without a line break and keeps empty fields', () => {
    expect(parseCsv('a,b,c\n1,,3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
    ]);
  });

  it('refuses an unclosed quote', () => {
    expect(() => parseCsv('a\n"open')).toThrow('CSV: a quoted field is not closed before the end of the file');
  });
});

describe('csvRecords', () => {
  it('keys rows by the header and skips blank lines', () => {
    expect(csvRecords('事项编码,名称\nX-1,甲\n\nX-2,乙\n')).toEqual([
      { 事项编码: 'X-1', 名称: '甲' },
      { 事项编码: 'X-2', 名称: '乙' },
    ]);
  });
});
