export { mergedChecklist, topicBundle, topicBundles } from './merge.ts';
export type { MaterialNeed, MergedMaterial, TopicBundle, TopicGuide } from './merge.ts';
