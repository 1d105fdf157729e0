// Query and text normalisation shared by the index builder and the browser, so that a query is
// compared with the index in the same form it was built in.

/**
 * NFKC folds full-width letters and digits (ｊｉｅｈｕｎ, １２３) that Chinese input methods
 * produce into ASCII; case is folded for pinyin. Internal whitespace collapses to one space.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Latin letters, digits, apostrophes and spaces only: what a pinyin query looks like. */
const PINYIN_QUERY = /^[a-z0-9' ]+$/;

/**
 * A query as the matcher wants it. Pinyin typed with syllable breaks (`jie hun`, `jie'hun`) is
 * joined, because the index stores pinyin without separators; Chinese text keeps its spaces.
 */
export function normalizeQuery(query: string): string {
  const text = normalizeText(query);
  return PINYIN_QUERY.test(text) ? text.replace(/[' ]/g, '') : text;
}

/** True when the query is written in Latin letters, i.e. likely pinyin or initials. */
export function isLatinQuery(query: string): boolean {
  return /^[a-z]+$/.test(normalizeQuery(query));
}
