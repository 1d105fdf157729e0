// Incremental builds (experimental.incrementalBuild, keyed by src/lib/site/page-cache.ts) must
// give exactly the site a cold build gives. On the sample corpus, in throwaway project copies:
// build, change one guide, build again with the caches the first build left, and compare every
// output file, byte for byte, with a cold build of the changed content.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectWithContent } from '../../scripts/bench/project.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const WORK = join(tmpdir(), `tongyuan-incremental-${process.pid}`);
const EDITED = 'civil-affairs/marriage-registration';
const EDITED_FILE = `guides/${EDITED}.md`;
const NEW_TITLE = '内地居民结婚登记（增量构建测试）';

function sampleContent(): Map<string, string> {
  const content = join(ROOT, 'src', 'content');
  const files = new Map<string, string>();
  for (const entry of readdirSync(content, { recursive: true, encoding: 'utf8' })) {
    if (/\.(md|yaml)$/.test(entry)) files.set(entry, readFileSync(join(content, entry), 'utf8'));
  }
  return files;
}

/** The build as `npm run build` runs it (Astro, then the search index) in a project copy; its log. */
function build(dir: string): string {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.split('\n').slice(-40).join('\n');
    throw new Error(`the build failed in ${dir} (exit ${String(result.status)}):\n${tail}`);
  }
  // Astro colours its log when the environment asks for colour (as CI runners often do).
  return stripVTControlCharacters(result.stdout);
}

/** Every file under `dir`, relative, sorted. */
const filesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();

const original = sampleContent();
const guideText = original.get(EDITED_FILE) ?? '';
const edited = new Map(original).set(
  EDITED_FILE,
  guideText.replace(/^title: .*$/m, `title: ${NEW_TITLE}`),
);
const published = [...original.entries()].filter(
  ([path, text]) => path.startsWith('guides/') && /^status: 在用$/m.test(text),
).length;

let warm: string;
let cold: string;
let rebuildLog: string;

beforeAll(() => {
  warm = projectWithContent(ROOT, join(WORK, 'warm'), original);
  build(warm);
  writeFileSync(join(warm, 'src', 'content', EDITED_FILE), edited.get(EDITED_FILE) ?? '');
  rebuildLog = build(warm);
  cold = projectWithContent(ROOT, join(WORK, 'cold'), edited);
  build(cold);
}, 300_000);

afterAll(() => {
  rmSync(WORK, { recursive: true, force: true });
});

describe('an incremental rebuild after one guide changed', () => {
  it('changes the guide (the edit is real)', () => {
    expect(guideText).toMatch(/^title: /m);
    expect(readFileSync(join(warm, 'dist', 'guides', EDITED, 'index.html'), 'utf8')).toContain(
      NEW_TITLE,
    );
  });

  it('reuses every other guide page and notice sheet, and renders the changed guide', () => {
    const reused = rebuildLog.match(/ \((cached|restored)\)/g) ?? [];
    expect(reused.length).toBe(2 * (published - 1));
    expect(rebuildLog).not.toMatch(
      new RegExp(`/guides/${EDITED}/(notice/)?index\\.html \\((cached|restored)\\)`),
    );
  });

  it('writes exactly the files of a cold build, byte for byte', () => {
    const warmDist = join(warm, 'dist');
    const coldDist = join(cold, 'dist');
    const files = filesIn(coldDist);
    expect(filesIn(warmDist)).toEqual(files);
    const differing = files.filter(
      (file) => !readFileSync(join(warmDist, file)).equals(readFileSync(join(coldDist, file))),
    );
    expect(differing).toEqual([]);
  });
});
