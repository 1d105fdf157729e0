import { describe, expect, it } from 'vitest';
import { brief, check, first } from '../helpers.ts';

describe('time limits (TY030–TY033)', () => {
  it('reports inconsistent legal, promised and step time limits', () => {
    const findings = check('time-limits/fail');
    expect(findings.map(brief)).toEqual([
      'guides/civil-affairs/immediate-with-days.md:25:13 TY033',
      'guides/civil-affairs/over-legal.md:25:13 TY030',
      'guides/civil-affairs/steps-over.md:18:1 TY031',
      'guides/civil-affairs/zero-not-immediate.md:26:7 TY032',
    ]);
    expect(first(findings, 'TY033', 'guides/civil-affairs/immediate-with-days.md').message).toBe(
      '办件类型是即办件，但承诺时限是 5 个工作日。即办件应当场办结，承诺时限为 0：请把 promised 改为 0，或把 kind 改为 承诺件。',
    );
    expect(first(findings, 'TY030', 'guides/civil-affairs/over-legal.md').message).toBe(
      '承诺时限 5 个工作日超过了法定时限 3 个工作日。承诺时限是对法定时限的压缩，不能更长：请核对两个数字，承诺时限应小于或等于法定时限。',
    );
    expect(first(findings, 'TY031', 'guides/civil-affairs/steps-over.md').message).toBe(
      '各办理环节的时限加起来是 8 个工作日（审核 8 天），超过了承诺时限 5 个工作日。群众按环节时限算会以为要等更久：请调整环节时限 days，使总和不超过承诺时限。',
    );
    expect(first(findings, 'TY032', 'guides/civil-affairs/zero-not-immediate.md').message).toBe(
      '承诺时限为 0（当场办结），但办件类型是“承诺件”。当场办结的事项就是即办件：请把 kind 改为 即办件，或填写实际的承诺时限。',
    );
  });

  it('accepts consistent time limits, 即办件 and steps without days', () => {
    expect(check('time-limits/pass')).toEqual([]);
  });
});
