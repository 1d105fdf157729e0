// /data/guides.json: every published guide as the content model describes it (dates as
// YYYY-MM-DD), plus its URL, its department's name and both derived checklists, so reusers
// get exactly what the site shows without re-implementing the derivation.
import { counterChecklist, onlineChecklist } from '../checklist/index.ts';
import type { Checklist } from '../checklist/index.ts';
import type { GuideEntry } from '../corpus/model.ts';
import type { SiteCorpus } from '../corpus/summary.ts';
import type { Guide } from '../schemas/index.ts';
import { isoDay } from '../site/format.ts';
import { lastUpdated } from '../site/site-index.ts';
import { absoluteUrl, guideUrl, siteRoutes } from '../site/urls.ts';
import { normalize } from './normalize.ts';
import type { Normalized } from './normalize.ts';

export interface OpenDataChecklistItem {
  readonly material: string;
  readonly name: string;
  readonly handover: string;
  readonly detail?: string;
}

export type OpenDataGuide = Normalized<Guide> & {
  readonly id: string;
  readonly url: string;
  readonly departmentName: string;
  readonly body: string;
  readonly checklists: {
    readonly online: readonly OpenDataChecklistItem[];
    readonly counter: readonly OpenDataChecklistItem[];
  };
};

export interface OpenDataGuides {
  readonly title: string;
  readonly schema: string;
  /** The newest change among the published guides; the file changes only when a guide does. */
  readonly updated: string | null;
  readonly count: number;
  readonly guides: readonly OpenDataGuide[];
}

const checklistItems = (checklist: Checklist): OpenDataChecklistItem[] =>
  checklist.items.map(({ material, handover }) => ({
    material: material.id,
    name: material.name,
    handover: handover.text,
    ...(handover.detail ? { detail: handover.detail } : {}),
  }));

export function openDataGuide(
  guide: GuideEntry,
  corpus: SiteCorpus,
  site: string | URL,
): OpenDataGuide {
  return {
    id: guide.id,
    url: absoluteUrl(guideUrl(guide.id), site),
    departmentName:
      corpus.departments.get(guide.data.department)?.data.name ?? guide.data.department,
    ...normalize(guide.data),
    body: guide.body.trim(),
    checklists: {
      online: checklistItems(onlineChecklist(guide, corpus)),
      counter: checklistItems(counterChecklist(guide, corpus)),
    },
  };
}

export function openDataGuides(
  guides: readonly GuideEntry[],
  corpus: SiteCorpus,
  site: string | URL,
  title: string,
): OpenDataGuides {
  let newest: Date | undefined;
  for (const guide of guides) {
    const updated = lastUpdated(guide);
    if (!newest || updated > newest) newest = updated;
  }
  return {
    title,
    schema: absoluteUrl(siteRoutes.schemaJson, site),
    updated: newest ? isoDay(newest) : null,
    count: guides.length,
    guides: guides.map((guide) => openDataGuide(guide, corpus, site)),
  };
}
