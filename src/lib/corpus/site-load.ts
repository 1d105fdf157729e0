// The corpus as the site build holds it: the whole catalogue, every guide it renders whole, a
// summary of every other guide (src/lib/corpus/summary.ts), and a way to read any guide whole
// again from its file when a page needs it. Files are read one at a time and their texts are not
// kept (the validator has already checked them and located its findings), so the peak is the
// kept entries, not the sources. At 100,000 guides the whole plain Corpus is 1.25 GB of heap,
// the summaries a tenth of that (docs/scale.md).
import { resolve } from 'node:path';
import { DEFAULT_ROOT, corpusOf, loadCatalogue, loadGuide } from './load.ts';
import type { Catalogue, LoadContext, LoadOptions } from './load.ts';
import { displayPath, listContent } from './load-files.ts';
import type { ContentFile } from './load-files.ts';
import type { Corpus, GuideEntry } from './model.ts';
import { compactor, summarize } from './summary.ts';
import type { GuideSummaryEntry } from './summary.ts';

export interface SiteSources {
  /** The catalogue as the validator's loader gives it (with the ids of every guide file). */
  readonly catalogue: Catalogue;
  /** The catalogue and every loaded guide, whole or as a summary. */
  readonly corpus: Corpus<GuideSummaryEntry>;
  /** The guides kept whole, by id. */
  readonly whole: ReadonlyMap<string, GuideEntry>;
  /**
   * The given guides whole, in the order given: kept ones as they are, the others read again
   * from their files (and not kept). Ids without a valid file are left out.
   */
  wholeGuides(ids: readonly string[]): GuideEntry[];
}

export interface SiteLoadOptions extends LoadOptions {
  /** Which guides to read, by id (a shard's own share); default all. The catalogue is always whole. */
  readonly guides?: (id: string) => boolean;
  /** Which loaded guides to keep whole (the ones whose own pages this build renders). */
  readonly keepWhole: (id: string) => boolean;
}

export function loadSiteSources(options: SiteLoadOptions): SiteSources {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, options.root ?? DEFAULT_ROOT);
  const files = listContent(root);
  const context = (): LoadContext => ({
    cwd,
    rootDisplay: displayPath(root, cwd),
    sources: new Map(),
    issues: [],
  });
  const catalogue = loadCatalogue(files, context());
  const wanted = options.guides;
  const selected = wanted ? files.guides.filter((file) => wanted(file.id)) : files.guides;
  const fileOf = new Map<string, ContentFile>(selected.map((file) => [file.id, file]));
  // A fresh context per file: its source text and findings go with it.
  const read = (file: ContentFile) => loadGuide(file, context(), catalogue);

  // One copy of each text the summaries share (titles, department and material ids, notes).
  const compact = compactor();
  const whole = new Map<string, GuideEntry>();
  const guides: GuideSummaryEntry[] = [];
  for (const file of selected) {
    const guide = read(file);
    if (!guide) continue;
    if (options.keepWhole(guide.id)) {
      whole.set(guide.id, guide);
      guides.push(guide);
    } else {
      guides.push(compact(summarize(guide)));
    }
  }
  return {
    catalogue,
    corpus: corpusOf(catalogue, guides),
    whole,
    wholeGuides: (ids) =>
      ids.flatMap((id) => {
        const kept = whole.get(id);
        if (kept) return [kept];
        const file = fileOf.get(id);
        const guide = file ? read(file) : undefined;
        return guide ? [guide] : [];
      }),
  };
}
