// The site's Markdown settings, and the renderer of guide bodies. Guides are not in Astro's content
// store (src/content.config.ts says why): a guide page renders its body here, with the processor
// and options Astro itself uses for Markdown (astro.config.mjs takes `markdown` from this file),
// so the HTML is what the content layer would have stored.
import { satteri } from '@astrojs/markdown-satteri';
import { safeMarkdown } from '../lib/site/markdown.ts';

export const markdown = {
  // Guides are plain Markdown: raw HTML, script links and off-site images are dropped, never
  // passed through (the validator refuses them too; this is the second line of defence).
  processor: satteri({ mdastPlugins: [safeMarkdown] }),
  // Shiki's inline styles would break the CSP, and guides hold no code.
  syntaxHighlight: false,
} as const;

type Renderer = Awaited<ReturnType<typeof markdown.processor.createRenderer>>;
let renderer: Promise<Renderer> | undefined;

/** A guide's Markdown body as HTML, rendered as Astro's content layer renders a `.md` entry. */
export async function renderGuideBody(body: string): Promise<string> {
  // GFM and smart punctuation are the processor's own defaults, as for Astro's content entries.
  renderer ??= markdown.processor.createRenderer({ syntaxHighlight: markdown.syntaxHighlight });
  const { code } = await (await renderer).render(body.trim(), { frontmatter: {} });
  return code;
}
