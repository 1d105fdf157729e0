// The region's site file (src/content/site.yaml) for pages and components: names, the service
// centre, URLs and phones. Read once per build by src/lib/site/config.ts, which also serves
// astro.config.mjs and the scripts.
import { siteConfig } from '../lib/site/config.ts';

export const site = siteConfig();
