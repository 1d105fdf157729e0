// What a guide page weighs for a citizen on a poor network: its HTML, the CSS it links and the
// scripts it loads, each gzipped (level 9, as a static host precompresses). No script is needed
// to read a guide: every page reads completely without JavaScript (tests/browser/every-page.test.ts
// proves it), so "JS needed to read" is 0 by construction and the scripts are enhancement only.
// The budgets are DESIGN.md's; tests/site/page-weight.site.test.ts holds every guide page to them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a guide page may weigh, gzipped: its HTML and the stylesheets it links. */
export const GUIDE_PAGE_BUDGET = { htmlGz: 10 * 1024, cssGz: 8 * 1024 } as const;

export interface PageWeight {
  readonly path: string;
  readonly htmlGz: number;
  readonly cssGz: number;
  /** Scripts the page loads (enhancements: tick boxes, 大字模式, search box), gzipped. */
  readonly jsEnhancementGz: number;
  readonly jsToReadGz: 0;
}

const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/** Local URLs of the stylesheets and scripts an HTML page references. */
function assets(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
    .map((tag) => /\bhref="([^"]+)"/.exec(tag[0])?.[1])
    .filter((href): href is string => href?.startsWith('/') === true);
  const js = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)]
    .map((match) => match[1])
    .filter((src): src is string => src?.startsWith('/') === true);
  return { css, js };
}

/** Imports of a module script that the browser fetches before running it. */
function staticImports(dist: string, src: string, seen: Set<string>): void {
  if (seen.has(src)) return;
  seen.add(src);
  const code = readFileSync(join(dist, src), 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    const spec = match[1] ?? '';
    const resolved = new URL(spec, `http://x${src}`).pathname;
    staticImports(dist, resolved, seen);
  }
}

export function pageWeight(dist: string, path: string): PageWeight {
  const html = readFileSync(join(dist, path, 'index.html'));
  const { css, js } = assets(html.toString('utf8'));
  const scripts = new Set<string>();
  for (const src of js) staticImports(dist, src, scripts);
  const sum = (files: Iterable<string>) =>
    [...files].reduce((total, file) => total + gz(readFileSync(join(dist, file))), 0);
  return {
    path,
    htmlGz: gz(html),
    cssGz: sum(new Set(css)),
    jsEnhancementGz: sum(scripts),
    jsToReadGz: 0,
  };
}
