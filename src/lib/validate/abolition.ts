// The register of abolished materials, as the rules use it: which abolitions apply to a guide
// (scope), whether they are in force on the build date, and where their names are mentioned.
import type { Catalogue } from '../corpus/load.ts';
import type { Entry } from '../corpus/model.ts';
import type { Abolished, Guide } from '../schemas/index.ts';
import { documentName } from './context.ts';
import type { BuildDate } from './date.ts';
import { isoDay } from './date.ts';

export interface Abolition {
  readonly entry: Entry<Abolished>;
  /** The name first, then the aliases: every string that names the material. */
  readonly names: readonly string[];
  /** `YYYY-MM-DD` */
  readonly on: string;
  readonly inForce: boolean;
  /** The scope as sets (undefined = all), for a cheap check per guide. */
  readonly scope?: {
    readonly codes: ReadonlySet<string>;
    readonly titles: ReadonlySet<string>;
    readonly types: ReadonlySet<string>;
  };
}

const cache = new WeakMap<Catalogue, Map<string, Abolition[]>>();

export function abolitionsOf(catalogue: Catalogue, date: BuildDate): Abolition[] {
  let byDate = cache.get(catalogue);
  if (!byDate) cache.set(catalogue, (byDate = new Map<string, Abolition[]>()));
  let list = byDate.get(date.iso);
  if (!list) {
    list = [...catalogue.abolished.values()].map((entry) => {
      const on = isoDay(entry.data.abolishedOn);
      const scope = entry.data.scope;
      return {
        entry,
        names: [...new Set([entry.data.name, ...entry.data.aliases])],
        on,
        inForce: on <= date.iso,
        ...(scope === 'all'
          ? {}
          : {
              scope: {
                codes: new Set(scope.codes),
                titles: new Set(scope.titles),
                types: new Set<string>(scope.types),
              },
            }),
      };
    });
    byDate.set(date.iso, list);
  }
  return list;
}

/**
 * A scoped abolition applies to a guide whose code, title or 事项类型 is listed (any of them). It
 * must never fire on other guides: the household register is abolished for marriage registration
 * but still required elsewhere.
 */
export function inScope(
  abolition: Abolition,
  guide: Pick<Guide, 'code' | 'title' | 'type'>,
): boolean {
  const scope = abolition.scope;
  return (
    scope === undefined ||
    scope.codes.has(guide.code) ||
    scope.titles.has(guide.title) ||
    scope.types.has(guide.type)
  );
}

const applicableCache = new WeakMap<Guide, { date: string; list: readonly Abolition[] }>();
const canonical = new WeakMap<readonly Abolition[], Map<string, readonly Abolition[]>>();

/**
 * The abolitions whose scope covers this guide, computed once per guide. Guides with the same set
 * share one array object, so per-set work (the combined name pattern, material matches) is cached.
 */
export function applicableTo(
  guide: Guide,
  catalogue: Catalogue,
  date: BuildDate,
): readonly Abolition[] {
  const cached = applicableCache.get(guide);
  if (cached?.date === date.iso) return cached.list;
  const all = abolitionsOf(catalogue, date);
  let sets = canonical.get(all);
  if (!sets) canonical.set(all, (sets = new Map<string, readonly Abolition[]>()));
  let key = '';
  for (const [i, a] of all.entries()) if (inScope(a, guide)) key += `${i},`;
  let list = sets.get(key);
  if (!list) {
    list = all.filter((a) => inScope(a, guide));
    sets.set(key, list);
  }
  applicableCache.set(guide, { date: date.iso, list });
  return list;
}

const REPLACEMENT_HINTS: Record<Abolished['replacement'], string> = {
  告知承诺: '改为由申请人签署告知承诺书',
  部门核查: '改为由办理部门核查',
  数据共享: '改为由办理部门通过数据共享获取',
  直接取消: '直接取消，不需要任何替代材料',
};

/** `依据《婚姻登记条例》（国务院令第804号），自 2025-05-10 起本事项不再要求提交，直接取消…` */
export function abolitionReason(a: Abolition): string {
  const d = a.entry.data;
  const where = d.scope === 'all' ? '所有事项' : '本事项';
  return `依据${documentName(d.basis)}，自 ${a.on} 起${where}${a.inForce ? '不再' : '将不再'}要求提交“${d.name}”（${REPLACEMENT_HINTS[d.replacement]}）`;
}

// --- mentions in free text ----------------------------------------------------------------------

/**
 * A mention is allowed only inside an explicit negation clause that tells citizens they need not
 * bring it: the clause (text since the last ，。；！？ or line break) must contain one of these words
 * BEFORE the name, e.g. “无需提交居民户口簿”, “不再需要户口本”, “免于提交婚姻状况证明”.
 */
export const NEGATIONS = [
  '无需',
  '无须',
  '不需',
  '不必',
  '不用',
  '不再',
  '免于',
  '免予',
  '免交',
  '免提交',
  '免除',
  '不要求',
  '不得',
  '取消',
] as const;

const CLAUSE_END = /[。；;！!？?，,\n]/;

export interface Mention {
  readonly abolition: Abolition;
  /** The name or alias as written. */
  readonly name: string;
  readonly index: number;
  /** Which occurrence of `name` in the text this is (0 = first), to locate it in the source. */
  readonly nth: number;
}

export function isNegated(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && !CLAUSE_END.test(text.charAt(start - 1))) start--;
  const clause = text.slice(start, index);
  return NEGATIONS.some((word) => clause.includes(word));
}

/**
 * Names and aliases of the given abolitions found in `text`, as whole strings; where one name
 * contains another (居民户口簿 / 户口簿) only the longer is reported. Negated mentions are left out.
 */
export function findMentions(text: string, abolitions: readonly Abolition[]): Mention[] {
  // One combined search first: almost every text mentions nothing, and then that is all it costs.
  if (abolitions.length === 0 || !anyName(abolitions).test(text)) return [];
  const found: { abolition: Abolition; name: string; index: number }[] = [];
  for (const abolition of abolitions) {
    for (const name of abolition.names) {
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
        found.push({ abolition, name, index: i });
      }
    }
  }
  if (found.length === 0) return [];
  found.sort((a, b) => a.index - b.index || b.name.length - a.name.length);
  const kept: typeof found = [];
  let coveredUntil = -1;
  for (const m of found) {
    if (m.index + m.name.length <= coveredUntil) continue;
    kept.push(m);
    coveredUntil = Math.max(coveredUntil, m.index + m.name.length);
  }
  return kept
    .filter((m) => !isNegated(text, m.index))
    .map((m) => ({ ...m, nth: occurrencesBefore(text, m.name, m.index) }));
}

const patterns = new WeakMap<readonly Abolition[], RegExp>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function anyName(abolitions: readonly Abolition[]): RegExp {
  let pattern = patterns.get(abolitions);
  if (!pattern) {
    pattern = new RegExp(
      abolitions
        .flatMap((a) => a.names)
        .map(escape)
        .join('|'),
    );
    patterns.set(abolitions, pattern);
  }
  return pattern;
}

function occurrencesBefore(text: string, name: string, index: number): number {
  let n = 0;
  for (let i = text.indexOf(name); i >= 0 && i < index; i = text.indexOf(name, i + name.length))
    n++;
  return n;
}
