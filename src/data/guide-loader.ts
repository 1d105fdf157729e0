// The loader of the `guides` collection. A whole build (and `astro dev`) uses Astro's own glob
// loader unchanged. A shard build (TONGYUAN_SHARD=K/N) loads into Astro's content store only the
// guides it renders (src/lib/shard/assign.ts): a guide in the store costs its data, its body and
// its rendered HTML, and before this every shard held the whole catalogue's (about 2 GB of the
// 4–5 GB a shard took at 20,000 guides, docs/scale.md). The pages that cover all guides read
// the plain Corpus instead (src/data/corpus.ts), which needs no content store.
//
// glob() cannot be told which files to take beyond its pattern (one literal pattern per file
// would be tested against every file), so the shard loader does what glob does for a Markdown
// file, through the public loader API (docs.astro.build/en/reference/content-loader-reference):
// the same frontmatter split as Astro's Markdown entry type, parseData for the schema,
// renderMarkdown for the configured processor, store.set with the same fields. The
// sharded = whole comparison (tests/shard/sharded-build.site.test.ts) holds the two to the same
// pages.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { listContent } from '../lib/corpus/load-files.ts';
import { rendersGuide } from '../lib/shard/assign.ts';
import type { ShardSpec } from '../lib/shard/assign.ts';

/** The content root; guides are under `guides/` (the validator's own file list). */
const CONTENT_ROOT = 'src/content';

/** Files read and rendered at once, as glob() does. */
const CONCURRENCY = 10;

export function guidesLoader(shard: ShardSpec | undefined): Loader {
  if (!shard) return glob({ pattern: '**/*.md', base: `./${CONTENT_ROOT}/guides` });
  return {
    name: 'tongyuan:shard-guides',
    load: (context) => loadShare(context, shard),
  };
}

async function loadShare(context: LoaderContext, shard: ShardSpec): Promise<void> {
  const { config, store, logger } = context;
  const projectRoot = fileURLToPath(config.root);
  // Misplaced or misnamed files are the validator's findings (it has stopped the build already).
  const files = listContent(join(projectRoot, CONTENT_ROOT)).guides.filter((file) =>
    rendersGuide(shard, file.id),
  );
  const kept = new Set(files.map((file) => file.id));
  // The store persists between builds (a whole build's entries, another shard's): drop the rest.
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
  let next = 0;
  const worker = async () => {
    for (let file = files[next++]; file; file = files[next++]) {
      await loadGuide(context, file.file, file.id, `${CONTENT_ROOT}/${file.rel}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  logger.info(
    `shard ${String(shard.index)}/${String(shard.total)}: ${String(files.length)} guide(s) in the content store`,
  );
}

async function loadGuide(
  context: LoaderContext,
  file: string,
  id: string,
  filePath: string,
): Promise<void> {
  const { store } = context;
  const contents = await readFile(file, 'utf-8');
  const digest = context.generateDigest(contents);
  const existing = store.get(id);
  // Unchanged since the last build of this shard: keep its entry, as glob() does.
  if (existing?.digest === digest && existing.filePath === filePath) return;
  // Astro's Markdown entry type: frontmatter replaced by spaces, then trimmed.
  const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
  const raw = parsed.frontmatter as Record<string, unknown>;
  const data = await context.parseData({ id, data: raw, filePath: file });
  const rendered = await context.renderMarkdown(contents, { fileURL: pathToFileURL(file) });
  store.set({
    id,
    data,
    body: parsed.content.trim(),
    filePath,
    digest,
    rendered,
    ...(rendered.metadata?.imagePaths?.length
      ? { assetImports: rendered.metadata.imagePaths }
      : {}),
  });
}

/** The meta key under which a collection records the kind of build its entries were parsed for. */
const BUILD_KIND = 'tongyuan:build-kind';

/**
 * A loader whose entries differ between a whole build and a shard (a life event's links to
 * guides are references in one, plain ids in the other). Astro keeps the store between builds
 * and glob() reuses an entry whose file is unchanged, so entries parsed for the other kind of
 * build are dropped first, rather than kept with the other build's references.
 */
export function forBuildKind(shard: ShardSpec | undefined, loader: Loader): Loader {
  const kind = shard ? 'shard' : 'whole';
  return {
    ...loader,
    load: async (context) => {
      if (context.meta.get(BUILD_KIND) !== kind) {
        context.store.clear();
        context.meta.set(BUILD_KIND, kind);
      }
      await loader.load(context);
    },
  };
}
