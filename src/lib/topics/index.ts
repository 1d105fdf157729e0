export { mergedChecklist, topicBundle, topicBundles, topicGuideLists } from './merge.ts';
export type {
  MaterialNeed,
  MergedMaterial,
  TopicBundle,
  TopicGuide,
  TopicGuides,
} from './merge.ts';
export {
  HOME_TOPICS_SHOWN,
  TOPICS_INLINE_GUIDES,
  TOPICS_PAGE_SIZE,
  homeTopics,
  publishedGuideCount,
  topicsListPages,
  topicsListGuidesInline,
} from './list.ts';
export type { TopicsListPage } from './list.ts';
