export { mergedChecklist, topicBundle, topicBundles, topicGuideLists } from './merge.ts';
export type {
  MaterialNeed,
  MergedMaterial,
  TopicBundle,
  TopicGuide,
  TopicGuides,
} from './merge.ts';
