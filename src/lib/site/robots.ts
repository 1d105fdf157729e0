// robots.txt: everything may be crawled but the web editor, and the sitemap is named here — the
// one place crawlers look for it (a <link rel="sitemap"> on every page is not a standard and
// cost every page view its bytes).
import { absoluteUrl, siteRoutes } from './urls.ts';

export function robotsTxt(site: string | URL): string {
  return [
    'User-agent: *',
    `Disallow: ${siteRoutes.admin}`,
    '',
    `Sitemap: ${absoluteUrl(siteRoutes.sitemap, site)}`,
    '',
  ].join('\n');
}
