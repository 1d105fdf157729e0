// The search page's material files (see material-catalogue.ts): formats and URLs, browser-safe.

export const MATERIAL_CATALOGUE_VERSION = 1;

/** Guides listed per material file; the material catalogue page lists them all. */
export const MAX_LISTED_GUIDES = 100;

/** [material id, name, aliases, pinyin of the name and of each alias, guides that need it] */
export type CatalogueRow = [
  id: string,
  name: string,
  aliases: string[],
  pinyin: string[],
  count: number,
];

export interface MaterialCatalogueJson {
  readonly v: number;
  readonly materials: CatalogueRow[];
}

export interface MaterialGuidesJson {
  readonly id: string;
  readonly name: string;
  /** Published guides that need the material; `guides` holds at most MAX_LISTED_GUIDES. */
  readonly total: number;
  readonly guides: [id: string, title: string][];
}

/** `/data/search/materials/<id>.json` */
export const materialGuidesUrl = (id: string): string => `/data/search/materials/${id}.json`;
export const MATERIAL_CATALOGUE_URL = '/data/search/materials.json';
