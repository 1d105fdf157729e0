// Query helpers shared by the guide list's instant filter and the search page: fuzzy guide
// matches (fuse.js) and the guides that require a material named in the query.
import Fuse from 'fuse.js';
import { FUSE_OPTIONS } from './fuse-options.ts';
import { isLatinQuery, normalizeQuery, normalizeText } from './normalize.ts';
import type { SearchIndex, SearchMaterial, SearchRecord } from './search-index.ts';

export interface GuideMatch {
  readonly record: SearchRecord;
  /** fuse.js score: 0 is a perfect match, 1 no match. */
  readonly score: number;
}

/** What material matching needs: the fuse index's materials and the search page's catalogue. */
export interface MatchableMaterial {
  readonly name: string;
  readonly aliases: readonly string[];
  /** Full pinyin of the name, then of each alias. */
  readonly pinyin: readonly string[];
  /** Published guides that require the material. */
  readonly count: number;
}

export interface MaterialMatch<M extends MatchableMaterial = SearchMaterial> {
  readonly material: M;
  /** The name or alias the query matched, e.g. 户口本 for 居民户口簿. */
  readonly matched: string;
}

export interface QueryResult {
  readonly query: string;
  readonly guides: readonly GuideMatch[];
  readonly materials: readonly MaterialMatch[];
}

export interface GuideSearcher {
  readonly index: SearchIndex;
  search(query: string): QueryResult;
}

/**
 * An exact hit in the title or its pinyin outranks any fuzzy hit elsewhere: fuse multiplies
 * per-field scores, so a guide that only mentions the word among its materials could otherwise
 * come before the one whose title is the word.
 */
function exactTier(record: SearchRecord, query: string): number {
  if (record.title.includes(query) || record.aliases.some((alias) => alias.includes(query)))
    return 0;
  if (
    record.pinyin.some((p) => p.includes(query)) ||
    record.initials.some((i) => i.startsWith(query))
  ) {
    return 1;
  }
  if (record.result.some((name) => name.includes(query))) return 2;
  return 3;
}

export function createSearcher(index: SearchIndex): GuideSearcher {
  const fuse = new Fuse(index.records, FUSE_OPTIONS);
  return {
    index,
    search(raw) {
      const query = normalizeQuery(raw);
      if (!query) return { query, guides: [], materials: [] };
      const guides = fuse
        .search(query)
        .map((hit) => ({
          record: hit.item,
          score: hit.score ?? 1,
          tier: exactTier(hit.item, query),
        }))
        .sort((a, b) => a.tier - b.tier || a.score - b.score)
        .map(({ record, score }) => ({ record, score }));
      return { query, guides, materials: matchMaterials(index.materials, query) };
    },
  };
}

/**
 * How close a name is to the query: 0 equal, 1 the name contains the query and the query is at
 * least half of it (户口 → 户口本, not 结婚 → 申请结婚登记声明书), 2 the query contains the name.
 */
function closeness(name: string, query: string): number | undefined {
  if (name === query) return 0;
  if (query.length >= 2 && query.length * 2 >= name.length && name.includes(query)) return 1;
  if (name.length >= 2 && query.includes(name)) return 2;
  return undefined;
}

/**
 * Materials whose name or alias the query names (户口本 → 居民户口簿), or whose pinyin it
 * spells in full (hukouben). At most `limit`, closest first; only exact matches when there is
 * one; only materials some guide requires.
 */
export function matchMaterials<M extends MatchableMaterial>(
  materials: readonly M[],
  rawQuery: string,
  limit = 3,
): MaterialMatch<M>[] {
  const query = normalizeQuery(rawQuery);
  if (!query) return [];
  const latin = isLatinQuery(query);
  const found: { match: MaterialMatch<M>; rank: number }[] = [];
  for (const material of materials) {
    if (material.count === 0) continue;
    const names = [material.name, ...material.aliases];
    let best: { matched: string; rank: number } | undefined;
    names.forEach((name, i) => {
      const rank = latin
        ? material.pinyin[i] === query
          ? 0
          : undefined
        : closeness(normalizeText(name), query);
      if (rank !== undefined && (!best || rank < best.rank)) best = { matched: name, rank };
    });
    if (best) found.push({ match: { material, matched: best.matched }, rank: best.rank });
  }
  found.sort((a, b) => a.rank - b.rank || b.match.material.count - a.match.material.count);
  // A query that names a material exactly (身份证) means that material, not every longer name
  // containing it (受托人身份证, 身份证申领表).
  const exact = found[0]?.rank === 0;
  return found
    .filter((f) => !exact || f.rank === 0)
    .slice(0, limit)
    .map((f) => f.match);
}
