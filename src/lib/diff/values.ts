// Small value helpers for the comparison: canonical equality, before/after pairs, day strings.
import type { Change } from './types.ts';

/** JSON with sorted keys and dates as days, so key order in a YAML file is not a change. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner instanceof Date) return day(inner);
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      const record = inner as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(record)
          .sort()
          .map((key) => [key, record[key]]),
      );
    }
    return inner;
  });
}

export const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/** `{ before, after }` when the two differ, otherwise undefined. */
export const change = <T>(before: T, after: T): Change<T> | undefined =>
  same(before, after) ? undefined : { before, after };

/** YYYY-MM-DD of a YAML date (which is midnight UTC). */
export const day = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * Drops keys whose value is undefined. The result types keep optional keys optional, which
 * `exactOptionalPropertyTypes` needs: an absent key and a key set to undefined are not the same.
 */
export const compact = <T extends object>(value: { [K in keyof T]: T[K] | undefined }): T =>
  Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as T;

/** True when an object built by `compact` has any of the given keys. */
export const hasAny = (value: object): boolean => Object.keys(value).length > 0;

/** Sorts by a string key, in code-point order, so output is the same on every machine. */
export const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
