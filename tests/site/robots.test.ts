// robots.txt keeps crawlers out of the web editor and names the sitemap, on the site's own host.
import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../src/lib/site/robots.ts';

describe('robots.txt', () => {
  it('disallows the editor and names the sitemap index on the configured site', () => {
    expect(robotsTxt('https://banshi.example.gov.cn/')).toBe(
      'User-agent: *\nDisallow: /admin/\n\nSitemap: https://banshi.example.gov.cn/sitemap-index.xml\n',
    );
  });
});
