// Search by material on the search page, at any corpus size: a small list of the catalogue's
// materials (names, aliases, pinyin, how many guides need each), fetched on the first query, and
// one small file per material with the guides that need it, fetched only for a matched material.
// The guide list page gets the same information from its fuse index instead. Build time only.
import type { GuideSummaryEntry, SiteCorpus } from '../corpus/summary.ts';
import { MATERIAL_CATALOGUE_VERSION, MAX_LISTED_GUIDES } from './material-catalogue-format.ts';
import type {
  CatalogueRow,
  MaterialCatalogueJson,
  MaterialGuidesJson,
} from './material-catalogue-format.ts';
import { pinyinOf } from './pinyin.ts';

/** Published guides per required material id, in the order given. */
export function guidesByMaterial(
  guides: readonly GuideSummaryEntry[],
): Map<string, GuideSummaryEntry[]> {
  const byMaterial = new Map<string, GuideSummaryEntry[]>();
  for (const guide of guides) {
    for (const id of new Set(guide.data.materials.map((m) => m.material))) {
      const list = byMaterial.get(id) ?? [];
      list.push(guide);
      byMaterial.set(id, list);
    }
  }
  return byMaterial;
}

export function buildMaterialCatalogue(
  corpus: SiteCorpus,
  guides: readonly GuideSummaryEntry[],
): MaterialCatalogueJson {
  const byMaterial = guidesByMaterial(guides);
  const materials: CatalogueRow[] = [];
  for (const [id, entry] of corpus.materials) {
    const count = byMaterial.get(id)?.length ?? 0;
    if (count === 0) continue;
    const { name, aliases } = entry.data;
    materials.push([
      id,
      name,
      aliases,
      [name, ...aliases].map((text) => pinyinOf(text).full),
      count,
    ]);
  }
  return { v: MATERIAL_CATALOGUE_VERSION, materials };
}

export function buildMaterialGuides(
  corpus: SiteCorpus,
  guides: readonly GuideSummaryEntry[],
): MaterialGuidesJson[] {
  return [...guidesByMaterial(guides)].flatMap(([id, list]) => {
    const material = corpus.materials.get(id);
    if (!material) return [];
    return [
      {
        id,
        name: material.data.name,
        total: list.length,
        guides: list.slice(0, MAX_LISTED_GUIDES).map((g): [string, string] => [g.id, g.data.title]),
      },
    ];
  });
}
