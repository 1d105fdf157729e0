// What identifies a region, taken from its site.yaml: the values that must appear on its site and
// nowhere in code. Shared by the grep over src/ and the build with an edited site file.
import { pinyinOf } from '../../src/lib/search/pinyin.ts';
import type { Site } from '../../src/lib/site/config.ts';

export interface Needle {
  /** Which value, for the failure message (`centre.name`). */
  readonly what: string;
  readonly text: string;
  readonly pattern: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Plain text, ASCII case-insensitive. */
const word = (what: string, text: string): Needle => ({
  what,
  text,
  pattern: new RegExp(escape(text), 'gi'),
});

/** A number that is not part of a longer number (12345 is not inside 0571-86012345). */
const number = (what: string, text: string): Needle => ({
  what,
  text,
  pattern: new RegExp(`(?<![\\d-])${escape(text)}(?![\\d-])`, 'g'),
});

/** The region's name without its level (云溪区 → 云溪), when something is left. */
const stem = (region: string) =>
  region.replace(/(?:自治县|自治州|区|县|市|旗|州|盟|镇|乡|街道)$/, '');

export function regionNeedles(site: Site): Needle[] {
  const regionStem = stem(site.region);
  const phones = [
    ...site.centre.phones.map((p, i) => [`centre.phones[${i}]`, p.number] as const),
    ['hotline.number', site.hotline.number] as const,
  ];
  return [
    word('region', site.region),
    ...(regionStem.length >= 2 && regionStem !== site.region
      ? [word('region (name without 区/县)', regionStem)]
      : []),
    // Hosts and ids are often the region's name in pinyin (yunxi-center, banshi.yunxi.example).
    ...(/[\u4e00-\u9fff]/.test(regionStem)
      ? [word('region in pinyin', pinyinOf(regionStem).full)]
      : []),
    word('siteName', site.siteName),
    word('tagline', site.tagline),
    word('centre.name', site.centre.name),
    word('centre.address', site.centre.address),
    word('url host', new URL(site.url).host),
    word('platform.url host', new URL(site.platform.url).host),
    number('regionCode', site.regionCode),
    ...phones.flatMap(([what, phone]) => [
      number(what, phone),
      // As a tel: link writes it.
      ...(phone.includes('-') ? [number(`${what} (digits)`, phone.replace(/-/g, ''))] : []),
    ]),
  ];
}

export interface Hit {
  readonly what: string;
  readonly text: string;
  /** 1-based line in the searched text. */
  readonly line: number;
}

/** Every occurrence of every needle in `text`. */
export function findNeedles(text: string, needles: readonly Needle[]): Hit[] {
  const hits: Hit[] = [];
  for (const needle of needles) {
    for (const match of text.matchAll(needle.pattern)) {
      const line = text.slice(0, match.index).split('\n').length;
      hits.push({ what: needle.what, text: match[0], line });
    }
  }
  return hits;
}
