// The feed of updated guides (one item per dated change note; see src/lib/site/feed.ts).
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { guideLastCommits, loadSiteIndex } from '../data/corpus.ts';
import { site } from '../data/site.ts';
import { siteText } from '../i18n/site.ts';
import { feedItems } from '../lib/site/feed.ts';

export async function GET(context: APIContext) {
  const [index, lastCommits] = await Promise.all([loadSiteIndex(), guideLastCommits()]);
  return rss({
    title: siteText.feed.title(site.siteName),
    description: siteText.feed.description(site.siteName),
    site: context.site ?? context.url,
    items: feedItems(index.published, undefined, lastCommits).map((item) => ({ ...item })),
    customData: '<language>zh-cn</language>',
    trailingSlash: true,
  });
}
