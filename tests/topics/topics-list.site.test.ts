// The sample corpus is under every bound of src/lib/topics/list.ts (5 life events, 17 guides):
// /topics/ is one page naming each life event's guides, and the home page shows every life event
// with no link to a longer list. topics-pages.test.ts builds the other side of the bounds.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/serve.ts';

const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const SAMPLE_TOPICS = readdirSync(join(import.meta.dirname, '..', '..', 'src', 'content', 'topics'))
  .map((file) => file.replace(/\.yaml$/, ''))
  .sort();

describe('the life events of the sample, under every bound', () => {
  it('are all on the one page /topics/, each naming its guides in order', () => {
    const html = read('topics/index.html');
    const listed = [...html.matchAll(/data-topic="([^"]+)"/g)].map((m) => m[1]);
    expect(listed).toEqual(SAMPLE_TOPICS);
    expect(html).toMatch(
      /<p[^>]*>5 个事项：有限责任公司设立登记、公章刻制备案、新办纳税人涉税事项（“套餐式”服务）、发票领用、单位参保登记<\/p>/,
    );
    expect(html).not.toContain('查看这件事包括的');
    expect(html).not.toContain('<nav class="pagination');
    expect(html).not.toMatch(/件事。<\/p>/);
    expect(existsSync(join(DIST, 'topics', 'page'))).toBe(false);
  });

  it('are all on the home page, with no link to a longer list', () => {
    const html = read('index.html');
    const section =
      /<section aria-labelledby="topics-heading"[^>]*>(.*?)<\/section>/s.exec(html)?.[1] ?? '';
    const cards = [...section.matchAll(/<h3[^>]*><a href="\/topics\/([^/]+)\/"/g)].map((m) => m[1]);
    expect(cards).toEqual(SAMPLE_TOPICS);
    expect(section).not.toContain('查看全部');
  });
});
