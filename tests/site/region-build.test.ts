// "Editing site.yaml changes the site's name, centre and URLs everywhere" (issue 13): a throwaway
// copy of the project (Astro cannot switch content roots) with the sample corpus and another
// region's site file is built, and every place a reader or a machine meets the region — home page,
// guide page with its JSON-LD, notice sheet, 404, feed, sitemap, open data — carries the new
// values; the old site file's values appear in no built file at all (except the ones the sample
// corpus itself contains, such as department addresses).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectWithContent } from '../../scripts/bench/project.ts';
import { loadSiteFile } from '../../src/lib/site/config.ts';
import type { Site } from '../../src/lib/site/config.ts';
import type { Files } from '../../src/lib/synthetic/generate.ts';
import { astroBuild, sampleContentFiles } from '../helpers/project-build.ts';
import { findNeedles, regionNeedles } from './region-values.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const GUIDE = 'civil-affairs/marriage-registration';

const OTHER_REGION = `# Another district's site file: every value differs from the sample's.
region: 青山区
regionCode: '420107'
siteName: 青山区便民办事网
tagline: 青山区市民之家 · 一次告知 一次办好
url: https://banshi.qingshan.example
centre:
  name: 青山区市民之家
  address: 青山区和平大道1000号
  hours:
    - 周一至周日 8:30—17:30
  phones:
    - label: 综合咨询
      number: 027-86860001
hotline:
  label: 市民服务热线
  number: '12319'
platform:
  name: 湖北政务服务网
  url: https://zwfw.hubei.example
`;

const before = loadSiteFile({ cwd: ROOT });
const work = mkdtempSync(join(tmpdir(), 'region-site-'));
const dist = join(work, 'project', 'dist');
let after: Site;

/** The sample corpus, with the other region's site file. */
function contentFiles(): Files {
  const files = sampleContentFiles();
  files.set('site.yaml', OTHER_REGION);
  return files;
}

const read = (file: string) => readFileSync(join(dist, file), 'utf8');

/**
 * Every text file of the build by path: Pagefind's compressed index, and Decap's own prebuilt
 * bundle (a third party's code, whose digits may match a phone number by chance), excluded.
 */
function textFiles(): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(?:html|xml|json|csv|txt|js|css)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name).slice(dist.length + 1))
    .filter((file) => !/^admin\/(?:\d+\.)?decap-cms\.js$/.test(file));
}

const jsonLdOf = (html: string): Record<string, unknown> => {
  const match = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
  if (!match?.[1]) throw new Error('no JSON-LD');
  return JSON.parse(match[1]) as Record<string, unknown>;
};

beforeAll(() => {
  const project = projectWithContent(ROOT, join(work, 'project'), contentFiles());
  after = loadSiteFile({ cwd: project });
  astroBuild(project, 'with another site.yaml');
}, 300_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('a site built from another region’s site.yaml', () => {
  it('uses a site file different from the sample in every value', () => {
    expect(after.region).toBe('青山区');
    const old = regionNeedles(before).map((n) => n.text);
    for (const needle of regionNeedles(after)) expect(old, needle.what).not.toContain(needle.text);
  });

  it('names the site, its centre, phones and hotline on the home page', () => {
    const home = read('index.html');
    expect(home).toContain(`<title>${after.siteName}</title>`);
    expect(home).toMatch(new RegExp(`<h1[^>]*>${after.siteName}</h1>`));
    expect(home).toContain(after.tagline);
    expect(home).toContain(after.centre.name);
    expect(home).toContain(after.centre.address);
    expect(home).toContain(after.centre.hours[0]);
    expect(home).toContain('href="tel:02786860001"');
    expect(home).toContain('href="tel:12319"');
    expect(home).toContain('<link rel="canonical" href="https://banshi.qingshan.example/">');
  });

  it('names them on a guide page, in its JSON-LD and its link to the platform', () => {
    const page = read(`guides/${GUIDE}/index.html`);
    expect(page).toMatch(new RegExp(`<title>[^<]+ - ${after.siteName}</title>`));
    expect(page).toContain(`（打开${after.platform.name}）`);
    expect(page).toContain(after.centre.name);
    const ld = jsonLdOf(page);
    expect(ld['url']).toBe(`https://banshi.qingshan.example/guides/${GUIDE}/`);
    expect(ld['areaServed']).toEqual({ '@type': 'AdministrativeArea', name: '青山区' });
  });

  it('heads the notice sheet with the centre and prints the new address under its QR code', () => {
    const sheet = read(`guides/${GUIDE}/notice/index.html`);
    expect(sheet).toContain(`${after.centre.name} 一次性告知单`);
    expect(sheet).toContain(`https://banshi.qingshan.example/guides/${GUIDE}/</a>`);
  });

  it('gives the hotline on the 404 page and the list of abolished materials', () => {
    expect(read('404.html')).toContain('拨打市民服务热线咨询');
    expect(read('404.html')).toContain('href="tel:12319"');
    expect(read('abolished/index.html')).toContain('监督投诉电话或 12319 热线反映');
  });

  it('names the site and its address in the feed, the sitemap and the open data', () => {
    const feed = read('rss.xml');
    expect(feed).toContain(`<title>${after.siteName}：更新记录</title>`);
    expect(feed).toContain('<link>https://banshi.qingshan.example/</link>');
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain(`<loc>https://banshi.qingshan.example/guides/${GUIDE}/</loc>`);
    expect(read('sitemap-index.xml')).toContain('https://banshi.qingshan.example/sitemap-0.xml');
    const data = JSON.parse(read('data/guides.json')) as {
      title: string;
      guides: { id: string; url: string }[];
    };
    expect(data.title).toBe(`${after.siteName}开放数据`);
    expect(data.guides.find((g) => g.id === GUIDE)?.url).toBe(
      `https://banshi.qingshan.example/guides/${GUIDE}/`,
    );
    expect(read('data/guides.csv')).toContain(`https://banshi.qingshan.example/guides/${GUIDE}/`);
    const schema = JSON.parse(read('data/schema.json')) as { $id: string; title: string };
    expect(schema).toMatchObject({
      $id: 'https://banshi.qingshan.example/data/schema.json',
      title: `${after.siteName}内容模型`,
    });
  });

  it('leaves no value of the old site file in any built file', () => {
    // Values the sample corpus itself carries (department addresses, guide codes) stay, rightly.
    const corpus = [...contentFiles()]
      .filter(([path]) => path !== 'site.yaml')
      .map(([, text]) => text)
      .join('\n');
    const siteOnly = regionNeedles(before).filter((n) => findNeedles(corpus, [n]).length === 0);
    expect(siteOnly.map((n) => n.what)).toEqual(
      expect.arrayContaining(['siteName', 'tagline', 'centre.name', 'url host', 'hotline.number']),
    );
    const files = textFiles();
    expect(files.length).toBeGreaterThan(100);
    const left = files.flatMap((file) =>
      findNeedles(read(file), siteOnly).map(
        (hit) => `${file}:${hit.line}: ${hit.what} “${hit.text}”`,
      ),
    );
    expect(left).toEqual([]);
  });
});
