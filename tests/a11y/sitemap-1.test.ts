import { axeSitemapShard } from './sitemap-suite.ts';

axeSitemapShard(1, 2);
