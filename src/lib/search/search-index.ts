// The instant-filter index format (browser-safe: no pinyin library here). The index is a
// compact JSON built at build time (build-search-index.ts, `/data/search-index.json`) and
// expanded in the browser into the records fuse.js searches. Strings that repeat across guides
// (department and material names) are stored once and referenced by position, which keeps the
// file small enough to fetch on the first keystroke.

export const SEARCH_INDEX_VERSION = 1;

/** [material id, name, aliases, pinyin of the name and of each alias] */
export type MaterialRow = [id: string, name: string, aliases: string[], pinyin: string[]];

/**
 * [guide id, title, aliases, pinyin, initials, department #, material #s, result names]. Pinyin
 * and initials are given for the title and then for each alias, in order.
 */
export type GuideRow = [
  id: string,
  title: string,
  aliases: string[],
  pinyin: string[],
  initials: string[],
  department: number,
  materials: number[],
  result: string[],
];

export interface SearchIndexJson {
  /** SEARCH_INDEX_VERSION when written; checked when read (a cached page may meet a newer file). */
  readonly v: number;
  readonly departments: string[];
  readonly materials: MaterialRow[];
  readonly guides: GuideRow[];
}

/** One guide as fuse.js sees it. */
export interface SearchRecord {
  readonly id: string;
  readonly title: string;
  /** Everyday names (社保卡申领 for 社会保障卡申领), see aliases.ts. */
  readonly aliases: readonly string[];
  /** Full pinyin of the title and of each alias. */
  readonly pinyin: readonly string[];
  /** Initials of the title and of each alias. */
  readonly initials: readonly string[];
  readonly department: string;
  /** Names and aliases of the materials the guide requires. */
  readonly materials: readonly string[];
  /** What the applicant receives (结婚证, with its catalogue aliases): people search for it. */
  readonly result: readonly string[];
}

export interface SearchMaterial {
  readonly index: number;
  /** Catalogue id (`src/content/materials/<id>.yaml`). */
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly pinyin: readonly string[];
  /** Ids of the published guides that require this material. */
  readonly guides: readonly string[];
  readonly count: number;
}

export interface SearchIndex {
  readonly records: readonly SearchRecord[];
  readonly materials: readonly SearchMaterial[];
}

export class SearchIndexFormatError extends Error {
  override name = 'SearchIndexFormatError';
}

/** Expands the JSON into fuse records and the material reverse index (guides per material). */
export function expandSearchIndex(json: SearchIndexJson): SearchIndex {
  if (json.v !== SEARCH_INDEX_VERSION) {
    throw new SearchIndexFormatError(
      `搜索索引版本 ${json.v} 与页面脚本（版本 ${SEARCH_INDEX_VERSION}）不一致，请刷新页面`,
    );
  }
  const guidesOf = json.materials.map((): string[] => []);
  const records = json.guides.map(
    ([id, title, aliases, pinyin, initials, department, materials, result]) => {
      for (const m of materials) guidesOf[m]?.push(id);
      return {
        id,
        title,
        aliases,
        pinyin,
        initials,
        department: json.departments[department] ?? '',
        materials: materials.flatMap((m) => {
          const row = json.materials[m];
          return row ? [row[1], ...row[2]] : [];
        }),
        result,
      };
    },
  );
  const materials = json.materials.map(([id, name, aliases, pinyin], index) => ({
    index,
    id,
    name,
    aliases,
    pinyin,
    guides: guidesOf[index] ?? [],
    count: guidesOf[index]?.length ?? 0,
  }));
  return { records, materials };
}
