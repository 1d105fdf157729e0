// Ending abolished materials on published guides: a material the register says is abolished, in
// the guide's scope, must not be listed (by catalogue id, name or alias) nor asked for in any text.
import { abolitionReason, applicableTo, findMentions } from '../abolition.ts';
import type { Abolition } from '../abolition.ts';
import { at } from '../context.ts';
import type { CorpusRule, GuideRule } from '../context.ts';
import type { PathSegment } from '../finding.ts';
import { closest, didYouMean } from '../suggest.ts';

const applicable = (guide: Parameters<GuideRule>[0], ctx: Parameters<GuideRule>[1]) =>
  applicableTo(guide.data, ctx.catalogue, ctx.date);

/** How a catalogue material relates to an abolition; computed once per pair, not per guide. */
interface Match {
  /** Listed under the abolition's catalogue id, or with one of its names: TY020/TY021. */
  readonly exact: boolean;
  /** The catalogue name that equals an abolished name, when matched by name. */
  readonly byName?: string;
  /** [catalogue name, abolished name] that are nearly the same: TY024. */
  readonly close?: readonly [string, string];
}

const matches = new WeakMap<Abolition, Map<string, Match>>();
const relevantCache = new WeakMap<
  readonly Abolition[],
  Map<string, readonly (readonly [Abolition, Match])[]>
>();
const NONE: readonly (readonly [Abolition, Match])[] = [];

/** The abolitions of a set that concern a catalogue material (usually none), cached per set. */
function relevant(
  set: readonly Abolition[],
  materialId: string,
  catalogue: Parameters<GuideRule>[1]['catalogue'],
) {
  let byMaterial = relevantCache.get(set);
  if (!byMaterial)
    relevantCache.set(
      set,
      (byMaterial = new Map<string, readonly (readonly [Abolition, Match])[]>()),
    );
  let found = byMaterial.get(materialId);
  if (!found) {
    const list = set
      .map((a) => [a, match(a, materialId, catalogue)] as const)
      .filter(([, m]) => m.exact || m.close);
    found = list.length === 0 ? NONE : list;
    byMaterial.set(materialId, found);
  }
  return found;
}

function match(
  a: Abolition,
  materialId: string,
  catalogue: Parameters<GuideRule>[1]['catalogue'],
): Match {
  let byMaterial = matches.get(a);
  if (!byMaterial) matches.set(a, (byMaterial = new Map<string, Match>()));
  let found = byMaterial.get(materialId);
  if (!found) {
    const material = catalogue.materials.get(materialId);
    const names = material ? [material.data.name, ...material.data.aliases] : [];
    const byName = names.find((n) => a.names.includes(n));
    if (a.entry.data.material === materialId || byName !== undefined) {
      found = {
        exact: true,
        ...(byName !== undefined && a.entry.data.material !== materialId ? { byName } : {}),
      };
    } else {
      const close = names
        .flatMap((n) => a.names.map((an) => [n, an] as const))
        .find(([n, an]) => nearlySame(n, an));
      found = close ? { exact: false, close } : { exact: false };
    }
    byMaterial.set(materialId, found);
  }
  return found;
}

export const abolishedMaterialListed: GuideRule = (guide, ctx, report) => {
  const abolitions = applicable(guide, ctx);
  if (abolitions.length === 0) return;
  guide.data.materials.forEach((m, i) => {
    for (const [a, found] of relevant(abolitions, m.material, ctx.catalogue)) {
      if (!found.exact) continue;
      const material = ctx.catalogue.materials.get(m.material);
      const label = material ? `“${material.data.name}”（${m.material}）` : m.material;
      const how = found.byName === undefined ? '' : `（名称“${found.byName}”与取消登记一致）`;
      const register = `取消登记见 ${a.entry.file}。`;
      if (a.inForce) {
        report(
          at(
            'TY020',
            guide.file,
            ['materials', i, 'material'],
            `申请材料${label}是已取消的证明材料${how}：${abolitionReason(a)}。请从申请材料中删除这一项，不得再向群众索要。${register}`,
          ),
        );
      } else {
        report(
          at(
            'TY021',
            guide.file,
            ['materials', i, 'material'],
            `申请材料${label}即将取消${how}：${abolitionReason(a)}。在 ${a.on} 之前可以保留，但须在那天之前删除这一项，并在正文中告诉群众届时无需再提交。${register}`,
          ),
        );
      }
    }
  });
};

/** Free text of a guide where a requirement could be written: [path, where, text]. */
function freeText(guide: Parameters<GuideRule>[0]): [PathSegment[], string, string][] {
  const d = guide.data;
  const out: [PathSegment[], string, string][] = [];
  d.conditions.forEach((c, i) => out.push([['conditions', i], '受理条件', c]));
  d.materials.forEach((m, i) => {
    if (m.when) out.push([['materials', i, 'when'], '材料的适用情形（when）', m.when]);
    if (m.note) out.push([['materials', i, 'note'], '材料的填报须知（note）', m.note]);
  });
  d.process.forEach((p, i) => {
    out.push([['process', i, 'step'], '办理环节名称', p.step]);
    if (p.description) out.push([['process', i, 'description'], '办理环节说明', p.description]);
  });
  if (d.visitsReason)
    out.push([['visitsReason'], '需到现场的原因（visitsReason）', d.visitsReason]);
  out.push([['result', 'name'], '办理结果名称', d.result.name]);
  d.fees.forEach((f, i) => out.push([['fees', i, 'item'], '收费项目名称', f.item]));
  return out;
}

