// The files of /admin/: the page, Decap's prebuilt bundle and its chunks (copied from
// node_modules, so nothing is loaded from a CDN), our script bundled with esbuild, the generated
// configuration and the catalogue for the browser validator. Used by the build and the dev server.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { loadSiteSources } from '../corpus/site-load.ts';
import { loadSiteFile } from '../site/config.ts';
import {
  ADMIN_DIR,
  adminCsp,
  adminPage,
  ADMIN_SCRIPT,
  CATALOGUE_FILE,
  CONFIG_FILE,
  DECAP_BUNDLE,
} from './admin-page.ts';
import { catalogueJson, stringifyCatalogue } from './catalogue-json.ts';
import { backendConfig } from './backends.ts';
import { cmsConfigJson } from './config.ts';

/** Decap's dist folder: decap-cms.js loads numbered chunks (`103.decap-cms.js`, …) next to it. */
export function decapDist(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('decap-cms/dist/decap-cms.js'));
}

/** decap-cms.js and every chunk it may load (the source maps are left out). */
export const decapFiles = (): string[] =>
  readdirSync(decapDist())
    .filter((file) => file === DECAP_BUNDLE || file.endsWith(`.${DECAP_BUNDLE}`))
    .sort();

export async function bundleAdminScript(root: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'src/admin/tongyuan-cms.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no admin script');
  return output.text;
}

export interface AdminFile {
  readonly name: string;
  readonly contents: string | Buffer;
}

/** Every file of /admin/, keyed by name; the forge and the public site come from site.yaml. */
export async function adminFiles(root: string): Promise<AdminFile[]> {
  // Summaries only: at province scale the whole guides were 1.3 GB at the end of the site build.
  const loaded = loadSiteSources({
    root: join(root, 'src/content'),
    cwd: root,
    keepWhole: () => false,
  });
  const site = loadSiteFile({ cwd: root });
  const backend = backendConfig(site.editor);
  const dist = decapDist();
  return [
    { name: 'index.html', contents: adminPage(adminCsp(backend)) },
    { name: CONFIG_FILE, contents: cmsConfigJson({ backend, siteUrl: site.url }) },
    {
      name: CATALOGUE_FILE,
      contents: stringifyCatalogue(catalogueJson(loaded.catalogue, loaded.corpus.guides)),
    },
    { name: ADMIN_SCRIPT, contents: await bundleAdminScript(root) },
    ...decapFiles().map((name) => ({ name, contents: readFileSync(join(dist, name)) })),
  ];
}

/**
 * Writes /admin/ into a built site (`npm run build`, after Astro has exited: reading the whole
 * catalogue again inside the Astro process added a few hundred MB to the site shard's peak at
 * province scale, docs/scale.md). Returns how many files and bytes.
 */
export async function writeAdminFiles(
  siteDir: string,
  root: string,
): Promise<{ readonly files: number; readonly bytes: number }> {
  const out = join(siteDir, ADMIN_DIR);
  mkdirSync(out, { recursive: true });
  const files = await adminFiles(root);
  let bytes = 0;
  for (const file of files) {
    writeFileSync(join(out, file.name), file.contents);
    bytes += Buffer.byteLength(file.contents);
  }
  return { files: files.length, bytes };
}
