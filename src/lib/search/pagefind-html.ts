// Prepares a built guide page for Pagefind: finds its searchable region (data-pagefind-body) and
// appends the pinyin words of its title there, in the copy Pagefind indexes only — the page
// served to citizens is unchanged. Appended at the end of the region so that excerpts for
// Chinese queries, taken around the match, do not show pinyin. The copy is the region alone in
// a bare document: Pagefind skips everything outside data-pagefind-body anyway, so the index is
// the same, and a guide page's head, header and footer (~60% of its bytes) are not sent to it.

export interface Region {
  readonly tag: string;
  /** Offset of the opening tag. */
  readonly start: number;
  /** Offset just after the opening tag. */
  readonly contentStart: number;
  /** Offset of the matching closing tag. */
  readonly contentEnd: number;
}

const OPENING_BODY = /<([a-z][a-z0-9-]*)\b[^>]*?\sdata-pagefind-body(?=[\s=>/])[^>]*>/i;

/**
 * The closing tag matching the element whose opening `<tag …>` starts at `start`, found by
 * nesting depth (regular expressions on well-formed built pages; no parser needed).
 */
function closingTag(html: string, tag: string, start: number): RegExpExecArray | undefined {
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return match;
  }
  return undefined;
}

/** The element carrying data-pagefind-body, matched to its closing tag by nesting depth. */
export function pagefindBodyRegion(html: string): Region | undefined {
  const opening = OPENING_BODY.exec(html);
  if (!opening) return undefined;
  const tag = (opening[1] ?? '').toLowerCase();
  const closing = closingTag(html, tag, opening.index);
  if (!closing) return undefined;
  const contentStart = opening.index + opening[0].length;
  return { tag, start: opening.index, contentStart, contentEnd: closing.index };
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Text of the first <h1> in the given HTML, tags stripped and entities decoded. */
export function firstHeading(html: string): string | undefined {
  const match = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  if (!match) return undefined;
  return (
    decodeEntities((match[1] ?? '').replace(/<[^>]*>/g, ''))
      .replace(/\s+/g, ' ')
      .trim() || undefined
  );
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export class GuidePageMarkupError extends Error {
  override name = 'GuidePageMarkupError';
}

/** Where the element whose opening tag starts at `start` ends (after its closing tag). */
function elementEnd(html: string, tag: string, start: number): number | undefined {
  const closing = closingTag(html, tag, start);
  return closing && closing.index + closing[0].length;
}

/** An opening tag whose class attribute holds `name` among its classes (Astro adds scoped ones). */
const withClass = (tag: string, name: string, notAttribute?: string) =>
  new RegExp(
    `<${tag}\\b${notAttribute ? `(?![^>]*\\s${notAttribute})` : ''}[^>]*\\sclass="(?:[^"]*\\s)?${name}(?:\\s[^"]*)?"[^>]*>`,
  );

const CHECKLISTS = withClass('section', 'checklists');
/** The online channel's list: the counter list names the same materials and is never indexed. */
const ONLINE_CHANNEL = withClass('section', 'checklists__channel', 'data-pagefind-ignore');
const MATERIAL_NAME = new RegExp(
  `${withClass('label', 'checklist__name').source}([\\s\\S]*?)</label>`,
  'g',
);
const HIDDEN_PREFIX = new RegExp(
  `${withClass('span', 'checklist__vh').source}[\\s\\S]*?</span>`,
  'g',
);

/** The material names of the online checklist, in order, as text. */
function materialNames(checklists: string): string[] {
  const channel = ONLINE_CHANNEL.exec(checklists);
  if (!channel) return [];
  const end = elementEnd(checklists, 'section', channel.index) ?? checklists.length;
  return [...checklists.slice(channel.index, end).matchAll(MATERIAL_NAME)].map((match) =>
    decodeEntities((match[1] ?? '').replace(HIDDEN_PREFIX, '').replace(/<[^>]*>/g, '')).trim(),
  );
}

/**
 * The checklists in the indexed copy are the material names alone, as a plain list. On the page
 * each name is a checkbox's <label>, which Pagefind does not index at all; and everything else
 * there — the checklists' explanations, each material's hand-over facts, situations, notes, the
 * 容缺 explanation, the buttons — is the same few sentences on every guide: a third of a guide's
 * indexed words, which weighed the index (Pagefind's memory grows with the words it indexes) and
 * found nothing a citizen looks for.
 */
function withMaterialNamesOnly(region: string): string {
  const opening = CHECKLISTS.exec(region);
  if (!opening) return region;
  const end = elementEnd(region, 'section', opening.index);
  if (end === undefined) return region;
  const names = materialNames(region.slice(opening.index, end));
  const list =
    names.length === 0
      ? ''
      : `<ul>${names.map((name) => `<li>${escapeHtml(name)}</li>`).join('')}</ul>`;
  return region.slice(0, opening.index) + list + region.slice(end);
}

/**
 * Where the indexed part of a guide page ends: 办理流程 and every section after it (time limits,
 * fees, channels, result, explanations, basis, contacts, changes) are not what citizens search
 * for. Cut here in the copy rather than marked on the page, which would cost readers bytes.
 */
const INDEX_END = /<section\b[^>]*\sid="process"/;

/** The page's language (`<html lang>`), which selects Pagefind's segmentation. */
const pageLanguage = (html: string) => /<html\b[^>]*\slang="([^"]+)"/i.exec(html)?.[1];

const indexedPart = (region: string) => {
  const end = INDEX_END.exec(region);
  return end ? region.slice(0, end.index) : region;
};

/**
 * The page as Pagefind should index it: its searchable region, with the pinyin words appended
 * inside it, in a bare document of the page's language.
 * Throws when the page has no data-pagefind-body region or no <h1> in it, since such a page
 * would silently drop out of search or be indexed with its furniture.
 */
export function withPinyinTerms(
  html: string,
  file: string,
  terms: (title: string) => string[],
): string {
  const region = pagefindBodyRegion(html);
  if (!region) {
    throw new GuidePageMarkupError(
      `${file}: no element with data-pagefind-body. Guide pages must mark their content region with data-pagefind-body so that search indexes it (and not the header and footer).`,
    );
  }
  const title = firstHeading(html.slice(region.contentStart, region.contentEnd));
  if (!title) {
    throw new GuidePageMarkupError(
      `${file}: no <h1> inside the data-pagefind-body region. The guide title must be the region's <h1>: search results show it as the result title.`,
    );
  }
  const words = terms(title);
  const insert = words.length > 0 ? `<p>${escapeHtml(words.join(' '))}</p>` : '';
  const lang = pageLanguage(html);
  return (
    `<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8"></head><body>` +
    withMaterialNamesOnly(indexedPart(html.slice(region.start, region.contentEnd))) +
    insert +
    `</${region.tag}></body></html>`
  );
}
