// Guides are Markdown written by department editors, never HTML. The validator refuses raw HTML
// and script links; this plugin makes sure the renderer (Sätteri, Astro's default Markdown
// processor) cannot emit them either, should a body ever reach it unchecked:
// - raw HTML, block or inline, is removed from the tree;
// - a link whose scheme is not http(s), mailto or tel (javascript:, data:, …) keeps its text only;
// - a reference definition with such a URL is removed, so its references stay plain text;
// - an image is kept only when it lives on the site: no request may leave it, and no script URL.
import { defineMdastPlugin } from 'satteri';

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** The URL's scheme, lower-case, ignoring the whitespace and controls browsers ignore. */
function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- browsers strip these before reading a scheme
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** Links: relative URLs, fragments and the safe schemes. */
export function isSafeLinkUrl(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}

/** Images: only files of the site itself (a relative or root-relative path, no `//host`). */
export function isSiteImageUrl(url: string): boolean {
  return schemeOf(url) === undefined && !url.trim().startsWith('//');
}

export const safeMarkdown = defineMdastPlugin({
  name: 'tongyuan:safe-markdown',
  html(node, ctx) {
    ctx.removeNode(node);
  },
  link(node, ctx) {
    if (!isSafeLinkUrl(node.url)) ctx.replaceNode(node, node.children);
  },
  definition(node, ctx) {
    if (!isSafeLinkUrl(node.url)) ctx.removeNode(node);
  },
  image(node, ctx) {
    if (!isSiteImageUrl(node.url)) ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' });
  },
});
