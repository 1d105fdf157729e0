// One entry's data against its collection's schema: the parsed data, or the schema findings in
// Chinese with suggestions. Shared by the file loader and the web editor's validator.
import type { z } from 'zod';
import type { Issue } from './finding.ts';
import { schemaIssues, zhErrors } from './schema-issues.ts';
import type { RefCandidates } from './schema-issues.ts';

export function checkSchema(
  file: string,
  schema: z.ZodType,
  data: unknown,
  refs: (data: unknown) => RefCandidates,
  /** The same schema compiled (`z.compile`), to parse with; the issues still come from `schema`. */
  parser: z.ZodType = schema,
): { ok: true; data: unknown } | { ok: false; issues: Issue[] } {
  const parsed = parser.safeParse(data, zhErrors);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, issues: schemaIssues(file, schema, data, parsed.error.issues, refs(data)) };
}
