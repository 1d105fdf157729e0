import { describe, expect, it } from 'vitest';
import { brief, check, first } from '../helpers.ts';

describe('phones and fees (TY050–TY051)', () => {
  it('reports identical phones, zero fees and fees without basis', () => {
    const findings = check('contacts-fees/fail');
    expect(findings.map(brief)).toEqual([
      'departments/civil-affairs.yaml:5:17 TY050',
      'guides/civil-affairs/fees.md:29:13 TY051',
      'guides/civil-affairs/fees.md:33:12 TY051',
    ]);
    expect(first(findings, 'TY050', 'departments/civil-affairs.yaml').message).toBe(
      '监督投诉电话与咨询电话相同（0571-86012301）。投诉电话用于监督本部门，必须是另一个号码（例如纪检监察或政务服务监督电话）：请填写正确的监督投诉电话。',
    );
    expect(first(findings, 'TY051', 'guides/civil-affairs/fees.md').message).toBe(
      '收费项目“工本费”的金额是 0。不收费的项目不要列出：请删除这一项；整个事项不收费时写 fees: []。',
    );
  });

  it('accepts a fee with its basis', () => {
    expect(check('contacts-fees/pass')).toEqual([]);
  });
});
