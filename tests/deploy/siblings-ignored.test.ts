// The readers of a built site see the same site after precompression: the build invariants
// (pages, Pagefind records, JSON and CSV rows), the HTML suites' file list and the link check
// are not confused by `index.html.gz`, `guides.json.br` or the hidden nginx include.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDeployFiles } from '../../src/lib/deploy/deploy-files.ts';
import { XLSX_SHEETS } from '../../src/lib/export/guides-xlsx.ts';
import { readViews } from '../../src/lib/invariants/read.ts';
import { xlsxBytes } from '../../src/lib/spreadsheet/write.ts';
import { htmlFiles } from '../html/html-files.ts';
import { checkLinks } from '../html/link-check.ts';

let site: string;
const write = (path: string, content: string | Buffer) => {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), content);
};
const departments = new Set(['civil-affairs']);

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'siblings-'));
  cpSync(join(import.meta.dirname, 'fixtures', 'with-admin'), site, { recursive: true });
  // Long enough to be precompressed, with a link to check.
  const filler = '<p>内地居民结婚登记：申请材料、办理地点和时限。</p>'.repeat(30);
  write(
    'guides/civil-affairs/marriage/index.html',
    `<!doctype html><html lang="zh-CN"><head><meta http-equiv="content-security-policy" content="default-src 'self'"><title>结婚登记</title></head><body><a href="/">首页</a>${filler}</body></html>`,
  );
  const record = { url: '/guides/civil-affairs/marriage/', content: '' };
  write('pagefind/fragment/zh-cn_1.pf_fragment', gzipSync(`pagefind_dcd${JSON.stringify(record)}`));
  const codes = Array.from({ length: 20 }, (_, i) => `MZ-${i}`);
  write('data/guides.json', JSON.stringify({ guides: codes.map((code) => ({ code })) }));
  write(
    'data/guides.csv',
    `\uFEFF事项编码,事项名称\r\n${codes.map((c) => `${c},"结婚登记"`).join('\r\n')}\r\n`,
  );
  const items = { name: XLSX_SHEETS.items, header: ['实施编码', '事项名称'] };
  write(
    'data/guides.xlsx',
    Buffer.from(await xlsxBytes([{ ...items, rows: codes.map((c) => [c, '结婚登记']) }])),
  );
});
afterAll(() => {
  rmSync(site, { recursive: true, force: true });
});

describe('a precompressed site, read by the suites', () => {
  it('has the same views, HTML files and link report as before', async () => {
    const before = {
      views: await readViews(site, departments),
      html: htmlFiles(site),
      links: checkLinks(site, 'https://banshi.yunxi.example'),
    };
    const report = await writeDeployFiles(site);
    expect(report.precompressed.files).toBeGreaterThanOrEqual(2);
    expect(htmlFiles(site)).toEqual(before.html);
    expect(await readViews(site, departments)).toEqual(before.views);
    expect(checkLinks(site, 'https://banshi.yunxi.example')).toEqual(before.links);
  });
});
