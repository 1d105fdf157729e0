// The corpus as it was at a git revision, or as it is on disk. A revision's files are read with
// `git ls-tree` + `git cat-file` (never a checkout, so the editor's work tree is untouched) into a
// temporary folder, and loaded by the validator's loader: the diff sees exactly what the
// validator and the site see.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DEFAULT_ROOT, loadCorpus } from '../corpus/load.ts';
import type { Corpus } from '../corpus/model.ts';
import { readTreeAtRevision } from '../git/read-tree.ts';
import type { Unreadable } from './compare.ts';

export interface CorpusSide {
  readonly corpus: Corpus;
  readonly unreadable: Unreadable;
}

function load(cwd: string, contentDir: string): CorpusSide {
  const loaded = loadCorpus({ cwd, root: contentDir });
  const loadedIds = new Set(loaded.corpus.guides.map((guide) => guide.id));
  return {
    corpus: loaded.corpus,
    unreadable: {
      files: [...new Set(loaded.issues.map((issue) => issue.file))],
      guideIds: new Set([...loaded.catalogue.guideIds].filter((id) => !loadedIds.has(id))),
    },
  };
}

/** The corpus in the work tree under `cwd` (uncommitted edits included). */
export const corpusOnDisk = (cwd: string, contentDir: string = DEFAULT_ROOT): CorpusSide =>
  load(cwd, contentDir);

/** The corpus at revision `rev` of the repository containing `cwd`. */
export function corpusAtRevision(
  cwd: string,
  rev: string,
  contentDir: string = DEFAULT_ROOT,
): CorpusSide {
  const files = readTreeAtRevision(cwd, rev, contentDir);
  const scratch = mkdtempSync(join(tmpdir(), 'tongyuan-diff-'));
  try {
    for (const file of files) {
      const target = join(scratch, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.text);
    }
    return load(scratch, contentDir);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
