// The validator's floor: read every content file under a root and parse its YAML (a guide's
// frontmatter, a catalogue file whole) with js-yaml, nothing else. Run as its own process, as
// `npm run validate` is, so both figures include Node's start-up.
// Usage: node scripts/bench/bare-read.ts [content root, default src/content]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';

const root = process.argv[2] ?? 'src/content';
let documents = 0;
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  if (entry.name.endsWith('.md')) {
    const end = text.indexOf('\n---', 4);
    jsyaml.load(text.slice(4, end));
  } else if (entry.name.endsWith('.yaml')) {
    jsyaml.load(text);
  } else continue;
  documents++;
}
console.log(`${documents} documents read and parsed`);
