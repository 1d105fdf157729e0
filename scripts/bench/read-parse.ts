// The floor the validator is compared with: read every content file and parse its YAML with js-yaml, as the validator does (a guide's
// frontmatter, a catalogue file), nothing else. `node scripts/bench/read-parse.ts <content-root>`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';

const root = process.argv[2] ?? 'src/content';
let parsed = 0;
for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
  if (!/\.(md|yaml)$/.test(file)) continue;
  const text = readFileSync(join(root, file), 'utf8');
  const yaml = file.endsWith('.md') ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') : text;
  jsyaml.load(yaml);
  parsed++;
}
console.log(`${String(parsed)} files read and parsed`);
