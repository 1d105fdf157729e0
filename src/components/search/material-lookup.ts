// Search by material on the search page: the material list is fetched on the first query, and a
// matched material's guides from its own small file, so the cost does not grow with the corpus.
import {
  MATERIAL_CATALOGUE_URL,
  matchMaterials,
  materialGuidesUrl,
} from '../../lib/search/browser.ts';
import type { MaterialCatalogueJson, MaterialGuidesJson } from '../../lib/search/browser.ts';
import type { MaterialGroup } from './material-results.ts';

interface CatalogueMaterial {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly pinyin: readonly string[];
  readonly count: number;
}

let catalogue: Promise<CatalogueMaterial[]> | undefined;

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

function loadCatalogue(): Promise<CatalogueMaterial[]> {
  catalogue ??= getJson<MaterialCatalogueJson>(MATERIAL_CATALOGUE_URL)
    .then((json) =>
      json.materials.map(([id, name, aliases, pinyin, count]) => ({
        id,
        name,
        aliases,
        pinyin,
        count,
      })),
    )
    .catch((error: unknown) => {
      catalogue = undefined;
      throw error;
    });
  return catalogue;
}

/** The materials the query names, each with the guides that need it. */
export async function materialGroupsFor(query: string): Promise<MaterialGroup[]> {
  const matches = matchMaterials(await loadCatalogue(), query);
  return Promise.all(
    matches.map(async ({ material, matched }) => {
      const file = await getJson<MaterialGuidesJson>(materialGuidesUrl(material.id));
      return {
        id: material.id,
        name: material.name,
        matched,
        total: file.total,
        guides: file.guides.map(([id, title]) => ({ id, title })),
      };
    }),
  );
}
