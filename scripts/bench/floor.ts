// The floor the pipeline is measured against, on the same synthetic corpus: a bare Astro 7 site
// (one template, one plain page per guide: title, materials list, body; no components, no
// integrations) indexed by the Pagefind CLI, and a bare read + js-yaml parse of the guide files
// for the validator (bare-read.ts). Targets are ratios of ours to these, measured in the same run,
// because absolute times on a shared machine mean little.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Files } from '../../src/lib/synthetic/generate.ts';
import { writeCorpus } from '../../src/lib/synthetic/generate.ts';
import { linkNodeModules } from './project.ts';

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({
  site: 'https://floor.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  guides: defineCollection({ loader: glob({ pattern: '**/*.md', base: './src/content/guides' }) }),
};
`;

const GUIDE_PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const guides = await getCollection('guides');
  return guides.map((entry) => {
    const [department, slug] = entry.id.split('/');
    return { params: { department, slug }, props: { entry } };
  });
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body>
    <h1>{entry.data.title}</h1>
    <ul>{entry.data.materials.map((m) => <li>{m.material}（{m.form}）</li>)}</ul>
    <Content />
  </body>
</html>
`;

const HOME_PAGE = `---
import { getCollection } from 'astro:content';
const guides = await getCollection('guides');
---
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>指南</title></head>
  <body><h1>指南</h1><p>{guides.length}</p></body>
</html>
`;

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Writes the bare site with `files` as its content into `dir` (emptied first). Returns `dir`. */
export function floorProject(root: string, dir: string, files: Files): string {
  rmSync(dir, { recursive: true, force: true });
  write(join(dir, 'astro.config.mjs'), CONFIG);
  write(join(dir, 'package.json'), '{ "name": "floor", "private": true, "type": "module" }\n');
  write(join(dir, 'src', 'content.config.ts'), COLLECTIONS);
  write(join(dir, 'src', 'pages', 'index.astro'), HOME_PAGE);
  write(join(dir, 'src', 'pages', 'guides', '[department]', '[slug]', 'index.astro'), GUIDE_PAGE);
  // Only the guides: the floor page reads nothing else.
  writeCorpus(
    join(dir, 'src', 'content'),
    new Map([...files].filter(([path]) => path.startsWith('guides/'))),
  );
  linkNodeModules(root, dir);
  return dir;
}
