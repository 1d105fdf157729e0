// DESIGN.md, "The region is content": src/content/site.yaml holds what differs between regions,
// and code holds none of it. Every file under src/ outside the content (and outside the synthetic
// corpus's own vocabulary, which invents a district for the benchmarks) is searched for the
// region's names, its centre, its hosts, its region code and its phone numbers.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteFile } from '../../src/lib/site/config.ts';
import { findNeedles, regionNeedles } from './region-values.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXEMPT = ['src/content/', 'src/lib/synthetic/'];

const site = loadSiteFile({ cwd: ROOT });
const needles = regionNeedles(site);

const codeFiles = [
  'astro.config.mjs',
  ...readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((file) => !EXEMPT.some((folder) => file.startsWith(folder))),
].sort();

describe('no region in code', () => {
  it('searches for every identifying value of site.yaml', () => {
    expect(needles.map((n) => n.text)).toEqual(
      expect.arrayContaining([
        '云溪区',
        '云溪',
        'yunxi',
        site.siteName,
        site.centre.name,
        'banshi.yunxi.example',
        'zwfw.yunxi.example',
        '339901',
        '0571-86012000',
        '057186012000',
        '12345',
      ]),
    );
    expect(codeFiles).toEqual(expect.arrayContaining(['src/i18n/site.ts', 'astro.config.mjs']));
  });

  it('finds a value planted in code, and a number only as a whole number', () => {
    const planted = `const name = '云溪区办事指南';\nconst tel = 'tel:12345';\nconst other = '0571-86012345';`;
    expect(findNeedles(planted, needles).map((hit) => `${hit.line} ${hit.what}`)).toEqual([
      '1 region',
      '1 region (name without 区/县)',
      '1 siteName',
      '2 hotline.number',
    ]);
  });

  it('leaves none in src/ outside src/content/ and the synthetic vocabulary', () => {
    const hits = codeFiles.flatMap((file) =>
      findNeedles(readFileSync(join(ROOT, file), 'utf8'), needles).map(
        (hit) => `${file}:${hit.line}: ${hit.what} “${hit.text}”`,
      ),
    );
    expect(hits).toEqual([]);
  });
});
