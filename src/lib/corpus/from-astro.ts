// Turns entries as Astro's getCollection returns them (references as `{ collection, id }`) into
// the plain Corpus. Structural types only: no Astro import, so this stays pure TypeScript.
import { refId } from '../schemas/index.ts';
import type { Abolished, Department, Guide, Material, Ref, Topic } from '../schemas/index.ts';
import { byId } from './model.ts';
import type { Corpus, Entry, GuideEntry } from './model.ts';

type WithRefs<T, K extends keyof T> = Omit<T, K> & { [P in K]: unknown };

interface AstroEntry<T> {
  id: string;
  data: T;
  body?: string | undefined;
  filePath?: string | undefined;
}

type AstroGuide = WithRefs<Guide, 'department' | 'materials' | 'topics'> & {
  department: Ref;
  materials: (Omit<Guide['materials'][number], 'material'> & { material: Ref })[];
  topics: Ref[];
};
type AstroTopic = Omit<Topic, 'guides'> & { guides: Ref[] };
type AstroAbolished = Omit<Abolished, 'material'> & { material?: Ref | undefined };

const fileOf = (entry: AstroEntry<unknown>) => (entry.filePath ? { file: entry.filePath } : {});

export function corpusFromAstro(collections: {
  guides: AstroEntry<AstroGuide>[];
  departments: AstroEntry<Department>[];
  materials: AstroEntry<Material>[];
  abolished: AstroEntry<AstroAbolished>[];
  topics: AstroEntry<AstroTopic>[];
}): Corpus {
  const guides: GuideEntry[] = collections.guides.map((entry) => ({
    id: entry.id,
    body: entry.body ?? '',
    ...fileOf(entry),
    data: {
      ...entry.data,
      department: refId(entry.data.department),
      materials: entry.data.materials.map((m) => ({ ...m, material: refId(m.material) })),
      topics: entry.data.topics.map(refId),
    },
  }));
  const plain = <T>(entry: AstroEntry<T>): Entry<T> => ({
    id: entry.id,
    data: entry.data,
    ...fileOf(entry),
  });
  return {
    guides,
    departments: byId(collections.departments.map(plain)),
    materials: byId(collections.materials.map(plain)),
    abolished: byId(
      collections.abolished.map((entry) => {
        const { material, ...rest } = entry.data;
        return plain({ ...entry, data: material ? { ...rest, material: refId(material) } : rest });
      }),
    ),
    topics: byId(
      collections.topics.map((entry) =>
        plain({ ...entry, data: { ...entry.data, guides: entry.data.guides.map(refId) } }),
      ),
    ),
  };
}
