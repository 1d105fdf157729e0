// The sample corpus for the search tests, through the validator's plain loader (no Astro).
import { join } from 'node:path';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import type { Corpus, GuideEntry } from '../../src/lib/corpus/model.ts';
import { PUBLISHED_STATUS } from '../../src/lib/schemas/enums.ts';

const ROOT = join(import.meta.dirname, '../..');

export function loadSampleCorpus(): Corpus {
  const loaded = loadCorpus({ cwd: ROOT });
  if (loaded.issues.length > 0) {
    throw new Error(
      `the sample corpus does not load: ${loaded.issues.map((i) => i.message).join('; ')}`,
    );
  }
  return loaded.corpus;
}

export const published = (corpus: Corpus): GuideEntry[] =>
  corpus.guides.filter((guide) => guide.data.status === PUBLISHED_STATUS);
