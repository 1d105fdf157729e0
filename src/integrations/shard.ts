// Sharded builds (TONGYUAN_SHARD=K/N npm run build): wraps Astro's prerenderer so that this
// build renders only its share of the pages (src/lib/shard/assign.ts), then writes the manifest
// that `npm run merge` checks; scripts/build.ts indexes the shard's guides into its own bundle
// folder (pagefind-K). Without TONGYUAN_SHARD it does nothing.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageOwner, rendersPage } from '../lib/shard/assign.ts';
import type { ShardSpec } from '../lib/shard/assign.ts';
import { SHARD_MANIFEST } from '../lib/shard/manifest.ts';
import type { ShardManifest } from '../lib/shard/manifest.ts';

export default function shardIntegration(spec: ShardSpec | undefined): AstroIntegration {
  const guides = new Set<string>();
  return {
    name: 'tongyuan:shard',
    hooks: {
      'astro:build:start': ({ setPrerenderer, logger }) => {
        if (!spec) return;
        setPrerenderer((defaultPrerenderer) => ({
          ...defaultPrerenderer,
          name: 'tongyuan:shard',
          getStaticPaths: async () => {
            const all = await defaultPrerenderer.getStaticPaths();
            const mine = all.filter(({ pathname, route }) =>
              rendersPage(spec, route.component, pathname),
            );
            for (const { pathname, route } of mine) {
              const owner = pageOwner(route.component, pathname, spec.total);
              if (owner.kind === 'guide') guides.add(owner.guide);
            }
            logger.info(
              `shard ${String(spec.index)}/${String(spec.total)}: ${String(mine.length)} of ${String(all.length)} page(s), ${String(guides.size)} guide(s)`,
            );
            return mine;
          },
        }));
      },
      // Runs after the Pagefind integration's own build:done (it comes later in the config).
      'astro:build:done': async ({ dir }) => {
        if (!spec) return;
        const siteDir = fileURLToPath(dir);
        const manifest: ShardManifest = { shard: spec, guides: [...guides].sort() };
        await writeFile(join(siteDir, SHARD_MANIFEST), `${JSON.stringify(manifest)}\n`);
      },
    },
  };
}
