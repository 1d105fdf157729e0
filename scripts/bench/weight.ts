// Output size figures for the benchmarks; a page's weight is src/lib/site/page-weight.ts.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isPrecompressedSibling } from '../../src/lib/deploy/precompress.ts';

export { pageWeight } from '../../src/lib/site/page-weight.ts';
export type { PageWeight } from '../../src/lib/site/page-weight.ts';

/**
 * Total bytes and files under a directory, as built: the precompressed .gz/.br siblings and the
 * hidden nginx include (src/lib/deploy/) are copies for the server, not more output.
 */
export function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (isPrecompressedSibling(entry) || entry.startsWith('.')) continue;
    const stat = statSync(join(dir, entry));
    if (stat.isFile()) {
      bytes += stat.size;
      files++;
    }
  }
  return { bytes, files };
}

export const htmlPageCount = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
