// Cell values of an export mapped to our enumerations and types. Each mapping is a table, so a
// province's spelling is one line to add. A parser returns the value, with a `note` when it had
// to adjust something the reader should check, or the reason it could not map the cell.
import {
  AUDIENCES,
  CASE_KINDS,
  COVERAGES,
  GUIDE_STATUSES,
  ITEM_TYPES,
  MATERIAL_FORMS,
  MATERIAL_SOURCES,
  NECESSITIES,
  ONLINE_DEPTHS,
} from '../schemas/enums.ts';
import type { Basis } from '../schemas/basis.ts';

export type Parsed<T> =
  | { readonly ok: true; readonly value: T; readonly note?: string }
  | { readonly ok: false; readonly reason: string };

const ok = <T>(value: T, note?: string): Parsed<T> =>
  note === undefined ? { ok: true, value } : { ok: true, value, note };
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

/** Spaces removed, full-width letters and digits made half-width: how cells are compared. */
export function squash(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '');
}

/** A value from a table of spellings; the canonical values map to themselves. */
function fromTable<T extends string>(
  label: string,
  canonical: readonly T[],
  spellings: Readonly<Record<string, T>>,
) {
  const table = new Map<string, T>();
  for (const value of canonical) table.set(squash(value), value);
  for (const [spelling, value] of Object.entries(spellings)) table.set(squash(spelling), value);
  return (cell: string): Parsed<T> => {
    const value = table.get(squash(cell));
    return value === undefined
      ? fail(`“${cell}”不是可识别的${label}。可用：${canonical.join('、')}`)
      : ok(value);
  };
}

export const itemType = fromTable('事项类型', ITEM_TYPES, {
  行政许可事项: '行政许可',
  行政确认事项: '行政确认',
  行政给付事项: '行政给付',
  行政备案事项: '行政备案',
  其他权力: '其他行政权力',
  其他行政权力事项: '其他行政权力',
  公共服务事项: '公共服务',
});

export const caseKind = fromTable('办件类型', CASE_KINDS, {
  即办: '即办件',
  承诺: '承诺件',
  上报: '上报件',
  联办: '联办件',
});

export const guideStatus = fromTable('事项状态', GUIDE_STATUSES, {
  暂停: '挂起',
  暂停办理: '挂起',
  已取消: '取消',
  正常: '在用',
  启用: '在用',
});

/** Provinces spell the depth levels differently; Ⅳ级 is always 全程网办. Adopters edit this table. */
export const DEPTH_LEVELS: Readonly<Record<string, (typeof ONLINE_DEPTHS)[number]>> = {
  Ⅰ: '信息公开',
  Ⅱ: '在线申办',
  Ⅲ: '在线预审',
  Ⅳ: '全程网办',
};
const ROMAN: Readonly<Record<string, string>> = {
  I: 'Ⅰ',
  II: 'Ⅱ',
  III: 'Ⅲ',
  IV: 'Ⅳ',
  '1': 'Ⅰ',
  '2': 'Ⅱ',
  '3': 'Ⅲ',
  '4': 'Ⅳ',
  一: 'Ⅰ',
  二: 'Ⅱ',
  三: 'Ⅲ',
  四: 'Ⅳ',
};
const depthName = fromTable('网上办理深度', ONLINE_DEPTHS, {
  全程网上办理: '全程网办',
  全流程网办: '全程网办',
  零跑动: '全程网办',
  网上预审: '在线预审',
  在线申报: '在线申办',
  网上申报: '在线申办',
  网上申办: '在线申办',
  在线办理: '在线申办',
  网上咨询: '信息公开',
  办事指南: '信息公开',
  不支持网上办理: '信息公开',
  不支持网办: '信息公开',
  无: '信息公开',
});

