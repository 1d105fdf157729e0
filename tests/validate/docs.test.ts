// The editors' guide to the codes must list exactly the codes the engine defines, with the same
// title and severity, and every code must be produced by at least one failing fixture.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CODES, CODES } from '../../src/lib/validate/codes.ts';
import { check, defined } from './helpers.ts';

const doc = readFileSync(
  join(import.meta.dirname, '..', '..', 'docs', 'editors', '错误代码.md'),
  'utf8',
);

describe('docs/editors/错误代码.md', () => {
  const headings = [...doc.matchAll(/^## (TY\d{3}) (.+)（(错误|警告)）$/gm)].map((m) => ({
    code: defined(m[1]),
    title: defined(m[2]),
    severity: defined(m[3]),
  }));

  it('lists every code once, in order, with its title and severity', () => {
    expect(headings.map((h) => h.code)).toEqual(ALL_CODES);
    for (const h of headings) {
      const info = CODES[h.code as keyof typeof CODES];
      expect(h.title, h.code).toBe(info.title);
      expect(h.severity, h.code).toBe(info.severity === 'error' ? '错误' : '警告');
    }
  });

  it('gives each code a meaning, an example message with its code, and a fix', () => {
    const sections = doc.split(/^## (?=TY\d{3} )/m).slice(1);
    expect(sections).toHaveLength(ALL_CODES.length);
    for (const section of sections) {
      const code = section.slice(0, 5);
      expect(section, code).toContain('**含义**');
      expect(section, code).toMatch(
        new RegExp(`\\*\\*示例\\*\\*：\`[^\`]+:\\d+:\\d+  ${code} (错误|警告)  `),
      );
      expect(section, code).toContain('**怎样改**');
    }
  });
});

describe('fixtures', () => {
  it('make every code fire at least once', () => {
    const folder = import.meta.dirname;
    const families = readdirSync(folder, { withFileTypes: true }).filter(
      (e) => e.isDirectory() && readdirSync(join(folder, e.name)).includes('fail'),
    );
    const fired = new Set(
      families.flatMap((family) =>
        check(
          `${family.name}/fail`,
          family.name === 'references'
            ? { publicDir: join(folder, 'references', 'fail', 'public') }
            : family.name === 'site'
              ? { requireSite: true }
              : {},
        ).map((f) => f.code),
      ),
    );
    expect([...fired].sort()).toEqual(ALL_CODES);
  });
});
