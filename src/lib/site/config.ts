// The region's site file (src/content/site.yaml), read once and checked by its schema. Plain Node:
// astro.config.mjs (the site URL), the pages (through src/data/site.ts) and scripts share it. It is
// read directly rather than as an Astro collection because the config needs it before Astro has
// loaded any collection, and because one synchronous value is simpler for every consumer than an
// async getEntry() in each component. A broken file stops everything with the validator's own
// file:line:column findings, never a stack trace.
import { resolve } from 'node:path';
import { DEFAULT_ROOT, loadSite } from '../corpus/load.ts';
import type { LoadContext } from '../corpus/load.ts';
import { displayPath } from '../corpus/load-files.ts';
import type { Site } from '../schemas/index.ts';
import { locateAll } from '../validate/engine.ts';
import type { Finding } from '../validate/finding.ts';
import { formatHuman } from '../validate/format/human.ts';

export type { Site } from '../schemas/index.ts';

export interface SiteOptions {
  /** Project root; default the working directory. */
  readonly cwd?: string;
  /** Content root relative to `cwd`; default `src/content`. */
  readonly root?: string;
}

export type SiteRead = { readonly site: Site } | { readonly findings: readonly Finding[] };

/** The site file, or the findings (located, in the validator's format) that say why not. */
export function readSite(options: SiteOptions = {}): SiteRead {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, options.root ?? DEFAULT_ROOT);
  const ctx: LoadContext = {
    cwd,
    rootDisplay: displayPath(root, cwd),
    sources: new Map(),
    issues: [],
  };
  const site = loadSite(root, ctx, true);
  if (site) return { site };
  return { findings: locateAll(ctx.issues, ctx.sources, cwd) };
}

/** Stops a build or a script; the message is the findings, so no stack is shown. */
export class SiteFileError extends Error {
  readonly findings: readonly Finding[];

  constructor(findings: readonly Finding[]) {
    super(
      `\n${formatHuman(findings)}\n站点配置文件 site.yaml 有误，无法继续。请按上面的提示修改，可以用 npm run validate 重新检查。`,
    );
    this.findings = findings;
    this.name = '站点配置有误';
    this.stack = '';
  }
}

/** The site file; throws SiteFileError when it is missing or does not match its schema. */
export function loadSiteFile(options: SiteOptions = {}): Site {
  const read = readSite(options);
  if ('findings' in read) throw new SiteFileError(read.findings);
  return read.site;
}

let current: Site | undefined;

/** The project's own site file (under the working directory), read once per process. */
export function siteConfig(): Site {
  current ??= loadSiteFile();
  return current;
}
