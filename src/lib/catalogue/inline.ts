// The material catalogue (/materials/) names, under each material, the guides and life events
// that need it. On a district's site that is a few hundred links; at province scale it is one
// link per material of every guide (28 MB of HTML at 20,000 guides). Past a budget of links the
// catalogue shows only the counts, and each material gets its own page with the full, paginated
// list (/materials/<id>/, docs/scale.md).
import type { CatalogueEntry } from './reverse-index.ts';

/** About 130 bytes of HTML a link: 1,000 links keep the catalogue near 150 KB. */
export const CATALOGUE_INLINE_LINKS = 1000;

/** Whether the catalogue lists each material's guides and life events in the page itself. */
export const catalogueListsInline = (entries: readonly CatalogueEntry[]): boolean =>
  entries.reduce((sum, entry) => sum + entry.guides.length + entry.topics.length, 0) <=
  CATALOGUE_INLINE_LINKS;

export const materialPageUrl = (materialId: string): string => `/materials/${materialId}/`;
