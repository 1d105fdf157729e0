// The build invariant: every published guide source appears exactly once in every published
// view (guide pages, Pagefind records, /data/guides.json, /data/guides.csv, the item sheet of
// /data/guides.xlsx), and nothing else
// does. Guides that are not 在用 (草稿, 挂起, 取消) are excluded everywhere and counted, so a
// guide is never dropped or leaked silently.
import { GUIDE_STATUSES, PUBLISHED_STATUS } from '../schemas/enums.ts';
import type { GuideStatus } from '../schemas/enums.ts';

export interface SourceGuide {
  /** `<department>/<slug>`. */
  readonly id: string;
  readonly code: string;
  readonly status: GuideStatus;
}

export const VIEWS = ['pages', 'pagefind', 'json', 'csv', 'xlsx'] as const;
export type View = (typeof VIEWS)[number];

export const VIEW_LABELS: Record<View, string> = {
  pages: 'guide pages',
  pagefind: 'Pagefind records for guides',
  json: 'rows in /data/guides.json',
  csv: 'rows in /data/guides.csv',
  xlsx: 'rows in /data/guides.xlsx',
};

/**
 * One published view as a list of guide keys: a guide id (`civil-affairs/x`) or a guide code
 * (`<区划>-MZ-…`), whichever the view carries. Duplicates are kept: they are a finding.
 */
export type ViewKeys = Readonly<Record<View, readonly string[]>>;

export type Problem =
  | { readonly view: View; readonly kind: 'missing'; readonly guide: string }
  | {
      readonly view: View;
      readonly kind: 'duplicate';
      readonly guide: string;
      readonly times: number;
    }
  | {
      readonly view: View;
      readonly kind: 'unpublished';
      readonly guide: string;
      readonly status: GuideStatus;
    }
  | { readonly view: View; readonly kind: 'unknown'; readonly key: string };

export interface InvariantReport {
  readonly published: number;
  readonly excluded: Readonly<Record<GuideStatus, number>>;
  readonly counts: Readonly<Record<View, number>>;
  readonly problems: readonly Problem[];
}

export function checkInvariants(sources: readonly SourceGuide[], views: ViewKeys): InvariantReport {
  const byKey = new Map<string, SourceGuide>();
  for (const guide of sources) {
    byKey.set(guide.id, guide);
    byKey.set(guide.code, guide);
  }
  const published = sources.filter((guide) => guide.status === PUBLISHED_STATUS);
  const excluded = Object.fromEntries(
    GUIDE_STATUSES.filter((status) => status !== PUBLISHED_STATUS).map((status) => [
      status,
      sources.filter((guide) => guide.status === status).length,
    ]),
  ) as Record<GuideStatus, number>;

  const problems: Problem[] = [];
  const counts = {} as Record<View, number>;
  for (const view of VIEWS) {
    const keys = views[view];
    counts[view] = keys.length;
    const seen = new Map<string, number>();
    for (const key of keys) {
      const guide = byKey.get(key);
      if (!guide) {
        problems.push({ view, kind: 'unknown', key });
        continue;
      }
      if (guide.status !== PUBLISHED_STATUS) {
        problems.push({ view, kind: 'unpublished', guide: guide.id, status: guide.status });
        continue;
      }
      seen.set(guide.id, (seen.get(guide.id) ?? 0) + 1);
    }
    for (const guide of published) {
      const times = seen.get(guide.id) ?? 0;
      if (times === 0) problems.push({ view, kind: 'missing', guide: guide.id });
      if (times > 1) problems.push({ view, kind: 'duplicate', guide: guide.id, times });
    }
  }
  return { published: published.length, excluded, counts, problems };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line per finding, then the equation of counts; English, for CI logs. */
export function formatReport(report: InvariantReport): string {
  const lines = report.problems.map((problem) => {
    const where = VIEW_LABELS[problem.view];
    switch (problem.kind) {
      case 'missing':
        return `✗ ${where}: published guide ${problem.guide} is missing`;
      case 'duplicate':
        return `✗ ${where}: guide ${problem.guide} appears ${problem.times} times`;
      case 'unpublished':
        return `✗ ${where}: guide ${problem.guide} has status ${problem.status} and must not be published`;
      case 'unknown':
        return `✗ ${where}: ${problem.key} matches no guide source`;
    }
  });
  const equation = [
    `${report.published} published guide sources`,
    ...VIEWS.map((view) => `${report.counts[view]} ${VIEW_LABELS[view]}`),
  ].join(report.problems.length === 0 ? ' = ' : ', ');
  const excluded = Object.entries(report.excluded)
    .map(([status, n]) => `${n} ${status}`)
    .join(', ');
  lines.push(`${equation}; excluded everywhere: ${excluded}`);
  lines.push(
    report.problems.length === 0
      ? 'Build invariants hold.'
      : `Build invariants broken: ${plural(report.problems.length, 'problem')}.`,
  );
  return lines.join('\n');
}
