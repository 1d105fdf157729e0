// Open data is JSON: dates become `YYYY-MM-DD` strings (the notation editors write), everything
// else keeps the content model's keys and values, so the JSON Schema at /data/schema.json
// describes it field for field.
import { isoDay } from '../site/format.ts';

export type Normalized<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Normalized<U>[]
    : T extends object
      ? { [K in keyof T]: Normalized<T[K]> }
      : T;

export function normalize<T>(value: T): Normalized<T> {
  if (value instanceof Date) return isoDay(value) as Normalized<T>;
  if (Array.isArray(value)) return value.map((item: unknown) => normalize(item)) as Normalized<T>;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) out[key] = normalize(item);
    }
    return out as Normalized<T>;
  }
  return value as Normalized<T>;
}
