// The sitemap of a sharded build is written once, by the site shard. Astro's sitemap lists only
// the pages a build rendered, so the site shard adds the guide pages of the other shards as
// custom pages; the sitemap sorts and de-duplicates its URLs, so the result equals a whole build's.
import type { SourceGuide } from '../invariants/counts.ts';
import { PUBLISHED_STATUS } from '../schemas/enums.ts';
import { guideUrl, noticeUrl } from '../site/urls.ts';
import { shardOfGuide } from './assign.ts';
import type { ShardSpec } from './assign.ts';

/** Absolute URLs of the guide pages and notice sheets that other shards render. */
export function otherShardsGuideUrls(
  site: string,
  spec: ShardSpec,
  sources: readonly SourceGuide[],
): string[] {
  return sources
    .filter((guide) => guide.status === PUBLISHED_STATUS)
    .filter((guide) => shardOfGuide(guide.id, spec.total) !== spec.index)
    .flatMap((guide) =>
      [guideUrl(guide.id), noticeUrl(guide.id)].map((path) => new URL(path, site).href),
    );
}
