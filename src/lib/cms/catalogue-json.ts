// The catalogue as the web editor's validator and preview read it: /admin/catalogue.json, written
// at build time from the same loader as `npm run validate`. Dates travel as {"$date":"YYYY-MM-DD"}
// so the rules see Date objects, as they do on the command line.
import type { Catalogue } from '../corpus/load.ts';
import type { CatalogueName } from '../corpus/load-files.ts';
import type { Entry } from '../corpus/model.ts';
import type { GuideSummaryEntry } from '../corpus/summary.ts';
import type { Abolished, Department, Material, Topic } from '../schemas/index.ts';
import type { RuleGuide } from '../validate/context.ts';
import { ruleGuide } from '../validate/context.ts';

export interface CatalogueJson {
  readonly departments: readonly Entry<Department>[];
  readonly materials: readonly Entry<Material>[];
  readonly abolished: readonly Entry<Abolished>[];
  readonly topics: readonly Entry<Topic>[];
  readonly broken: Readonly<Record<CatalogueName, readonly string[]>>;
  readonly guideIds: readonly string[];
  /** What the cross-guide rules (duplicate codes, topic membership) need of every other guide. */
  readonly guides: readonly RuleGuide[];
}

/** The catalogue and the guides' summaries, ready for JSON.stringify (use `replacer`). */
export function catalogueJson(
  catalogue: Catalogue,
  guides: readonly GuideSummaryEntry[],
): CatalogueJson {
  const list = <T>(map: ReadonlyMap<string, Entry<T>>) => [...map.values()];
  return {
    departments: list(catalogue.departments),
    materials: list(catalogue.materials),
    abolished: list(catalogue.abolished),
    topics: list(catalogue.topics),
    broken: {
      departments: [...catalogue.broken.departments],
      materials: [...catalogue.broken.materials],
      abolished: [...catalogue.broken.abolished],
      topics: [...catalogue.broken.topics],
    },
    guideIds: [...catalogue.guideIds],
    guides: guides.map(ruleGuide),
  };
}

/** JSON.stringify replacer: Dates as {"$date": "YYYY-MM-DD"}. */
export function replacer(this: unknown, key: string, value: unknown): unknown {
  const raw = (this as Record<string, unknown>)[key];
  return raw instanceof Date ? { $date: raw.toISOString().slice(0, 10) } : value;
}

/** JSON.parse reviver: back to Dates. */
export function reviver(_key: string, value: unknown): unknown {
  if (typeof value === 'object' && value !== null && '$date' in value) {
    return new Date(`${String(value.$date)}T00:00:00Z`);
  }
  return value;
}

export const stringifyCatalogue = (json: CatalogueJson): string => JSON.stringify(json, replacer);

export interface BrowserCatalogue {
  readonly catalogue: Catalogue;
  readonly guides: readonly RuleGuide[];
}

export function parseCatalogue(text: string): BrowserCatalogue {
  const json = JSON.parse(text, reviver) as CatalogueJson;
  const byId = <T>(entries: readonly Entry<T>[]) => new Map(entries.map((e) => [e.id, e]));
  return {
    catalogue: {
      departments: byId(json.departments),
      materials: byId(json.materials),
      abolished: byId(json.abolished),
      topics: byId(json.topics),
      broken: {
        departments: new Set(json.broken.departments),
        materials: new Set(json.broken.materials),
        abolished: new Set(json.broken.abolished),
        topics: new Set(json.broken.topics),
      },
      guideIds: new Set(json.guideIds),
    },
    guides: json.guides,
  };
}
