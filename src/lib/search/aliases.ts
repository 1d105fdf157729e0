// Other names of a guide, derived at build time: citizens search with everyday words (社保卡,
// 低保, 个税) that official titles do not contain. Two sources: the material catalogue's aliases,
// where a catalogued name appears in the title (社会保障卡申领 → 社保卡申领), and a short table of
// common abbreviations kept here. Both feed fuse.js and the Pagefind index.
import type { GuideSummaryEntry, SiteCorpus } from '../corpus/summary.ts';

/**
 * Everyday abbreviations of words in official titles: [everyday word, official wording]. Add a
 * row when the query table (tests/search/queries.yaml) shows citizens' words are missed.
 */
export const ABBREVIATIONS: readonly (readonly [everyday: string, official: string])[] = [
  ['低保', '最低生活保障'],
  ['个税', '个人所得税'],
  ['社保', '社会保险'],
  ['医保', '医疗保险'],
  ['婚检', '婚前医学检查'],
  ['刻章', '公章刻制'],
  ['刻章', '印章刻制'],
  ['落户', '入户'],
  ['二手房', '存量房'],
  ['过户', '转移登记'],
  ['开公司', '公司设立'],
  ['公司注册', '公司设立登记'],
  ['房贷', '抵押权'],
];

/** Names shorter than this are too generic to rewrite titles with (证明, 合同). */
const MIN_NAME_LENGTH = 3;

/** [official wording, everyday word] pairs from the catalogue: 社会保障卡 → 社保卡. */
export function catalogueAbbreviations(corpus: SiteCorpus): [official: string, everyday: string][] {
  const pairs: [string, string][] = [];
  for (const { data } of corpus.materials.values()) {
    if (data.name.length < MIN_NAME_LENGTH) continue;
    for (const alias of data.aliases) if (alias !== data.name) pairs.push([data.name, alias]);
  }
  return pairs;
}

/** The title rewritten with each everyday word whose official wording it contains. */
export function titleAliases(
  title: string,
  catalogue: readonly (readonly [official: string, everyday: string])[],
): string[] {
  const aliases = new Set<string>();
  const rewrite = (official: string, everyday: string) => {
    if (title.includes(official) && !title.includes(everyday))
      aliases.add(title.replace(official, everyday));
  };
  for (const [official, everyday] of catalogue) rewrite(official, everyday);
  for (const [everyday, official] of ABBREVIATIONS) rewrite(official, everyday);
  return [...aliases];
}

/** The result's catalogue aliases when the result is itself a catalogued document (结婚证 → 结婚证书). */
export function resultNames(corpus: SiteCorpus, guide: GuideSummaryEntry): string[] {
  const name = guide.data.result.name;
  for (const { data } of corpus.materials.values()) {
    if (data.name === name) return [name, ...data.aliases];
  }
  return [name];
}
