// One schema, two checklists (DESIGN.md). Both checklists are the guide's single list of
// materials mapped through checklistMaterials(); a channel contributes only its hand-over
// function, so no input can make them name different materials or a different order.
import type { Corpus, GuideEntry } from '../corpus/model.ts';
import { counterHandover, onlineHandover } from './handover.ts';
import type {
  Channel,
  Checklist,
  ChecklistItem,
  ChecklistMaterial,
  HandoverByChannel,
} from './types.ts';

/** What the derivation reads: a guide's id and list, and the material catalogue. */
export type ChecklistGuide = Pick<GuideEntry, 'id' | 'data'>;
export type ChecklistCorpus = Pick<Corpus, 'materials'>;

/** The materials of a guide, in its order, resolved against the catalogue. */
export function checklistMaterials(
  guide: ChecklistGuide,
  corpus: ChecklistCorpus,
): ChecklistMaterial[] {
  return guide.data.materials.map((entry, index) => {
    // An unknown id is rejected by the validator before any build; here the id stands in for
    // the name so the derivation stays total.
    const catalogue = corpus.materials.get(entry.material)?.data;
    return {
      position: index + 1,
      id: entry.material,
      name: catalogue?.name ?? entry.material,
      category: catalogue?.category,
      form: entry.form,
      originals: entry.originals,
      copies: entry.copies,
      necessity: entry.necessity,
      deferrable: entry.necessity === '容缺后补',
      when: entry.when,
      note: entry.note,
      verifyOriginal: entry.verifyOriginal ?? false,
      license: catalogue?.license,
      template: catalogue?.template,
      sample: catalogue?.sample,
    };
  });
}

function checklist<C extends Channel>(
  channel: C,
  handover: (material: ChecklistMaterial) => HandoverByChannel[C],
  guide: ChecklistGuide,
  corpus: ChecklistCorpus,
): Checklist<C> {
  const items: ChecklistItem<C>[] = checklistMaterials(guide, corpus).map((material) => ({
    material,
    handover: handover(material),
  }));
  return { channel, guideId: guide.id, items };
}

/** 网上办理材料清单. */
export const onlineChecklist = (
  guide: ChecklistGuide,
  corpus: ChecklistCorpus,
): Checklist<'online'> => checklist('online', onlineHandover, guide, corpus);

/** 窗口办理材料清单. */
export const counterChecklist = (
  guide: ChecklistGuide,
  corpus: ChecklistCorpus,
): Checklist<'counter'> => checklist('counter', counterHandover, guide, corpus);
