// The Pagefind step of the build, run on fixture sites: only guide pages are indexed, with
// their filters, meta and pinyin words; a page without a searchable region fails the build.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildPagefindIndex,
  guideIdOf,
  guidePages,
  indexBuiltSite,
  indexItemPages,
} from '../../src/lib/search/pagefind-build.ts';
import { GuidePageMarkupError } from '../../src/lib/search/pagefind-html.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const work = mkdtempSync(join(tmpdir(), 'pagefind-build-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function copyOf(site: string): string {
  const dir = join(work, site);
  cpSync(join(FIXTURES, site), dir, { recursive: true });
  return dir;
}

describe('buildPagefindIndex', () => {
  it('indexes guide pages only, not the filter pages', async () => {
    const site = copyOf('site-ok');
    expect(await guidePages(site)).toEqual([
      'guides/civil-affairs/marriage-registration/index.html',
    ]);
    const result = await buildPagefindIndex({ siteDir: site, aliasesOf: () => ['结婚领证'] });
    expect(result.pageCount).toBe(1);
    const files = readdirSync(join(site, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.some((file) => file.startsWith('pagefind.zh-cn'))).toBe(true);
    expect(existsSync(join(site, 'pagefind', 'fragment'))).toBe(true);
  });

  it('fails the build, naming the page, when a guide page has no data-pagefind-body', async () => {
    const site = copyOf('site-no-body');
    await expect(buildPagefindIndex({ siteDir: site })).rejects.toThrow(GuidePageMarkupError);
    await expect(buildPagefindIndex({ siteDir: site })).rejects.toThrow(
      /guides\/civil-affairs\/marriage-registration\/index\.html: no element with data-pagefind-body/,
    );
  });

  it('fails when there is no guide page at all', async () => {
    const empty = join(work, 'empty');
    cpSync(join(FIXTURES, 'site-ok', 'guides', 'filter'), join(empty, 'guides', 'filter'), {
      recursive: true,
    });
    await expect(buildPagefindIndex({ siteDir: empty })).rejects.toThrowErrorMatchingInlineSnapshot(
      `[PagefindIndexError: Pagefind failed to index ${empty}:\n  - no guide pages matching guides/*/*/index.html]`,
    );
  });

  it('indexing a built site needs its instant-filter index for the aliases, and says so', async () => {
    const site = copyOf('site-ok');
    await expect(indexBuiltSite(site)).rejects.toThrow(
      /data\/search-index\.json is missing: the Pagefind step reads guide aliases from it/,
    );
  });

  it('turns a page path into its guide id', () => {
    expect(guideIdOf('guides/civil-affairs/marriage-registration/index.html')).toBe(
      'civil-affairs/marriage-registration',
    );
  });

  it('writes no items bundle when the build rendered no item pages (tier off)', async () => {
    const site = copyOf('site-ok');
    expect(await indexItemPages(site, join(site, 'pagefind-items'))).toBeUndefined();
    expect(existsSync(join(site, 'pagefind-items'))).toBe(false);
  });
});
