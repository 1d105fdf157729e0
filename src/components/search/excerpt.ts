// Pagefind excerpts are text with <mark> around the matched words, with < and > escaped. They
// are turned into text nodes and <mark> elements, never assigned as HTML.
import { withoutPinyinTail } from '../../lib/search/browser.ts';

export function excerptNodes(excerpt: string): Node[] {
  const decode = (text: string) =>
    new DOMParser().parseFromString(`<!doctype html><body>${text}`, 'text/html').body.textContent;
  return withoutPinyinTail(excerpt)
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .flatMap((part): Node[] => {
      if (!part) return [];
      const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
      if (!marked) return [document.createTextNode(decode(part))];
      const mark = document.createElement('mark');
      mark.textContent = decode(marked[1] ?? '');
      return [mark];
    });
}