/** `全程网办`, `Ⅳ级`, `IV级（全程网办）`, `四级`: a level wins over any name beside it. */
export function onlineDepth(cell: string): Parsed<(typeof ONLINE_DEPTHS)[number]> {
  const text = squash(cell).toUpperCase();
  const level = /^(Ⅰ|Ⅱ|Ⅲ|Ⅳ|IV|III|II|I|[1-4一二三四])级?(?:[(（].*)?$/.exec(text)?.[1];
  if (level !== undefined) {
    const value = DEPTH_LEVELS[ROMAN[level] ?? level];
    if (value) return ok(value);
  }
  const named = depthName(text.replace(/[(（].*$/, ''));
  return named.ok
    ? named
    : fail(`“${cell}”不是可识别的网上办理深度。可用：${ONLINE_DEPTHS.join('、')}，或Ⅰ级—Ⅳ级`);
}

const coverageName = fromTable('通办范围', COVERAGES, {
  全国范围通办: '全国通办',
  跨省: '跨省通办',
  全市: '全市通办',
  市域通办: '全市通办',
  就近办理: '就近办',
  不通办: '定点办理',
  否: '定点办理',
});

/** 全省通办 has no value of its own: it is imported as 全市通办 (it includes the city) and flagged. */
export function coverage(cell: string): Parsed<(typeof COVERAGES)[number]> {
  if (/^全省(?:范围)?通办$/.test(squash(cell)))
    return ok(
      '全市通办',
      '“全省通办”按“全市通办”导入（全省通办包含全市）；本站没有“全省通办”这一值',
    );
  return coverageName(cell);
}

export const materialForm = fromTable('材料类型', MATERIAL_FORMS, {
  原件及复印件: '原件和复印件',
  '原件、复印件': '原件和复印件',
  '原件,复印件': '原件和复印件',
  原件或复印件: '原件和复印件',
  原件和复印件各一份: '原件和复印件',
  正本: '原件',
  复印: '复印件',
  复印件加盖公章: '复印件',
});

export const necessity = fromTable('材料必要性', NECESSITIES, {
  容缺: '容缺后补',
  可容缺: '容缺后补',
  容缺受理: '容缺后补',
  是: '必要',
  必须: '必要',
  必需: '必要',
  必要材料: '必要',
  否: '非必要',
  非必需: '非必要',
  非必须: '非必要',
  可选: '非必要',
});

export const materialSource = fromTable('来源渠道', MATERIAL_SOURCES, {
  申请人: '申请人自备',
  自备: '申请人自备',
  申请人提供: '申请人自备',
  政府部门: '政府部门核发',
  政府部门出具: '政府部门核发',
  本部门核发: '政府部门核发',
  中介机构: '中介机构出具',
  中介: '中介机构出具',
});

const AUDIENCE_SPELLINGS: Readonly<Record<string, (typeof AUDIENCES)[number]>> = {
  自然人: '自然人',
  个人: '自然人',
  公民: '自然人',
  法人: '法人',
  企业: '法人',
  企业法人: '法人',
  事业单位法人: '法人',
  社会组织: '其他组织',
  非法人组织: '其他组织',
  其他组织: '其他组织',
};

/** `自然人、法人`, `自然人,法人`, `个人；企业`. */
export function audience(cell: string): Parsed<(typeof AUDIENCES)[number][]> {
  const parts = splitList(cell);
  const values: (typeof AUDIENCES)[number][] = [];
  for (const part of parts) {
    const value = AUDIENCE_SPELLINGS[squash(part)];
    if (value === undefined)
      return fail(`服务对象“${part}”不可识别。可用：${AUDIENCES.join('、')}`);
    if (!values.includes(value)) values.push(value);
  }
  return values.length === 0 ? fail('服务对象为空') : ok(values);
}

/** A list in one cell: separated by 、，,；; or line breaks. */
export const splitList = (cell: string): string[] =>
  cell
    .split(/[、，,；;\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** Separated by ；; or line breaks only (items may contain commas). */
export const splitLines = (cell: string): string[] =>
  cell
    .split(/[；;\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

const YES = new Set(['是', '支持', 'Y', 'YES', 'TRUE', '1', '√', '有']);
const NO = new Set(['否', '不支持', 'N', 'NO', 'FALSE', '0', '×', '无', '不']);

export function yesNo(cell: string, label: string): Parsed<boolean> {
  const text = squash(cell).toUpperCase();
  if (YES.has(text)) return ok(true);
  if (NO.has(text)) return ok(false);
  return fail(`“${cell}”不是可识别的${label}，应为“是”或“否”`);
}

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** A small count: `2`, `2次`, `两次`, `0`. */
export function count(cell: string, label: string): Parsed<number> {
  const text = squash(cell).replace(/[次份张个]$/, '');
  const n = /^\d+$/.test(text) ? Number(text) : CHINESE_DIGITS[text];
  return n === undefined ? fail(`“${cell}”不是可识别的${label}，应为 0 或正整数`) : ok(n);
}

export const UNITS = ['工作日', '自然日', '个月'] as const;

/**
 * Days as the content model keeps them: working days. 自然日 and 个月 are converted, never dropped,
 * and always flagged: 7 natural days count as 5 working days, rounded down, so the promise we
 * publish is never longer than the one in the export (a month counts as 30 natural days).
 * Holidays are not known here, which is why every conversion is listed for a person to check.
 */
export function workingDays(amount: string, unitCell = ''): Parsed<number> {
  const text = squash(amount);
  if (/^(?:即办|当场办结|立即办理|即时办结)$/.test(text)) return ok(0);
  const match = /^(\d+(?:\.\d+)?)(?:个)?(工作日|自然日|日|天|月)?$/.exec(text);
  if (!match) return fail(`“${amount}”不是可识别的时限，应为天数（如 20 或“20个工作日”）或“即办”`);
  const n = Number(match[1]);
  const unitText = match[2] ?? squash(unitCell).replace(/^个/, '');
  const unit =
    unitText === '' || unitText === '工作日'
      ? '工作日'
      : unitText === '自然日' || unitText === '日' || unitText === '天'
        ? '自然日'
        : unitText === '月'
          ? '个月'
          : undefined;
  if (unit === undefined) return fail(`时限单位“${unitCell}”不可识别。可用：${UNITS.join('、')}`);
  if (unit === '工作日') {
    return Number.isInteger(n)
      ? ok(n)
      : ok(Math.floor(n), `${n}个工作日按 ${Math.floor(n)} 个工作日导入（向下取整）`);
  }
  const natural = unit === '个月' ? n * 30 : n;
  const days = Math.floor((natural * 5) / 7);
  const shown = unit === '个月' ? `${n}个月（按 ${natural} 个自然日）` : `${n}个自然日`;
  return ok(
    days,
    `${shown}折算为 ${days} 个工作日导入（每 7 个自然日折 5 个工作日，向下取整，不使承诺长于原时限；遇法定节假日请人工核对）`,
  );
}

/** `原件1份，复印件2份`, `原件1份`, `复印件1份`: originals and copies from one cell. */
export function counts(cell: string): Parsed<{ originals?: number; copies?: number }> {
  const text = squash(cell);
  const originals = /原件(\d+)[份张]?/.exec(text)?.[1];
  const copies = /复印件(\d+)[份张]?/.exec(text)?.[1];
  if (originals === undefined && copies === undefined)
    return fail(
      `份数“${cell}”不可识别，应写成“原件1份，复印件1份”，或分别填写原件份数和复印件份数`,
    );
  return ok({
    ...(originals === undefined ? {} : { originals: Number(originals) }),
    ...(copies === undefined ? {} : { copies: Number(copies) }),
  });
}

/** `20元`, `20.5`, `免费`: a fee amount in yuan. */
export function amount(cell: string): Parsed<number> {
  const text = squash(cell).replace(/(?:元|人民币|RMB)/gi, '');
  if (/^(?:免费|0)$/.test(text)) return ok(0);
  return /^\d+(?:\.\d+)?$/.test(text)
    ? ok(Number(text))
    : fail(
        `收费标准“${cell}”不是金额。本站每个收费项目须有一个以元计的金额；按面积、件数计费的请分项填写`,
      );
}

/** `《A》第五条、《B》第二条`: each balanced 《…》 (titles may nest them) with the text up to the next. */
function documents(part: string): [string, string][] {
  const out: [string, string][] = [];
  let i = 0;
  while (part.charAt(i) === '《') {
    let depth = 0;
    let j = i;
    for (; j < part.length; j++) {
      if (part.charAt(j) === '《') depth++;
      else if (part.charAt(j) === '》' && --depth === 0) break;
    }
    if (j >= part.length) return [[part, '']];
    const next = part.indexOf('《', j + 1);
    const rest = part.slice(j + 1, next < 0 ? part.length : next);
    out.push([part.slice(i + 1, j), rest.replace(/^[\s：:，,]+|[\s、，,和及]+$/g, '')]);
    if (next < 0) break;
    i = next;
  }
  return out;
}

/**
 * `《中华人民共和国民法典》第一千零四十六条；《婚姻登记条例》第五条`: one basis per document.
 * Without book-title marks, an article starting with 第…条 is split off the title.
 */
export function basis(cell: string): Parsed<Basis[]> {
  const out: Basis[] = [];
  for (const part of splitLines(cell)) {
    const plain = /^(.*?)\s*(第[一二三四五六七八九十百千零〇\d]+条.*)$/.exec(part);
    const found: [string, string][] = part.startsWith('《')
      ? documents(part)
      : plain && plain[1] !== ''
        ? [[plain[1] ?? '', plain[2] ?? '']]
        : [[part, '']];
    for (const [title, article] of found) {
      const cleanTitle = title.trim();
      if (cleanTitle === '') continue;
      out.push(
        article.trim() === ''
          ? { title: cleanTitle }
          : { title: cleanTitle, article: article.trim() },
      );
    }
  }
  return out.length === 0 ? fail('设定依据为空') : ok(out);
}

const NUMBER_MARK =
  /(?:^|(?<=[\s。；;：:]))\s*(?:[（(](\d{1,2})[)）]|(\d{1,2})[.．、)）](?!\d)|([①-⑳]))\s*/g;

/**
 * Conditions in one cell: one per line, or numbered `1.` `2、` `（3）` `④` in sequence (a number
 * that does not continue the sequence, as in `年满22周岁`, stays in the text).
 */
export function conditions(cell: string): Parsed<string[]> {
  const out: string[] = [];
  for (const line of cell.split(/\n+/)) {
    const marks: { index: number; end: number }[] = [];
    let expected = 1;
    for (const m of line.matchAll(NUMBER_MARK)) {
      const n = m[1] ?? m[2];
      const value = n !== undefined ? Number(n) : (m[3]?.charCodeAt(0) ?? 0) - 0x2460 + 1;
      if (value !== expected) continue;
      marks.push({ index: m.index, end: m.index + m[0].length });
      expected++;
    }
    if (marks.length === 0) {
      if (line.trim() !== '') out.push(line.trim());
      continue;
    }
    const before = line.slice(0, marks[0]?.index ?? 0).trim();
    if (before !== '') out.push(before);
    marks.forEach((mark, i) => {
      const text = line
        .slice(mark.end, marks[i + 1]?.index ?? line.length)
        .trim()
        .replace(/[；;]$/, '');
      if (text !== '') out.push(text);
    });
  }
  return out.length === 0 ? fail('受理条件为空') : ok(out);
}

/** YYYY-MM-DD (also 2026/9/22, 2026年9月22日) as a Date at midnight UTC. */
export function day(cell: string): Parsed<Date> {
  const m = /^(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})日?$/.exec(squash(cell));
  if (!m) return fail(`“${cell}”不是日期，应为 YYYY-MM-DD`);
  const iso = `${m[1] ?? ''}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso
    ? fail(`“${cell}”不是存在的日期`)
    : ok(date);
}

export function httpUrl(cell: string): Parsed<string> {
  try {
    const parsed = new URL(cell.trim());
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return ok(cell.trim());
  } catch {
    // reported below
  }
  return fail(`“${cell}”不是以 http:// 或 https:// 开头的网址`);
}