export const abolishedMaterialMentioned: GuideRule = (guide, ctx, report) => {
  const abolitions = applicable(guide, ctx);
  if (abolitions.length === 0) return;
  const message = (where: string, name: string, a: Abolition) => {
    const alias = name === a.entry.data.name ? '' : `（即“${a.entry.data.name}”）`;
    return a.inForce
      ? `${where}提到了已取消的证明材料“${name}”${alias}：${abolitionReason(a)}。请删除这一要求；如果是要告诉群众不用再提交，请写成否定句，例如“无需提交${a.entry.data.name}”。取消登记见 ${a.entry.file}。`
      : `${where}提到了即将取消的证明材料“${name}”${alias}：${abolitionReason(a)}。请在 ${a.on} 之前修改这段文字。取消登记见 ${a.entry.file}。`;
  };
  for (const [path, where, text] of freeText(guide)) {
    for (const m of findMentions(text, abolitions)) {
      report(
        at(
          m.abolition.inForce ? 'TY022' : 'TY023',
          guide.file,
          path,
          message(where, m.name, m.abolition),
          { text: m.name, nth: m.nth },
        ),
      );
    }
  }
  for (const m of findMentions(guide.body, abolitions)) {
    report({
      code: m.abolition.inForce ? 'TY022' : 'TY023',
      file: guide.file ?? '',
      at: { body: m.index },
      message: message('正文', m.name, m.abolition),
    });
  }
};

/** Punctuation and brackets do not make a different material: 住所(经营场所)证明 = 住所（经营场所）证明. */
const normalized = new Map<string, string>();
const normalize = (s: string): string => {
  let n = normalized.get(s);
  if (n === undefined) {
    n = s.replace(/[\s()（）【】[\]《》〈〉“”"'、，,·.。-]/g, '');
    normalized.set(s, n);
  }
  return n;
};

/** Same after normalizing, or one character apart (for names of at least four characters). */
const nearlySame = (name: string, abolished: string): boolean => {
  const a = normalize(abolished);
  if (a.length < 4) return false;
  const n = normalize(name);
  return n === a || (Math.abs(n.length - a.length) <= 1 && distance(n, a) <= 1);
};

/** Levenshtein distance, bounded: enough for names of a few characters. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j] ?? 0;
      prev[j] = Math.min(
        above + 1,
        (prev[j - 1] ?? 0) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return prev[b.length] ?? 0;
}

export const materialNameCloseToAbolished: GuideRule = (guide, ctx, report) => {
  const abolitions = applicable(guide, ctx);
  if (abolitions.length === 0) return;
  guide.data.materials.forEach((m, i) => {
    for (const [a, found] of relevant(abolitions, m.material, ctx.catalogue)) {
      // Exact matches are TY020; this catches variant spellings that slip past them (户口薄).
      if (!a.inForce) continue;
      const pair = found.close;
      if (!pair) continue;
      const name = ctx.catalogue.materials.get(m.material)?.data.name ?? m.material;
      report(
        at(
          'TY024',
          guide.file,
          ['materials', i, 'material'],
          `申请材料“${name}”（${m.material}）的名称“${pair[0]}”与已取消的证明材料“${pair[1]}”几乎相同：${abolitionReason(a)}。请核实：如果是同一份材料，请删除这一项；如果不是，请把材料名称改得更明确，避免群众误会。取消登记见 ${a.entry.file}。`,
        ),
      );
    }
  });
};

export const abolitionScopeMatchesGuides: CorpusRule = (guides, { catalogue }, report) => {
  if (guides.length === 0) return;
  const codes = new Set(guides.map((g) => g.code));
  const titles = new Set(guides.map((g) => g.title));
  const titleCandidates = [...titles].map((t) => ({ value: t }));
  for (const entry of catalogue.abolished.values()) {
    const scope = entry.data.scope;
    if (scope === 'all') continue;
    scope.titles?.forEach((title, i) => {
      if (titles.has(title)) return;
      const near = closest(title, titleCandidates, 2);
      report(
        at(
          'TY025',
          entry.file,
          ['scope', 'titles', i],
          `适用范围中的事项名称“${title}”与任何办事指南的 title 都不一致，这条取消规定不会对任何指南生效。${didYouMean(near, true)}名称必须与指南的 title 完全相同；如果这个事项还没有指南，可以忽略此警告。`,
          { suggestions: near.map((c) => c.value) },
        ),
      );
    });
    scope.codes?.forEach((code, i) => {
      if (codes.has(code)) return;
      // No suggestion: codes differ by digits, so every code would look "close".
      report(
        at(
          'TY025',
          entry.file,
          ['scope', 'codes', i],
          `适用范围中的事项编码 ${code} 与任何办事指南的 code 都不一致，这条取消规定不会对任何指南生效。请核对编码；如果这个事项还没有指南，可以忽略此警告。`,
        ),
      );
    });
  }
};
