// What every rule produces. Rules describe WHERE by an anchor (a YAML path, or an offset in the
// file); the locator turns anchors into line:column only for the findings that exist, so a clean
// corpus never pays for source positions.
import type { Code, Severity } from './codes.ts';

/**
 * One problem found in the content. This is also the JSON output format (`--format json` prints an
 * array of these), documented in docs/editors/错误代码.md.
 */
export interface Finding {
  /** Stable code, e.g. `TY020`; see docs/editors/错误代码.md. */
  readonly code: Code;
  readonly severity: Severity;
  /** Path relative to the working directory, with forward slashes. */
  readonly file: string;
  /** 1-based line of the offending key or value. */
  readonly line: number;
  /** 1-based column (in characters) of the offending key or value. */
  readonly column: number;
  /** Chinese: what is wrong, why, and how to fix it. */
  readonly message: string;
  /** Closest valid values ("是否指的是 …？"), when there are any. */
  readonly suggestions?: readonly string[];
}

export type PathSegment = string | number;

/** Where a finding points, before it is located. */
export type Anchor =
  /** A key or value in the file's YAML (a guide's frontmatter or a catalogue file). */
  | {
      readonly path: readonly PathSegment[];
      readonly part?: 'key' | 'value';
      /** Point at this text inside the value (its `nth` occurrence, from 0), e.g. a name in a sentence. */
      readonly text?: string;
      readonly nth?: number;
    }
  /** An offset in a guide's Markdown body. */
  | { readonly body: number }
  /** An offset in the file's text (after a BOM), e.g. inside a guide's Markdown body. */
  | { readonly offset: number }
  /** A position already known (e.g. reported by the YAML parser). */
  | { readonly line: number; readonly column: number };

export interface Issue {
  readonly code: Code;
  /** Absolute path of the file. */
  readonly file: string;
  readonly at: Anchor;
  readonly message: string;
  readonly suggestions?: readonly string[];
}

const severityRank = (f: Finding) => (f.severity === 'error' ? 0 : 1);

/** Files in path order, then by position: the order editors read them in. */
export const byFileAndPosition = (a: Finding, b: Finding): number =>
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
  a.line - b.line ||
  a.column - b.column ||
  (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
  severityRank(a) - severityRank(b);

export const countBySeverity = (findings: readonly Finding[]) => {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
};
