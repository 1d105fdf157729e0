// The checklist item type makes drift between channels impossible by construction: everything
// that says WHICH material (identity, counts, necessity, when, note) lives in ChecklistMaterial,
// built once from the guide's single list; a channel only adds how the material is handed over.
import type { MaterialForm, Necessity } from '../schemas/enums.ts';
import type { Material } from '../schemas/index.ts';

export const CHANNELS = ['online', 'counter'] as const;
export type Channel = (typeof CHANNELS)[number];

/** One material of a guide, exactly as both channels name it. */
export interface ChecklistMaterial {
  /** 1-based position in the guide's list of materials. */
  readonly position: number;
  /** Catalogue id (`src/content/materials/<id>.yaml`). */
  readonly id: string;
  readonly name: string;
  readonly category: Material['category'] | undefined;
  readonly form: MaterialForm;
  readonly originals: number;
  readonly copies: number;
  readonly necessity: Necessity;
  /** 容缺后补: the application is accepted while this material is still missing. */
  readonly deferrable: boolean;
  /** 适用情形. */
  readonly when: string | undefined;
  /** 填报须知. */
  readonly note: string | undefined;
  readonly verifyOriginal: boolean;
  /** 电子证照名称: when present the material is 免提交 in every channel. */
  readonly license: string | undefined;
  readonly template: string | undefined;
  readonly sample: string | undefined;
}

/** Obtained by data sharing: the same in both channels. */
export interface ExemptHandover {
  readonly kind: 'exempt';
  readonly text: string;
  readonly detail: string;
}

export interface UploadHandover {
  readonly kind: 'upload';
  /** Scan of the original or of the copy. */
  readonly of: '原件' | '复印件';
  readonly count: number;
  /** verifyOriginal: the original must still be shown in person (rules out 全程网办). */
  readonly showOriginalInPerson: boolean;
  readonly text: string;
  readonly detail: string | undefined;
}

export interface BringHandover {
  readonly kind: 'bring';
  readonly originals: number;
  readonly copies: number;
  readonly verifyOriginal: boolean;
  readonly text: string;
  readonly detail: string | undefined;
}

export interface HandoverByChannel {
  readonly online: ExemptHandover | UploadHandover;
  readonly counter: ExemptHandover | BringHandover;
}

export interface ChecklistItem<C extends Channel = Channel> {
  readonly material: ChecklistMaterial;
  readonly handover: HandoverByChannel[C];
}

export interface Checklist<C extends Channel = Channel> {
  readonly channel: C;
  readonly guideId: string;
  readonly items: readonly ChecklistItem<C>[];
}
