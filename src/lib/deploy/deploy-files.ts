// What a built site needs beside its pages to be served by nginx: the Content-Security-Policy
// include derived from the pages, and the precompressed siblings. Runs on any site folder, last:
// after Pagefind has written its files (the build) or after shards are merged.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { NGINX_CSP_FILE, renderNginxCspMap } from './nginx-csp.ts';
import { precompressSite } from './precompress.ts';
import type { PrecompressOptions, PrecompressReport } from './precompress.ts';
import { readBuiltPages, sitePolicies } from './site-policies.ts';
import type { SitePolicies } from './site-policies.ts';

export interface DeployFilesReport {
  readonly cspFile: string;
  readonly policies: SitePolicies;
  readonly precompressed: PrecompressReport;
}

export async function writeDeployFiles(
  siteDir: string,
  options: PrecompressOptions = {},
): Promise<DeployFilesReport> {
  const policies = sitePolicies(readBuiltPages(siteDir));
  const cspFile = join(siteDir, NGINX_CSP_FILE);
  mkdirSync(dirname(cspFile), { recursive: true });
  writeFileSync(cspFile, renderNginxCspMap(policies));
  const precompressed = await precompressSite(siteDir, options);
  return { cspFile, policies, precompressed };
}

/**
 * Where compressed files are kept between builds, from the project root: inside Astro's own cache
 * folder, which CI already restores (docs/benchmarks.md, *Caches for CI*).
 */
export const PRECOMPRESS_CACHE_DIR = 'node_modules/.astro/precompress';

/**
 * The build's precompression options: the cache under the project root, and
 * TONGYUAN_BROTLI_QUALITY (0–11), which lowers brotli's effort for builds that are measured rather
 * than deployed (docs/deploy.md); unset, each file gets its own quality (brotliQualityFor).
 * Anything else is an error, not a guess.
 */
export function precompressOptionsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  root: string = process.cwd(),
): PrecompressOptions & { readonly cacheDir: string } {
  const cacheDir = resolve(root, PRECOMPRESS_CACHE_DIR);
  const value = env['TONGYUAN_BROTLI_QUALITY'];
  if (value === undefined || value === '') return { cacheDir };
  const quality = Number(value);
  if (!Number.isInteger(quality) || quality < 0 || quality > 11) {
    throw new Error(`TONGYUAN_BROTLI_QUALITY must be a whole number from 0 to 11, not "${value}".`);
  }
  return { brotliQuality: quality, cacheDir };
}

/** One line for the build log: "CSP: 1 policy + /admin/; 180 files precompressed (…)". */
export function formatDeployFilesReport(report: DeployFilesReport): string {
  const { policies, precompressed: p } = report;
  const own = policies.others.flatMap((other) => other.sections.map((s) => `/${s}/`));
  return [
    `nginx CSP header from ${policies.fallback.pages + policies.others.reduce((n, o) => n + o.pages, 0)} page(s)`,
    own.length > 0 ? ` (own policy: ${own.join(', ')})` : '',
    ` → ${report.cspFile}; ${formatPrecompressReport(p)}`,
  ].join('');
}

/** "180 file(s) precompressed (0 from the cache): 11424 KiB → gzip 3250 KiB, brotli 2603 KiB". */
export function formatPrecompressReport(p: PrecompressReport): string {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  return `${String(p.files)} file(s) precompressed (${String(p.fromCache)} from the cache): ${kib(p.bytes)} → gzip ${kib(p.gzipBytes)}, brotli ${kib(p.brotliBytes)}`;
}
