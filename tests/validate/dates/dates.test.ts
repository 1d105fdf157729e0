import { describe, expect, it } from 'vitest';
import { brief, check, first } from '../helpers.ts';

describe('dates (TY070–TY071)', () => {
  it('warns on stale reviews and rejects future dates', () => {
    const findings = check('dates/fail');
    expect(findings.map(brief)).toEqual([
      'guides/civil-affairs/future.md:40:11 TY071',
      'guides/civil-affairs/future.md:44:11 TY071',
      'guides/civil-affairs/stale.md:40:11 TY070',
    ]);
    expect(first(findings, 'TY071', 'guides/civil-affairs/future.md').message).toBe(
      '核对日期 2026-12-01 晚于今天（2026-11-25）。核对日期只能是已经过去的日期：请改为实际核对的那一天。',
    );
    expect(first(findings, 'TY070', 'guides/civil-affairs/stale.md').message).toBe(
      '最近一次核对是 2025-11-24，到 2026-11-25 已超过一年。政策、材料和窗口可能已经变化：请逐项核对指南内容，确认无误后把 reviewed 改为核对当天的日期。',
    );
  });

  it('accepts a review exactly a year old, stale drafts and today', () => {
    expect(check('dates/pass')).toEqual([]);
  });
});
