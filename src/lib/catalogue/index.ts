export { catalogueByCategory, catalogueIndex } from './reverse-index.ts';
export type { CatalogueEntry, CatalogueGroup, GuideRef, TopicRef } from './reverse-index.ts';
export { CATALOGUE_INLINE_LINKS, catalogueListsInline, materialPageUrl } from './inline.ts';
