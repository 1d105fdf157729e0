// Every internal reference of the built site resolves (file and #fragment), and so does every
// URL in the sitemap.
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { sitemapPaths } from '../helpers/browser.ts';
import { DIST } from '../helpers/serve.ts';
import { checkLinks, checkSitemap, formatLinkProblems } from './link-check.ts';

const origin = new URL(config.site ?? 'https://example.invalid').origin;

describe('internal links of the built site', () => {
  const report = checkLinks(DIST, origin);

  it('checks every page and a realistic number of references', () => {
    expect(report.pages).toBeGreaterThan(10);
    expect(report.internal).toBeGreaterThan(report.pages * 5);
  });

  it('resolves every internal href, src and #anchor', () => {
    expect(report.problems, formatLinkProblems(report.problems)).toEqual([]);
  });

  it('lists only existing pages in the sitemap', () => {
    const paths = sitemapPaths(DIST);
    expect(paths).toContain('/');
    expect(checkSitemap(DIST, paths)).toEqual([]);
  });
});
