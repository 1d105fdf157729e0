import { describe, expect, it } from 'vitest';
import { brief, check, first } from '../helpers.ts';

describe('guide folder and department (TY005)', () => {
  it('reports a guide filed under another department', () => {
    const findings = check('folder/fail');
    expect(findings.map(brief)).toEqual(['guides/health/wrong-folder.md:4:13 TY005']);
    expect(first(findings, 'TY005', 'guides/health/wrong-folder.md').message).toBe(
      '指南放在 guides/health/ 文件夹中，但实施主体 department 写的是 civil-affairs。文件夹表示由哪个部门维护，两者必须一致：请把文件移到 guides/civil-affairs/，或改正 department。',
    );
  });

  it('accepts a guide in its department folder', () => {
    expect(check('folder/pass')).toEqual([]);
  });
});
