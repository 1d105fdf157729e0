// Suggestion candidates for reference fields: departments, materials (by name and aliases),
// topics, a department's locations. Pure, so the web editor's validator suggests the same ids.
import type { Department, Material, Topic } from '../schemas/index.ts';
import type { RefCandidates } from '../validate/schema-issues.ts';
import type { Candidate } from '../validate/suggest.ts';
import type { Entry } from './model.ts';

/** What candidatesOf needs of a catalogue. */
interface CandidateSource {
  readonly departments: ReadonlyMap<string, Entry<Department>>;
  readonly materials: ReadonlyMap<string, Entry<Material>>;
  readonly topics: ReadonlyMap<string, Entry<Topic>>;
}

export const departmentCandidates = (
  departments: ReadonlyMap<string, Entry<Department>>,
): Candidate[] =>
  [...departments.values()].map((d) => ({ value: d.id, label: d.data.name, names: [d.data.name] }));

export const materialCandidates = (materials: ReadonlyMap<string, Entry<Material>>): Candidate[] =>
  [...materials.values()].map((m) => ({
    value: m.id,
    label: m.data.name,
    names: [m.data.name, ...m.data.aliases],
  }));

export const topicCandidates = (topics: ReadonlyMap<string, Entry<Topic>>): Candidate[] =>
  [...topics.values()].map((t) => ({ value: t.id, label: t.data.title, names: [t.data.title] }));

export const locationCandidates = (department: Entry<Department> | undefined): Candidate[] =>
  department?.data.locations.map((l) => ({ value: l.id, label: l.name, names: [l.name] })) ?? [];

const candidateCache = new WeakMap<
  CandidateSource,
  { departments: Candidate[]; materials: Candidate[]; topics: Candidate[] }
>();

export function candidatesOf(catalogue: CandidateSource) {
  let cached = candidateCache.get(catalogue);
  if (!cached) {
    cached = {
      departments: departmentCandidates(catalogue.departments),
      materials: materialCandidates(catalogue.materials),
      topics: topicCandidates(catalogue.topics),
    };
    candidateCache.set(catalogue, cached);
  }
  return cached;
}

/** Suggestions for a guide's reference fields that are not even well-formed ids. */
export function guideRefCandidates(catalogue: CandidateSource): (data: unknown) => RefCandidates {
  return (data) => (path) => {
    const [first, , third] = path;
    if (first === 'department') return candidatesOf(catalogue).departments;
    if (first === 'materials' && third === 'material') return candidatesOf(catalogue).materials;
    if (first === 'topics') return candidatesOf(catalogue).topics;
    if (first === 'counter') {
      const department = (data as { department?: unknown } | null)?.department;
      return typeof department === 'string'
        ? locationCandidates(catalogue.departments.get(department))
        : undefined;
    }
    return undefined;
  };
}
