// Shared by the validator tests: run the engine on a scenario folder (a content root of its own).
import { join } from 'node:path';
import { parseDay } from '../../src/lib/validate/date.ts';
import { validateContentSync } from '../../src/lib/validate/engine.ts';
import type { ValidateOptions } from '../../src/lib/validate/engine.ts';
import type { Finding } from '../../src/lib/validate/finding.ts';

/** The value, or a failed test when it is missing. */
export function defined<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

/** A build date from `YYYY-MM-DD`. */
export const day = (iso: string) => defined(parseDay(iso), iso);

export const DATE = day('2026-11-25');

export const scenario = (name: string): string => join(import.meta.dirname, name);

/** Findings for a scenario; file paths are relative to the scenario folder. */
export function check(name: string, options: Partial<ValidateOptions> = {}): Finding[] {
  return validateContentSync({ date: DATE, root: '.', cwd: scenario(name), ...options }).findings;
}

/** `guides/x.md:3:7 TY020` — where and what, for compact list assertions. */
export const brief = (f: Finding): string => `${f.file}:${f.line}:${f.column} ${f.code}`;

/** The first finding with this code (in this file). */
export function first(findings: readonly Finding[], code: string, file?: string): Finding {
  const found = findings.find((f) => f.code === code && (file === undefined || f.file === file));
  if (!found) throw new Error(`no ${code}${file ? ` in ${file}` : ''}`);
  return found;
}
