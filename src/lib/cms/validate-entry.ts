// The validator in the web editor: the entry being saved is written in the canonical form, parsed
// as the CLI parses files, checked against its schema and then by the same rule modules as
// `npm run validate` (src/lib/validate/rules/), against the catalogue of the last build. Only the
// rules that read the disk (templates under public/) are left to the CLI and CI.
import { guideRefCandidates, materialCandidates } from '../corpus/candidates.ts';
import type { Catalogue } from '../corpus/load.ts';
import type { CatalogueName } from '../corpus/load-files.ts';
import type { Entry, GuideEntry } from '../corpus/model.ts';
import type { Guide } from '../schemas/index.ts';
import { severityOf } from '../validate/codes.ts';
import type { Code, Severity } from '../validate/codes.ts';
import { ruleGuide } from '../validate/context.ts';
import type { RuleGuide, Report, RuleContext } from '../validate/context.ts';
import type { BuildDate } from '../validate/date.ts';
import type { Issue, PathSegment } from '../validate/finding.ts';
import { CONTENT_CATALOGUE_RULES, CORPUS_RULES, GUIDE_RULES } from '../validate/rules/index.ts';
import { checkSchema } from '../validate/schema-check.ts';
import type { RefCandidates } from '../validate/schema-issues.ts';
import { cmsCollection, entryPath } from './collections.ts';
import { entryFile, FormatError, readEntry } from './format.ts';
import type { EntryData } from './format.ts';

export interface EntryFinding {
  readonly code: Code;
  readonly severity: Severity;
  readonly message: string;
  /** The field, as a path in the entry's data (`materials.2.material`), when known. */
  readonly field?: string;
  readonly suggestions?: readonly string[];
}

export interface EntryToCheck {
  /** Collection name (guides, materials, …). */
  readonly collection: string;
  /** File id: for guides `<department>/<file>`, else the file name without extension. */
  readonly id: string;
  readonly data: EntryData;
}

export interface EditorCatalogue {
  readonly catalogue: Catalogue;
  readonly guides: readonly RuleGuide[];
}

const pathOf = (issue: Issue): string | undefined =>
  'path' in issue.at && issue.at.path.length > 0
    ? issue.at.path.map((segment: PathSegment) => String(segment)).join('.')
    : undefined;

function toFinding(issue: Issue): EntryFinding {
  const field = pathOf(issue);
  return {
    code: issue.code,
    severity: severityOf(issue.code),
    message: issue.message,
    ...(field ? { field } : {}),
    ...(issue.suggestions ? { suggestions: issue.suggestions } : {}),
  };
}

const noRefs = (): RefCandidates => () => undefined;

/** Every finding for one entry, errors first, in the order the rules report them. */
export function validateEntry(
  entry: EntryToCheck,
  { catalogue, guides }: EditorCatalogue,
  date: BuildDate,
): EntryFinding[] {
  const collection = cmsCollection(entry.collection);
  const file = entryPath(collection, entry.id);
  const issues: Issue[] = [];
  const report: Report = (issue) => issues.push(issue);
  let data: EntryData;
  try {
    // Exactly what will be committed, read back as the CLI reads it.
    data = readEntry(collection, entryFile(collection, entry.data));
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    return [{ code: 'TY001', severity: 'error', message: error.message }];
  }
  const { body, ...fields } = data;
  const refs =
    collection.name === 'guides'
      ? guideRefCandidates(catalogue)
      : collection.name === 'abolished'
        ? () => (path: readonly PathSegment[]) =>
            path[0] === 'material' ? materialCandidates(catalogue.materials) : undefined
        : noRefs;
  const checked = checkSchema(file, collection.schema, fields, refs);
  if (!checked.ok) return sorted(checked.issues.map(toFinding));

  const ctx: RuleContext = { catalogue, date };
  if (collection.name === 'guides') {
    const guide: GuideEntry = {
      id: entry.id,
      data: checked.data as Guide,
      body: typeof body === 'string' ? body : '',
      file,
    };
    for (const rule of GUIDE_RULES) rule(guide, ctx, report);
    const others = guides.filter((g) => g.id !== entry.id);
    for (const rule of CORPUS_RULES) rule([...others, ruleGuide(guide)], ctx, report);
  } else {
    const name = collection.name as CatalogueName;
    const maps = { ...catalogue } as unknown as Record<CatalogueName, Map<string, Entry<unknown>>>;
    const edited = new Map(maps[name]);
    edited.set(entry.id, { id: entry.id, data: checked.data, file });
    const withEntry = { ...catalogue, [name]: edited };
    const editedCtx: RuleContext = { catalogue: withEntry, date };
    for (const rule of CONTENT_CATALOGUE_RULES) rule(editedCtx, report);
    for (const rule of CORPUS_RULES) rule(guides, editedCtx, report);
  }
  return sorted(issues.filter((issue) => issue.file === file).map(toFinding));
}

const sorted = (findings: EntryFinding[]): EntryFinding[] =>
  [...findings].sort((a, b) => (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1));
