import { axeSitemapShard } from './sitemap-suite.ts';

axeSitemapShard(2, 2);
