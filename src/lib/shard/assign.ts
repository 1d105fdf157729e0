// Which shard of a sharded build renders which page. A guide belongs to one shard, chosen by a
// hash of its id: the same id always lands in the same shard, whatever else the catalogue holds,
// so adding a guide moves no other guide between shards. The pages that cover all guides (home,
// lists, facets, departments, open data, feed, sitemap…) are built once, by shard 1 (see
// docs/scale.md for why); a few files needed by every shard's own steps are built by all.
import { z } from 'zod';

export const shardSpecSchema = z
  .object({
    index: z.number().int().min(1).describe('本分片的序号，从 1 开始'),
    total: z.number().int().min(1).max(64).describe('分片总数'),
  })
  .refine((spec) => spec.index <= spec.total, { message: '分片序号不能大于分片总数' })
  .describe('分片构建的一个分片：第 index 片，共 total 片');

export type ShardSpec = z.infer<typeof shardSpecSchema>;

/** The environment variable that turns `npm run build` into one shard's build: `K/N`. */
export const SHARD_ENV = 'TONGYUAN_SHARD';

export class ShardSpecError extends Error {
  override name = 'ShardSpecError';
}

/**
 * `"2/4"` → `{ index: 2, total: 4 }`; empty or missing → undefined (an ordinary, whole build).
 * CI systems count from 1 (`CI_NODE_INDEX`) or from 0 (`strategy.job-index`): the workflows pass
 * 1-based values, and a value out of range is refused rather than silently rendering nothing.
 */
export function parseShardSpec(value: string | undefined): ShardSpec | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const parsed = match
    ? shardSpecSchema.safeParse({ index: Number(match[1]), total: Number(match[2]) })
    : undefined;
  if (!parsed?.success) {
    throw new ShardSpecError(
      `${SHARD_ENV}=${JSON.stringify(value)} is not a shard: expected K/N with 1 ≤ K ≤ N ≤ 64, e.g. ${SHARD_ENV}=2/4 for the second of four shards.`,
    );
  }
  return parsed.data;
}

/** The shard of this process, from `TONGYUAN_SHARD`. */
export const currentShard = (env: NodeJS.ProcessEnv = process.env): ShardSpec | undefined =>
  parseShardSpec(env[SHARD_ENV]);

const utf8 = new TextEncoder();

/** FNV-1a, 32 bits, over the UTF-8 bytes: small, fast, stable across Node versions. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of utf8.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The shard (1…total) that renders a guide's pages. The site shard (1) gets half a share: it
 * also holds the whole catalogue and renders every list and open-data page, and was the slowest
 * and heaviest shard with a full share (docs/scale.md). The hash is cut into 2·total − 1 slots:
 * one for shard 1, two for each other shard.
 */
export function shardOfGuide(guideId: string, total: number): number {
  const slot = fnv1a(guideId) % (2 * total - 1);
  return slot === 0 ? 1 : Math.ceil(slot / 2) + 1;
}

/** The shard that builds the pages covering all guides. */
export const SITE_SHARD = 1;

/** Source files of the routes that render one guide each (its page and its notice sheet). */
export const GUIDE_ROUTE_COMPONENTS: ReadonlySet<string> = new Set([
  'src/pages/guides/[department]/[slug]/index.astro',
  'src/pages/guides/[department]/[slug]/notice.astro',
]);

/**
 * Files every shard builds: the Pagefind step of each shard reads its guides' aliases from the
 * instant-filter index (scripts/build.ts). A shard other than the site shard holds only its own
 * guides (src/data/corpus.ts), so its copy lists only those; scripts/build.ts removes it once
 * indexed, and the site shard's — every guide — is the one published.
 */
export const EVERY_SHARD_PATHS: ReadonlySet<string> = new Set(['/data/search-index.json']);

/** `/guides/civil-affairs/x/` or `/guides/civil-affairs/x/notice/` → `civil-affairs/x`. */
export function guideIdOfPagePath(pathname: string): string | undefined {
  const match = /^\/guides\/([^/]+)\/([^/]+)(?:\/notice)?\/?$/.exec(pathname);
  return match ? `${match[1] ?? ''}/${match[2] ?? ''}` : undefined;
}

export type PageOwner =
  | { readonly kind: 'guide'; readonly guide: string; readonly shard: number }
  | { readonly kind: 'site'; readonly shard: number }
  | { readonly kind: 'every' };

/** Who renders a page, given the source file of its route and its path. */
export function pageOwner(component: string, pathname: string, total: number): PageOwner {
  if (GUIDE_ROUTE_COMPONENTS.has(component)) {
    const guide = guideIdOfPagePath(pathname);
    if (guide) return { kind: 'guide', guide, shard: shardOfGuide(guide, total) };
  }
  if (EVERY_SHARD_PATHS.has(pathname.replace(/\/$/, ''))) return { kind: 'every' };
  return { kind: 'site', shard: SITE_SHARD };
}

/** Whether shard `spec` renders this page. */
export function rendersPage(spec: ShardSpec, component: string, pathname: string): boolean {
  const owner = pageOwner(component, pathname, spec.total);
  return owner.kind === 'every' || owner.shard === spec.index;
}

/** The folder a shard's Pagefind bundle is served from: `pagefind` (shard 1), `pagefind-K`. */
export const pagefindBundleDir = (index: number): string =>
  index === 1 ? 'pagefind' : `pagefind-${String(index)}`;

/** URLs of the bundles the search page merges into the first one (none for a whole build). */
export function mergedBundleUrls(spec: ShardSpec | undefined, base = '/'): string[] {
  if (!spec) return [];
  return Array.from({ length: spec.total - 1 }, (_, i) => `${base}${pagefindBundleDir(i + 2)}/`);
}

/** Where a shard build writes its site: `dist-shard-K`. */
export const shardOutDir = (spec: ShardSpec): string => `dist-shard-${String(spec.index)}`;

/**
 * Whether a build renders a guide's pages: every guide in a whole build, only its own share in a
 * shard (src/data/corpus.ts reads only those in a shard other than the site shard).
 */
export const rendersGuide = (spec: ShardSpec | undefined, guideId: string): boolean =>
  !spec || shardOfGuide(guideId, spec.total) === spec.index;
