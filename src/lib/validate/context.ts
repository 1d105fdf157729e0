// What every rule receives: the catalogue, the build date and a way to report. Rules come in three
// shapes: per guide (run in parallel shards for big corpora), over the catalogue, and across all
// guides (duplicates, topic membership), which only need a small summary of each guide.
import type { Catalogue } from '../corpus/load.ts';
import type { GuideEntry } from '../corpus/model.ts';
import type { GuideSummaryEntry } from '../corpus/summary.ts';
import type { ItemType } from '../schemas/enums.ts';
import type { Code } from './codes.ts';
import type { BuildDate } from './date.ts';
import type { Anchor, Issue, PathSegment } from './finding.ts';

export interface RuleContext {
  readonly catalogue: Catalogue;
  readonly date: BuildDate;
  /** Where template and sample files live (`public/`); undefined skips that check. */
  readonly publicDir?: string | undefined;
  /** How to tell whether a file exists (the engine records what it looked for); default existsSync. */
  readonly fileExists?: (path: string) => boolean;
}

export type Report = (issue: Issue) => void;

export type GuideRule = (guide: GuideEntry, ctx: RuleContext, report: Report) => void;
export type CatalogueRule = (ctx: RuleContext, report: Report) => void;
export type CorpusRule = (guides: readonly RuleGuide[], ctx: RuleContext, report: Report) => void;

/** What cross-guide rules need to know about a valid guide. */
export interface RuleGuide {
  readonly id: string;
  readonly file: string;
  readonly code: string;
  readonly title: string;
  readonly type: ItemType;
  readonly topics: readonly string[];
}

export const ruleGuide = (guide: GuideSummaryEntry): RuleGuide => ({
  id: guide.id,
  file: guide.file ?? guide.id,
  code: guide.data.code,
  title: guide.data.title,
  type: guide.data.type,
  topics: guide.data.topics,
});

/** Shorthand for the common case: a finding at a YAML path in a file. */
export const at = (
  code: Code,
  file: string | undefined,
  path: readonly PathSegment[],
  message: string,
  extra: {
    part?: 'key' | 'value';
    text?: string;
    nth?: number;
    suggestions?: readonly string[];
  } = {},
): Issue => {
  const anchor: Anchor = {
    path,
    ...(extra.part ? { part: extra.part } : {}),
    ...(extra.text ? { text: extra.text, nth: extra.nth ?? 0 } : {}),
  };
  return {
    code,
    file: file ?? '',
    at: anchor,
    message,
    ...(extra.suggestions?.length ? { suggestions: extra.suggestions } : {}),
  };
};

/** 《title》（number）, with inner book-title marks turned into 〈〉 as Chinese typography requires. */
export const documentName = (doc: { title: string; number?: string | undefined }): string =>
  `《${doc.title.replace(/《/g, '〈').replace(/》/g, '〉')}》${doc.number ? `（${doc.number}）` : ''}`;
