// The only place where the channels differ: how one material is handed over. Each rule is a
// pure function of the material; the texts come from src/i18n/checklist.ts and are pinned in tests.
import { checklistText as t } from '../../i18n/checklist.ts';
import type {
  BringHandover,
  ChecklistMaterial,
  ExemptHandover,
  HandoverByChannel,
  UploadHandover,
} from './types.ts';

/** A catalogue material with an electronic licence is obtained by data sharing, in every channel. */
function exempt(material: ChecklistMaterial): ExemptHandover | undefined {
  return material.license === undefined
    ? undefined
    : { kind: 'exempt', text: t.exempt, detail: t.exemptDetail(material.license) };
}

// A stated form with a zero count is a content mistake the validator reports; the citizen still
// needs to hand over one, so a zero never reaches the page as “0 份”.
const atLeastOne = (n: number) => Math.max(1, n);

export function onlineHandover(material: ChecklistMaterial): HandoverByChannel['online'] {
  const shared = exempt(material);
  if (shared) return shared;
  // A scan of the original covers “原件和复印件”: the copy would be a copy of the same page.
  const of = material.form === '复印件' ? '复印件' : '原件';
  const count = atLeastOne(of === '原件' ? material.originals : material.copies);
  const upload: UploadHandover = {
    kind: 'upload',
    of,
    count,
    showOriginalInPerson: material.verifyOriginal,
    text: of === '原件' ? t.uploadOriginal(count) : t.uploadCopy(count),
    detail: material.verifyOriginal ? t.showOriginalInPerson : undefined,
  };
  return upload;
}

export function counterHandover(material: ChecklistMaterial): HandoverByChannel['counter'] {
  const shared = exempt(material);
  if (shared) return shared;
  let { originals, copies } = material;
  if (originals === 0 && copies === 0) {
    originals = material.form === '复印件' ? 0 : 1;
    copies = material.form === '原件' ? 0 : 1;
  }
  const bring: BringHandover = {
    kind: 'bring',
    originals,
    copies,
    verifyOriginal: material.verifyOriginal,
    text: t.bring(originals, copies),
    detail: material.verifyOriginal ? t.verifyAtCounter : undefined,
  };
  return bring;
}
