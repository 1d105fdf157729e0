import { describe, expect, it } from 'vitest';
import { brief, check, first } from '../helpers.ts';

describe('schema violations (TY004)', () => {
  it('maps every zod issue to the key or value, in Chinese, with suggestions', () => {
    const findings = check('schema/fail');
    expect(findings.map(brief)).toEqual([
      'abolished/bad-scope-object.yaml:2:1 TY004',
      'abolished/bad-scope-object.yaml:3:3 TY004',
      'abolished/bad-scope.yaml:2:8 TY004',
      'departments/bad-phone.yaml:1:1 TY004',
      'departments/bad-phone.yaml:4:17 TY004',
      'guides/civil-affairs/bad-date.md:43:11 TY004',
      'guides/civil-affairs/empty-values.md:10:13 TY004',
      'guides/civil-affairs/empty-values.md:12:15 TY004',
      'guides/civil-affairs/empty-values.md:34:14 TY004',
      'guides/civil-affairs/enum.md:5:7 TY004',
      'guides/civil-affairs/enum.md:14:11 TY004',
      'guides/civil-affairs/missing.md:1:1 TY004',
      'guides/civil-affairs/missing.md:1:1 TY004',
      'guides/civil-affairs/types.md:2:7 TY004',
      'guides/civil-affairs/types.md:7:11 TY004',
      'guides/civil-affairs/types.md:15:16 TY004',
      'guides/civil-affairs/types.md:33:7 TY004',
      'guides/civil-affairs/types.md:40:11 TY004',
      'guides/civil-affairs/unknown-key.md:18:5 TY004',
      'guides/civil-affairs/unknown-key.md:35:1 TY004',
    ]);
    expect(first(findings, 'TY004', 'abolished/bad-scope-object.yaml').message).toBe(
      '字段 scope（适用范围）：适用范围至少填写 codes、titles、types 之一；适用于全部事项时写 scope: all。',
    );
  });

  it('accepts every optional field when well-formed', () => {
    expect(check('schema/pass')).toEqual([]);
  });

  it('refuses a day that does not exist instead of letting YAML roll it over', () => {
    const finding = first(check('schema/fail'), 'TY004', 'guides/civil-affairs/bad-date.md');
    expect(finding.message).toBe(
      '字段 reviewed（最近一次核对日期）：这个日期不存在（请检查月份和日期，例如 2 月没有 30 日、4 月没有 31 日）。',
    );
  });

  it('explains a union (scope) by what it should be', () => {
    expect(first(check('schema/fail'), 'TY004', 'abolished/bad-scope.yaml').message).toBe(
      '字段 scope（适用范围）写法不正确，应为：all，或按事项编码（codes）、事项名称（titles）、事项类型（types）限定。',
    );
  });
});
