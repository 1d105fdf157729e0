// Cache keys for Astro's incremental build (experimental.incrementalBuild): a page returned by
// getStaticPaths with a cacheKey is copied from the previous build instead of rendered again when
// the key and the page's code are unchanged. The key must therefore change whenever anything the
// page shows changes. A guide page shows its own guide plus catalogue data (its department and
// locations, material names and licences, abolitions, topic titles, the site's own file), so its
// key is the guide's own digest together with one digest of every content file that is not a guide:
// editing one guide re-renders that guide's pages only; editing the catalogue re-renders them all.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

/** Where Astro's collections are read from (src/content.config.ts), from the project root. */
const CONTENT_ROOT = 'src/content';

const sha = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 32);

/**
 * One digest of every file under the content root except `guides/`, by path and bytes. Files,
 * not collections, so that a collection added later (the site file, say) is covered too.
 */
export function sharedContentDigest(root: string = resolve(CONTENT_ROOT)): string {
  const contentRoot = resolve(root);
  const hash = createHash('sha256');
  const files = readdirSync(contentRoot, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => file.slice(contentRoot.length + 1).split(sep)[0] !== 'guides')
    .sort();
  for (const file of files) {
    hash
      .update(file.slice(contentRoot.length))
      .update('\0')
      .update(readFileSync(file))
      .update('\0');
  }
  return hash.digest('base64url').slice(0, 32);
}

/** The cache key of a page: a digest of everything it renders from, in order. */
export function pageCacheKey(parts: readonly (string | undefined)[]): string {
  return sha(JSON.stringify(parts));
}

/** A stable digest of a value as JSON (dates as ISO strings), e.g. a guide's data and body. */
export function digestOf(value: unknown): string {
  return sha(JSON.stringify(value));
}
