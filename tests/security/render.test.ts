// Second line of defence: even a body the validator refuses must render to nothing executable
// with the site's own Markdown configuration (astro.config.mjs `markdown`), because the validator
// can be bypassed (a build without it, a rule with a gap). Every hostile body is rendered here.
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { SatteriMarkdownProcessorOptions } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { HOSTILE_CASES } from './cases.ts';
import { scanFragment } from './scan.ts';

const markdown = config.markdown ?? {};
const processorOptions =
  (markdown.processor as { options?: SatteriMarkdownProcessorOptions } | undefined)?.options ?? {};
const renderer = await createSatteriMarkdownProcessor({
  ...markdown,
  ...processorOptions,
} as SatteriMarkdownProcessorOptions);

const withBody = HOSTILE_CASES.filter((c) => c.guide.body !== undefined);

describe('the site renders hostile Markdown inertly', () => {
  it('uses the Sätteri processor of astro.config.mjs with its plugins', () => {
    expect((markdown.processor as { name?: string } | undefined)?.name).toBe('satteri');
    expect(processorOptions.mdastPlugins?.length).toBeGreaterThan(0);
  });

  it.each(withBody.map((c) => [c.id, c.attack, c.guide.body ?? ''] as const))(
    '%s (%s)',
    async (_id, _attack, body) => {
      const { code } = await renderer.render(body);
      const { problems, scripts } = scanFragment(code);
      expect(problems, code).toEqual([]);
      expect(scripts, code).toEqual([]);
    },
  );
});
