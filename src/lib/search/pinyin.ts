// Pinyin of titles and material names, computed at build time so that no pinyin dictionary is
// shipped to the browser. Citizens on phones often type `jiehun` or the initials `jhdj`.
import { pinyin } from 'pinyin-pro';
import { normalizeText } from './normalize.ts';

export interface PinyinForms {
  /** Syllables joined without tones or separators: 结婚登记 → jiehundengji. */
  readonly full: string;
  /** The first letter of each syllable: 结婚登记 → jhdj. */
  readonly initials: string;
}

/** Keeps Latin letters and digits of mixed text (e.g. "A证"), drops punctuation and spaces. */
const keepAlnum = (part: string) => part.replace(/[^a-z0-9]/g, '');

export function pinyinOf(text: string): PinyinForms {
  const source = normalizeText(text);
  // `v: true` writes ü as v (lv for 旅), the way every pinyin input method types it.
  const syllables = pinyin(source, {
    toneType: 'none',
    type: 'array',
    v: true,
    nonZh: 'consecutive',
  });
  const parts = syllables.map((syllable) => keepAlnum(syllable.toLowerCase())).filter(Boolean);
  const hanzi = pinyin(source, {
    toneType: 'none',
    type: 'array',
    v: true,
    nonZh: 'consecutive',
    pattern: 'first',
  });
  const initials = hanzi.map((letter) => keepAlnum(letter.toLowerCase())).filter(Boolean);
  return { full: parts.join(''), initials: initials.join('') };
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * Pinyin words for Pagefind, which matches query words as prefixes of indexed words. For every
 * word boundary of the text (内地|居民|结婚|登记) the rest of the text is written in full pinyin
 * and in initials, so `jiehun` finds jiehundengji and `jhdj` finds jhdj:
 * 内地居民结婚登记 → neidijuminjiehundengji, juminjiehundengji, jiehundengji, dengji,
 * ndjmjhdj, jmjhdj, jhdj, dj. Word boundaries come from Node's ICU dictionary at build time.
 */
export function pinyinTerms(text: string): string[] {
  const words = [...segmenter.segment(normalizeText(text))]
    .filter((segment) => segment.isWordLike)
    .map((segment) => pinyinOf(segment.segment))
    .filter((word) => word.full.length > 0);
  const terms = new Set<string>();
  for (let start = 0; start < words.length; start++) {
    const rest = words.slice(start);
    const full = rest.map((word) => word.full).join('');
    const initials = rest.map((word) => word.initials).join('');
    if (full.length >= 2) terms.add(full);
    if (initials.length >= 2) terms.add(initials);
  }
  return [...terms];
}
