// Material names of an export matched to the catalogue: the exact name, then an alias, then
// fuzzily. A fuzzy match is only ever a suggestion: the material gets a new catalogue entry of its
// own and the candidates are listed for a person to decide (merging two materials by a guess
// could hide exactly the drift the audit looks for).
import Fuse from 'fuse.js';
import type { Entry } from '../corpus/model.ts';
import type { Material } from '../schemas/index.ts';
import { squash } from './values.ts';

export interface Candidate {
  readonly id: string;
  readonly name: string;
  /** Fuse's score: 0 is identical, 1 nothing alike. */
  readonly score: number;
}

export type MaterialMatch =
  | { readonly kind: 'id' | 'name' | 'alias'; readonly id: string }
  | { readonly kind: 'fuzzy'; readonly candidates: readonly Candidate[] }
  | { readonly kind: 'none' };

/** Names compared without spaces, with full-width letters and brackets made half-width. */
export const materialKey = (name: string): string =>
  squash(name).replace(/（/g, '(').replace(/）/g, ')');

const FUZZY_THRESHOLD = 0.4;
const CANDIDATES = 3;

export class MaterialMatcher {
  private readonly byName = new Map<string, string>();
  private readonly byAlias = new Map<string, string>();
  private readonly fuse: Fuse<{ id: string; name: string; names: string[] }>;

  private readonly materials: ReadonlyMap<string, Entry<Material>>;

  constructor(materials: ReadonlyMap<string, Entry<Material>>) {
    this.materials = materials;
    const sorted = [...materials.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const m of sorted) {
      if (!this.byName.has(materialKey(m.data.name)))
        this.byName.set(materialKey(m.data.name), m.id);
    }
    for (const m of sorted) {
      for (const alias of m.data.aliases) {
        if (!this.byAlias.has(materialKey(alias))) this.byAlias.set(materialKey(alias), m.id);
      }
    }
    this.fuse = new Fuse(
      sorted.map((m) => ({ id: m.id, name: m.data.name, names: [m.data.name, ...m.data.aliases] })),
      { keys: ['names'], threshold: FUZZY_THRESHOLD, ignoreLocation: true, includeScore: true },
    );
  }

  match(name: string, id?: string): MaterialMatch {
    if (id !== undefined && id !== '' && this.materials.has(id)) return { kind: 'id', id };
    const key = materialKey(name);
    const byName = this.byName.get(key);
    if (byName !== undefined) return { kind: 'name', id: byName };
    const byAlias = this.byAlias.get(key);
    if (byAlias !== undefined) return { kind: 'alias', id: byAlias };
    const found = this.fuse.search(name, { limit: CANDIDATES });
    if (found.length === 0) return { kind: 'none' };
    return {
      kind: 'fuzzy',
      candidates: found.map((r) => ({
        id: r.item.id,
        name: r.item.name,
        score: Math.round((r.score ?? 1) * 100) / 100,
      })),
    };
  }
}

/**
 * A first category for a proposed catalogue entry, from how its name ends; listed for review
 * with the entry, never taken as settled.
 */
export function guessCategory(name: string): Material['category'] {
  if (/(?:表|申请书|声明书|承诺书|登记书)$/.test(name)) return '表格';
  if (/(?:协议|合同|协议书)$/.test(name)) return '协议';
  if (/(?:证明|报告|意见|鉴定书|说明)$/.test(name)) return '证明';
  if (/(?:证|照|执照|簿|薄|卡|证书)$/.test(name)) return '证件';
  return '其他';
}
