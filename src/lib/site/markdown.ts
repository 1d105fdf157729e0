// Guides are Markdown written by department editors, never HTML. The validator refuses raw HTML
// in a body; this plugin makes sure the renderer (Sätteri, Astro's default Markdown processor)
// never emits any either — block or inline HTML is removed from the tree before rendering.
import { defineMdastPlugin } from 'satteri';

export const dropRawHtml = defineMdastPlugin({
  name: 'tongyuan:drop-raw-html',
  html(node, ctx) {
    ctx.removeNode(node);
  },
});
