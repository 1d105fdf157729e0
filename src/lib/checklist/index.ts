export { checklistMaterials, counterChecklist, onlineChecklist } from './derive.ts';
export type { ChecklistCorpus, ChecklistGuide } from './derive.ts';
export { counterHandover, onlineHandover } from './handover.ts';
export { CHANNELS } from './types.ts';
export type {
  BringHandover,
  Channel,
  Checklist,
  ChecklistItem,
  ChecklistMaterial,
  ExemptHandover,
  HandoverByChannel,
  UploadHandover,
} from './types.ts';
export { guidePath, noticeSheet, workingDays } from './notice.ts';
export type { NoticeSheet } from './notice.ts';
export { qrSvg } from './qr.ts';
