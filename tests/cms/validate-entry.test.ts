// The web editor's validator says what `npm run validate` says: on every guide of every validator
// scenario (tests/validate/*/pass|fail) and of the corpus, the browser path (canonical file →
// parse → schema → the same rule modules, against the built catalogue) gives the same codes and
// the same Chinese messages as the CLI engine, except for the checks that need the disk.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsCollection } from '../../src/lib/cms/collections.ts';
import { entryFile, FormatError, readEntry } from '../../src/lib/cms/format.ts';
import { validateEntry } from '../../src/lib/cms/validate-entry.ts';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { ruleGuide } from '../../src/lib/validate/context.ts';
import { validateContentSync } from '../../src/lib/validate/engine.ts';
import { DATE } from '../validate/helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** Found only by reading files: unreadable files, file names and folders, public/ templates. */
const CLI_ONLY = new Set(['TY001', 'TY002', 'TY003', 'TY006', 'TY018']);

/**
 * A key written with no value (`visitsReason:`) cannot come from the form: an optional field left
 * empty is left out of the file (format.ts), so that finding has no editor counterpart.
 */
const EMPTY_KEY = /没有填写内容。请在冒号后填写文字；如果不需要这一项，请删除这一行。$/;
/** The date picker gives `2026-10-15` as text, which the file format writes as a date. */
const QUOTED_DATE = /：应为日期，格式 YYYY-MM-DD/;

const scenarioRoots = (): string[] => {
  const base = join(ROOT, 'tests/validate');
  return (
    readdirSync(base, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => ['pass', 'fail'].map((kind) => join(base, d.name, kind)))
      // files/: unreadable files and wrong file names, found by reading the disk (CLI only).
      .filter((dir) => existsSync(join(dir, 'guides')) && !dir.includes(`${sep}files${sep}`))
  );
};

const guideFiles = (root: string): string[] =>
  readdirSync(join(root, 'guides'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.split('\\').join('/'))
    .sort();

interface Compared {
  readonly file: string;
  readonly cli: string[];
  readonly editor: string[];
}

function compare(root: string, cwd: string, display: string): Compared[] {
  const cli = validateContentSync({ date: DATE, root, cwd }).findings;
  const loaded = loadCorpus({ root, cwd });
  const editor = { catalogue: loaded.catalogue, guides: loaded.corpus.guides.map(ruleGuide) };
  const guides = cmsCollection('guides');
  return guideFiles(resolve(cwd, root)).flatMap((rel) => {
    const shown = `${display}guides/${rel}`;
    const own = cli.filter(
      (f) => f.file === shown && !EMPTY_KEY.test(f.message) && !QUOTED_DATE.test(f.message),
    );
    if (own.some((f) => CLI_ONLY.has(f.code))) return [];
    let data;
    try {
      data = readEntry(guides, readFileSync(join(resolve(cwd, root), 'guides', rel), 'utf8'));
      // What the form cannot hold (an impossible date) never reaches the editor's validator.
      entryFile(guides, data);
    } catch (error) {
      if (error instanceof FormatError) return [];
      throw error;
    }
    const id = rel.slice(0, -'.md'.length);
    const found = validateEntry({ collection: 'guides', id, data }, editor, DATE);
    const line = (f: { code: string; message: string }) => `${f.code} ${f.message}`;
    return [{ file: shown, cli: own.map(line).sort(), editor: found.map(line).sort() }];
  });
}

describe('the browser validator agrees with the CLI', () => {
  it.each(scenarioRoots().map((dir) => [dir.slice(ROOT.length + 1), dir]))('%s', (_name, dir) => {
    const compared = compare('.', dir, '');
    expect(compared.length).toBeGreaterThan(0);
    for (const c of compared) expect(c.editor, c.file).toEqual(c.cli);
  });

  it('on every guide of the corpus (no findings on either side)', () => {
    const compared = compare('src/content', ROOT, 'src/content/');
    expect(compared.length).toBeGreaterThan(40);
    for (const c of compared) expect(c.editor, c.file).toEqual(c.cli);
  });

  it('refuses an abolished material with the CLI’s TY020 message', () => {
    const loaded = loadCorpus({ cwd: ROOT });
    const editor = { catalogue: loaded.catalogue, guides: loaded.corpus.guides.map(ruleGuide) };
    const guide = loaded.corpus.guides.find((g) => g.id === 'civil-affairs/marriage-registration');
    if (!guide) throw new Error('marriage-registration missing');
    const data = {
      ...guide.data,
      body: guide.body,
      materials: [
        ...guide.data.materials,
        {
          material: 'household-register',
          form: '原件',
          originals: 1,
          copies: 0,
          necessity: '必要',
        },
      ],
    };
    const findings = validateEntry({ collection: 'guides', id: guide.id, data }, editor, DATE);
    expect(findings.map((f) => [f.code, f.field])).toEqual([['TY020', 'materials.3.material']]);
    expect(findings[0]?.message).toBe(
      '申请材料“居民户口簿”（household-register）是已取消的证明材料：依据《婚姻登记条例》（国务院令第804号），自 2025-05-10 起本事项不再要求提交“居民户口簿”（直接取消，不需要任何替代材料）。请从申请材料中删除这一项，不得再向群众索要。取消登记见 src/content/abolished/household-register-marriage.yaml。',
    );
  });
});
