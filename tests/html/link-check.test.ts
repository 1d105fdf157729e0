// The link checker itself, on two small fixture sites (one clean, one with every kind of fault).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLinks } from './link-check.ts';

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}/`, import.meta.url));
const ORIGIN = 'https://banshi.yunxi.example';

describe('checkLinks', () => {
  it('accepts a site whose references all resolve, counting internal and external ones', () => {
    const report = checkLinks(fixture('links-ok'), ORIGIN);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ pages: 3, internal: 12, external: 1 });
  });

  it('reports each broken reference with its page and the reason', () => {
    expect(checkLinks(fixture('links-broken'), ORIGIN).problems).toEqual([
      { page: '/', reference: '/assets/missing.js', problem: 'no file at this path' },
      {
        page: '/',
        reference: '/guides/a/b/#no-such-id',
        problem: 'no element with id "no-such-id" on /guides/a/b/',
      },
      {
        page: '/',
        reference: '/guides/a/b',
        problem: 'missing trailing slash (the site uses trailingSlash: always)',
      },
      { page: '/', reference: '/guides/zz/', problem: 'no page at this path' },
      { page: '/', reference: 'javascript:alert(1)', problem: 'javascript: URLs are not allowed' },
      { page: '/', reference: '#', problem: 'empty fragment' },
      { page: '/', reference: '#nowhere', problem: 'no element with id "nowhere" on /' },
    ]);
  });
});
