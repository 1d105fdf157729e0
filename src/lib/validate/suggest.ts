// "是否指的是 …？": the closest valid values for a mistyped id, name or enumerated value. Fuse
// indexes are built only when a finding needs a suggestion, so a clean corpus never pays for them.
import Fuse from 'fuse.js';

export interface Candidate {
  /** What the editor should write (an id, an enumerated value, a key). */
  readonly value: string;
  /** Other strings that identify it: its name, aliases. */
  readonly names?: readonly string[];
  /** Shown after the value, e.g. the Chinese name of an id. */
  readonly label?: string;
}

const indexes = new WeakMap<readonly Candidate[], Map<number, Fuse<Candidate>>>();

/**
 * Up to `limit` candidates closest to `query`, best first. `threshold` is Fuse's (0 exact … 1
 * anything); 0.4 suits ids and names, short enumerated terms need more tolerance.
 */
export function closest(
  query: string,
  candidates: readonly Candidate[],
  limit = 3,
  threshold = 0.4,
): Candidate[] {
  if (query.trim() === '' || candidates.length === 0) return [];
  let byThreshold = indexes.get(candidates);
  if (!byThreshold) indexes.set(candidates, (byThreshold = new Map<number, Fuse<Candidate>>()));
  let fuse = byThreshold.get(threshold);
  if (!fuse) {
    fuse = new Fuse(candidates, {
      keys: ['value', 'names'],
      threshold,
      ignoreLocation: true,
    });
    byThreshold.set(threshold, fuse);
  }
  return fuse.search(query, { limit }).map((r) => r.item);
}

/** `civil-affairs（青山区民政局）` */
export const describeCandidate = (c: Candidate): string =>
  c.label ? `${c.value}（${c.label}）` : c.value;

/** The sentence appended to a message, or '' when nothing is close. */
export function didYouMean(found: readonly Candidate[], quote = false): string {
  if (found.length === 0) return '';
  const shown = found.map((c) => (quote ? `“${c.value}”` : describeCandidate(c)));
  return `是否指的是 ${shown.join('、')}？`;
}
