// What the pages that cover all guides (lists, facets, departments, life-event lists, the
// material catalogue, statistics, the feed, the search indexes) read of a guide: a tenth of it.
// At province scale the site shard holds a summary of every guide it does not render instead of
// the guide (about 1.3 GB of heap for 100,000 whole guides, docs/scale.md); pages that need a
// whole guide (its own page, a life event's merged checklist, open data) read it from its file
// when they render. A whole GuideEntry is a GuideSummaryEntry, so a whole build passes its
// guides unchanged and every function typed on the summary works on both.
import type { Guide, GuideMaterial } from '../schemas/index.ts';
import type { Corpus, Entry, GuideEntry } from './model.ts';

export type GuideSummary = Pick<
  Guide,
  | 'code'
  | 'title'
  | 'department'
  | 'type'
  | 'kind'
  | 'status'
  | 'visits'
  | 'fees'
  | 'timeLimit'
  | 'topics'
  | 'reviewed'
  | 'changes'
> & {
  readonly online: Pick<Guide['online'], 'depth'>;
  readonly result: Pick<Guide['result'], 'name'>;
  readonly materials: readonly Pick<GuideMaterial, 'material'>[];
};

export type GuideSummaryEntry = Entry<GuideSummary>;

/** A copy of the summary fields only, so that the whole guide can be collected. */
export function summarize(guide: GuideEntry): GuideSummaryEntry {
  const { code, title, department, type, kind, status, visits, fees, timeLimit } = guide.data;
  const { topics, reviewed, changes } = guide.data;
  return {
    id: guide.id,
    ...(guide.file === undefined ? {} : { file: guide.file }),
    data: {
      code,
      title,
      department,
      type,
      kind,
      status,
      visits,
      fees,
      timeLimit,
      topics,
      reviewed,
      changes,
      online: { depth: guide.data.online.depth },
      result: { name: guide.data.result.name },
      materials: guide.data.materials.map(({ material }) => ({ material })),
    },
  };
}

/** The catalogue and every guide at least as a summary: what the site-wide pages read. */
export type SiteCorpus = Corpus<GuideSummaryEntry>;

/**
 * A deep copy of summaries that holds no part of their source files and one copy of each string
 * they share. Strings parsed from a file can be slices of its whole text (V8 keeps the text alive
 * for them): the copy makes them strings of their own, and a province's 100,000 guides share a
 * few thousand titles, department and material ids. At 100,000 synthetic guides: 567 MB of
 * summaries held as parsed, 236 MB copied, 185 MB copied and shared.
 */
export function compactor(): <T>(value: T) => T {
  const pool = new Map<string, string>();
  const share = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const known = pool.get(value);
      if (known !== undefined) return known;
      pool.set(value, value);
      return value;
    }
    if (Array.isArray(value)) return value.map(share);
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, share(item)]));
    }
    return value;
  };
  // structuredClone writes every string anew: no copy is a slice of a file's text.
  return <T>(value: T): T => share(structuredClone(value)) as T;
}
