// What the page says, in reading order, as a reader sees it: the blocks of text under a root
// (headings, paragraphs, list items, term–description pairs, table rows), each with the element
// to highlight. Skipped: navigation, controls, hidden and screen-reader-only text — what is not
// on screen is not read aloud — and anything marked data-read-skip.
import { speakable } from '../../lib/a11y/speech.ts';

export interface ReadingBlock {
  readonly element: HTMLElement;
  readonly text: string;
}

const SKIP =
  'nav, form, button, input, select, textarea, script, style, template, noscript, svg, iframe, ' +
  '[hidden], [aria-hidden="true"], [data-read-aloud], [data-read-skip], [data-a11y-ui]';

const BLOCK_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE ' +
    'FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH ' +
    'THEAD TR UL'
  ).split(' '),
);
const BLOCK_SELECTOR = [...BLOCK_TAGS].join(',').toLowerCase();

/** Not on screen: skipped markup, display none, invisible, or clipped to a 1 px box (sr-only). */
function unseen(element: Element): boolean {
  if (element.matches(SKIP)) return true;
  const style = getComputedStyle(element);
  if (style.display === 'none' || style.visibility === 'hidden') return true;
  if (style.position === 'absolute') {
    const box = element.getBoundingClientRect();
    if (box.width <= 1 && box.height <= 1) return true;
  }
  return false;
}

/** The visible text of a node, skipping what a reader cannot see. */
export function visibleText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || unseen(node)) return '';
  if (node.tagName === 'BR') return ' ';
  return textOf(node);
}

/** The visible text inside an element, even one skipped when reading the page (a button). */
const textOf = (element: Element): string => [...element.childNodes].map(visibleText).join('');

const isBlock = (node: Node): node is HTMLElement =>
  node instanceof HTMLElement &&
  (BLOCK_TAGS.has(node.tagName) || node.querySelector(BLOCK_SELECTOR) !== null);

/** `<div><dt>…</dt><dd>…</dd></div>` inside a list of facts reads as one: "法定时限：20个工作日". */
const isFactPair = (element: Element) =>
  element.tagName === 'DIV' &&
  element.parentElement?.tagName === 'DL' &&
  [...element.children].every((child) => child.tagName === 'DT' || child.tagName === 'DD');

function joinPair(element: Element): string {
  return [...element.children]
    .map((child) => speakable(visibleText(child)))
    .filter(Boolean)
    .map((text, i, all) => (i < all.length - 1 && !/[：:。，]$/.test(text) ? `${text}：` : text))
    .join('');
}

export function readingBlocks(root: Element): ReadingBlock[] {
  const blocks: ReadingBlock[] = [];
  const push = (element: HTMLElement, text: string) => {
    const spoken = speakable(text);
    if (spoken) blocks.push({ element, text: spoken });
  };
  const visit = (element: HTMLElement) => {
    if (unseen(element)) return;
    if (isFactPair(element)) {
      push(element, joinPair(element));
      return;
    }
    if (element.tagName === 'TR') {
      const cells = [...element.children].map((cell) => speakable(visibleText(cell)));
      push(element, cells.filter(Boolean).join('，'));
      return;
    }
    // Inline runs between blocks are read as one block, highlighted on their container (or on
    // the run's only element).
    let run: Node[] = [];
    const flush = () => {
      const only = run.filter((node) => node instanceof HTMLElement || node.textContent?.trim());
      const target = only.length === 1 && only[0] instanceof HTMLElement ? only[0] : element;
      push(target, run.map(visibleText).join(''));
      run = [];
    };
    for (const child of element.childNodes) {
      if (isBlock(child)) {
        flush();
        visit(child);
      } else run.push(child);
    }
    flush();
  };
  visit(root as HTMLElement);
  return blocks;
}

const POINTABLE =
  'a, button, label, summary, h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, caption, figcaption';

/** The piece of text a pointer or focus is on, for 指读 and the magnifier bar. */
export function blockAt(target: Element): ReadingBlock | undefined {
  const element = target.closest<HTMLElement>(POINTABLE);
  if (!element || element.closest('[data-a11y-ui]')) return undefined;
  if (
    (element.tagName === 'DT' || element.tagName === 'DD') &&
    element.parentElement &&
    isFactPair(element.parentElement)
  ) {
    const pair = element.parentElement;
    return { element: pair, text: joinPair(pair) };
  }
  const text = speakable(element.getAttribute('aria-label') ?? textOf(element));
  return text ? { element, text } : undefined;
}

// Focus on a container (main, after the skip link) says nothing: it would be the whole page.
const FOCUSABLE =
  'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** What the focused control is, read aloud or enlarged: its label, and its state if it has one. */
export function describeFocus(
  element: Element,
  states: { checked: string; unchecked: string },
): ReadingBlock | undefined {
  if (!(element instanceof HTMLElement) || !element.matches(FOCUSABLE)) return undefined;
  if (
    element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement ||
    element instanceof HTMLTextAreaElement
  ) {
    const label = [...(element.labels ?? [])].map((l) => visibleText(l)).join(' ');
    const value =
      element instanceof HTMLInputElement &&
      (element.type === 'checkbox' || element.type === 'radio')
        ? element.checked
          ? states.checked
          : states.unchecked
        : element.value;
    const text = speakable(`${label} ${value}`);
    return text ? { element, text } : undefined;
  }
  const text = speakable(element.getAttribute('aria-label') ?? textOf(element));
  return text ? { element, text } : undefined;
}
