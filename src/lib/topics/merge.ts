// 一件事一次办: one merged checklist for a life event. Each guide's materials come from the same
// derivation as its own checklists (checklistMaterials), so a topic can never ask for something
// its guides do not; a material needed by several guides is listed once, at its first
// appearance in the topic's order, with the highest count any of them needs.
import { checklistMaterials, counterHandover, onlineHandover } from '../checklist/index.ts';
import type {
  ChecklistCorpus,
  ChecklistGuide,
  ChecklistMaterial,
  HandoverByChannel,
} from '../checklist/index.ts';
import type { Corpus, GuideEntry } from '../corpus/model.ts';
import { PUBLISHED_STATUS } from '../schemas/enums.ts';
import type { Necessity } from '../schemas/enums.ts';

/** One guide's need for a merged material. */
export interface MaterialNeed {
  readonly guideId: string;
  readonly guideTitle: string;
  readonly position: number;
  readonly originals: number;
  readonly copies: number;
  readonly necessity: Necessity;
  readonly when: string | undefined;
  readonly verifyOriginal: boolean;
}

export interface MergedMaterial {
  readonly id: string;
  readonly name: string;
  readonly license: string | undefined;
  readonly template: string | undefined;
  readonly sample: string | undefined;
  /** The highest number of originals any guide of the topic needs. */
  readonly originals: number;
  /** The highest number of copies any guide of the topic needs. */
  readonly copies: number;
  /** 必要 if any guide needs it so; otherwise 容缺后补 before 非必要. */
  readonly necessity: Necessity;
  readonly verifyOriginal: boolean;
  /** Hand-over for the merged need, by the same rules as a single guide's checklists. */
  readonly handover: HandoverByChannel;
  /** Every guide entry that names this material, in the topic's order. */
  readonly neededBy: readonly MaterialNeed[];
}

const NECESSITY_RANK: Readonly<Record<Necessity, number>> = { 必要: 2, 容缺后补: 1, 非必要: 0 };

/** The merged checklist of guides taken in the given order. */
export function mergedChecklist(
  guides: readonly ChecklistGuide[],
  corpus: ChecklistCorpus,
): MergedMaterial[] {
  const merged = new Map<string, { first: ChecklistMaterial; needs: MaterialNeed[] }>();
  for (const guide of guides) {
    for (const material of checklistMaterials(guide, corpus)) {
      const need: MaterialNeed = {
        guideId: guide.id,
        guideTitle: guide.data.title,
        position: material.position,
        originals: material.originals,
        copies: material.copies,
        necessity: material.necessity,
        when: material.when,
        verifyOriginal: material.verifyOriginal,
      };
      const entry = merged.get(material.id);
      if (entry) entry.needs.push(need);
      else merged.set(material.id, { first: material, needs: [need] });
    }
  }
  return [...merged.values()].map(({ first, needs }) => {
    const originals = Math.max(...needs.map((n) => n.originals));
    const copies = Math.max(...needs.map((n) => n.copies));
    const necessity = needs
      .map((n) => n.necessity)
      .reduce((a, b) => (NECESSITY_RANK[b] > NECESSITY_RANK[a] ? b : a));
    const verifyOriginal = needs.some((n) => n.verifyOriginal);
    // The merged need as one material, so the single-guide hand-over rules apply unchanged.
    const combined: ChecklistMaterial = {
      ...first,
      form: originals > 0 && copies > 0 ? '原件和复印件' : copies > 0 ? '复印件' : first.form,
      originals,
      copies,
      necessity,
      deferrable: necessity === '容缺后补',
      verifyOriginal,
    };
    return {
      id: first.id,
      name: first.name,
      license: first.license,
      template: first.template,
      sample: first.sample,
      originals,
      copies,
      necessity,
      verifyOriginal,
      handover: { online: onlineHandover(combined), counter: counterHandover(combined) },
      neededBy: needs,
    };
  });
}

export interface TopicGuide {
  readonly id: string;
  /** The published guide, or undefined when the id names no published guide. */
  readonly guide: GuideEntry | undefined;
}

export interface TopicBundle {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** The topic's guides in its order, published or not. */
  readonly guides: readonly TopicGuide[];
  /** Merged over the published guides only: drafts never reach citizens. */
  readonly materials: readonly MergedMaterial[];
}

const published = (guide: GuideEntry | undefined) =>
  guide?.data.status === PUBLISHED_STATUS ? guide : undefined;

/** A life event with its guides in order and its merged checklist. */
export function topicBundle(topicId: string, corpus: Corpus): TopicBundle | undefined {
  return bundleOf(topicId, corpus, guidesById(corpus));
}

/** Every life event, in a stable order (by id). */
export function topicBundles(corpus: Corpus): TopicBundle[] {
  // One lookup for all life events: a map per life event was 2,000 maps of 100,000 guides.
  const byGuideId = guidesById(corpus);
  return [...corpus.topics.keys()].sort().flatMap((id) => {
    const bundle = bundleOf(id, corpus, byGuideId);
    return bundle ? [bundle] : [];
  });
}

const guidesById = (corpus: Corpus): ReadonlyMap<string, GuideEntry> =>
  new Map(corpus.guides.map((guide) => [guide.id, guide]));

function bundleOf(
  topicId: string,
  corpus: Corpus,
  byGuideId: ReadonlyMap<string, GuideEntry>,
): TopicBundle | undefined {
  const topic = corpus.topics.get(topicId);
  if (!topic) return undefined;
  const guides = topic.data.guides.map((id) => ({ id, guide: published(byGuideId.get(id)) }));
  const present = guides.flatMap(({ guide }) => (guide ? [guide] : []));
  return {
    id: topic.id,
    title: topic.data.title,
    summary: topic.data.summary,
    guides,
    materials: mergedChecklist(present, corpus),
  };
}
