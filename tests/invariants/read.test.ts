// The readers against a small dist and content tree written to a temp folder per test.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkInvariants } from '../../src/lib/invariants/counts.ts';
import { readDepartmentIds, readGuideSources, readViews } from '../../src/lib/invariants/read.ts';
import { xlsxBytes } from '../../src/lib/spreadsheet/write.ts';

let root: string;
const write = (path: string, content: string | Buffer) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
};
const fragment = (url: string) =>
  gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url, content: '' })}`));
const guide = (code: string, status: string) =>
  `---\ncode: ${code}\ntitle: 某事项\nstatus: ${status}\n---\n正文\n`;

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'invariants-'));
  write('content/guides/civil-affairs/marriage.md', guide('MZ-1', '在用'));
  write('content/guides/health/draft.md', guide('WJ-1', '草稿'));
  write('content/departments/civil-affairs.yaml', 'name: 民政局\n');
  write('content/departments/health.yaml', 'name: 卫生健康局\n');
  write('dist/guides/civil-affairs/marriage/index.html', '<p>page</p>');
  write('dist/guides/civil-affairs/marriage/notice/index.html', '<p>notice</p>');
  write('dist/guides/civil-affairs/index.html', '<p>department list</p>');
  write('dist/guides/filter/online/index.html', '<p>filter page</p>');
  write('dist/pagefind/fragment/zh-cn_1.pf_fragment', fragment('/guides/civil-affairs/marriage/'));
  write('dist/pagefind/fragment/zh-cn_2.pf_fragment', fragment('/topics/newborn/'));
  write(
    'dist/data/guides.json',
    JSON.stringify({ guides: [{ id: 'civil-affairs/marriage', code: 'MZ-1' }] }),
  );
  write('dist/data/guides.csv', '\uFEFF事项编码,事项名称\r\nMZ-1,"结婚登记"\r\n');
  const xlsx = await xlsxBytes([
    { name: '事项', header: ['实施编码', '事项名称'], rows: [['MZ-1', '结婚登记']] },
    { name: '申请材料', header: ['实施编码', '材料名称'], rows: [['MZ-1', '居民身份证']] },
  ]);
  write('dist/data/guides.xlsx', Buffer.from(xlsx));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('reading sources and views', () => {
  it('finds each kind of record and ignores notice, listing, filter and non-guide pages', async () => {
    expect(readGuideSources(join(root, 'content'))).toEqual([
      { id: 'civil-affairs/marriage', code: 'MZ-1', status: '在用' },
      { id: 'health/draft', code: 'WJ-1', status: '草稿' },
    ]);
    expect(await readViews(join(root, 'dist'), readDepartmentIds(join(root, 'content')))).toEqual({
      pages: ['civil-affairs/marriage'],
      pagefind: ['civil-affairs/marriage'],
      json: ['civil-affairs/marriage'],
      csv: ['MZ-1'],
      xlsx: ['MZ-1'],
    });
    const report = checkInvariants(
      readGuideSources(join(root, 'content')),
      await readViews(join(root, 'dist'), readDepartmentIds(join(root, 'content'))),
    );
    expect(report.problems).toEqual([]);
    expect(report.excluded['草稿']).toBe(1);
  });

  it('names the file of a guide without code or status', () => {
    write('content/guides/health/broken.md', '---\ntitle: 无编码\n---\n');
    expect(() => readGuideSources(join(root, 'content'))).toThrow(
      /health\/broken\.md: frontmatter has no valid code\/status; run `npm run validate`/,
    );
  });

  it('fails loudly when the Pagefind index is missing', async () => {
    rmSync(join(root, 'dist/pagefind'), { recursive: true });
    await expect(
      readViews(join(root, 'dist'), readDepartmentIds(join(root, 'content'))),
    ).rejects.toThrow(/No Pagefind index/);
  });

  it('fails loudly when the spreadsheet has no item sheet', async () => {
    write(
      'dist/data/guides.xlsx',
      Buffer.from(await xlsxBytes([{ name: '其他', header: ['实施编码'], rows: [] }])),
    );
    await expect(
      readViews(join(root, 'dist'), readDepartmentIds(join(root, 'content'))),
    ).rejects.toThrow(/guides\.xlsx: no sheet named 事项/);
  });
});
