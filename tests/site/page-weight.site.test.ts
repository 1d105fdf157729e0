// Every guide page of the sample corpus within DESIGN.md's budget for a citizen on a poor
// network: HTML and linked CSS, gzipped as a static host sends them. Weighed, never timed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_PAGE_BUDGET, pageWeight } from '../../src/lib/site/page-weight.ts';
import { DIST } from '../helpers/serve.ts';

const guides = (
  JSON.parse(readFileSync(join(DIST, 'data', 'guides.json'), 'utf8')) as {
    guides: { id: string }[];
  }
).guides;

describe('guide page weight', () => {
  it('covers every published guide of the sample', () => {
    expect(guides.length).toBeGreaterThan(40);
  });

  it.each(guides.map((guide) => guide.id))('%s is within the HTML and CSS budget', (id) => {
    const weight = pageWeight(DIST, `guides/${id}`);
    expect(weight.htmlGz, 'HTML, gzipped').toBeLessThanOrEqual(GUIDE_PAGE_BUDGET.htmlGz);
    expect(weight.cssGz, 'CSS, gzipped').toBeLessThanOrEqual(GUIDE_PAGE_BUDGET.cssGz);
  });
});
