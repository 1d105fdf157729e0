// A throwaway copy of the project whose content is a synthetic corpus: the real site, config and
// integrations, built exactly as `npm run build` builds ours. Astro cannot switch content roots,
// so the copy is the honest way to build other content. node_modules is linked, not copied:
// entry by entry, so that the copy's caches (node_modules/.astro, Astro's content store and
// incremental build cache) are its own and every first build is really cold.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Files } from '../../src/lib/synthetic/generate.ts';
import { writeCorpus } from '../../src/lib/synthetic/generate.ts';

/** Top-level entries never copied: installed packages, outputs, caches, history, our content. */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.cache', '.git', 'bench', 'coverage', 'tests', 'docs', 'schemas']);

/**
 * Copies `root` (the project) to `dir` with `files` as its `src/content/`, and links
 * node_modules. Returns `dir`.
 */
export function projectWithContent(root: string, dir: string, files: Files): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const content = join(root, 'src', 'content');
  for (const entry of readdirSync(root)) {
    if (SKIP.has(entry) || entry.startsWith('.tmp')) continue;
    cpSync(join(root, entry), join(dir, entry), {
      recursive: true,
      filter: (source) => source !== content,
    });
  }
  writeCorpus(join(dir, 'src', 'content'), files);
  linkNodeModules(root, dir);
  return dir;
}

/** Caches under node_modules that belong to one project and must not be shared. */
const OWN_CACHES = new Set(['.astro', '.vite', '.cache']);

/** `dir/node_modules` as links to each of `root`'s installed packages, without its caches. */
export function linkNodeModules(root: string, dir: string): void {
  const modules = join(dir, 'node_modules');
  if (existsSync(modules)) return;
  mkdirSync(modules);
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (!OWN_CACHES.has(entry)) symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
}
