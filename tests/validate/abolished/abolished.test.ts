import { describe, expect, it } from 'vitest';
import { findMentions, isNegated } from '../../../src/lib/validate/abolition.ts';
import type { Abolition } from '../../../src/lib/validate/abolition.ts';
import { brief, check, day, first } from '../helpers.ts';

describe('abolished materials (TY020–TY025)', () => {
  it('reports abolished materials listed by id, name or alias, and mentioned in text', () => {
    const findings = check('abolished/fail');
    expect(findings.map(brief)).toEqual([
      'abolished/unmatched-scope.yaml:3:22 TY025',
      'abolished/unmatched-scope.yaml:4:11 TY025',
      'guides/civil-affairs/any-guide-single-proof.md:13:15 TY020',
      'guides/civil-affairs/any-guide-single-proof.md:35:22 TY022',
      'guides/civil-affairs/assistance.md:43:12 TY022',
      'guides/civil-affairs/divorce-by-name.md:13:15 TY020',
      'guides/civil-affairs/marriage-by-id.md:18:15 TY020',
      'guides/civil-affairs/marriage-text.md:11:9 TY022',
      'guides/civil-affairs/marriage-text.md:18:15 TY022',
      'guides/civil-affairs/marriage-text.md:18:23 TY022',
      'guides/civil-affairs/marriage-text.md:48:6 TY022',
      'guides/civil-affairs/marriage-text.md:48:16 TY022',
      'guides/civil-affairs/marriage-typo.md:13:15 TY024',
      'guides/human-resources/unemployment.md:11:16 TY023',
      'guides/human-resources/unemployment.md:13:15 TY021',
    ]);
    expect(first(findings, 'TY025', 'abolished/unmatched-scope.yaml').message).toBe(
      '适用范围中的事项名称“参保人员死亡待遇申领”与任何办事指南的 title 都不一致，这条取消规定不会对任何指南生效。名称必须与指南的 title 完全相同；如果这个事项还没有指南，可以忽略此警告。',
    );
    expect(first(findings, 'TY020', 'guides/civil-affairs/any-guide-single-proof.md').message).toBe(
      '申请材料“单身证明”（single-proof）是已取消的证明材料（名称“单身证明”与取消登记一致）：依据《关于改进和规范公安派出所出具证明工作的意见》（公通字〔2016〕21号），自 2016-09-01 起所有事项不再要求提交“婚姻状况证明”（改为由申请人签署告知承诺书）。请从申请材料中删除这一项，不得再向群众索要。取消登记见 abolished/marital-status-proof.yaml。',
    );
    expect(first(findings, 'TY022', 'guides/civil-affairs/any-guide-single-proof.md').message).toBe(
      '需到现场的原因（visitsReason）提到了已取消的证明材料“婚姻状况证明”：依据《关于改进和规范公安派出所出具证明工作的意见》（公通字〔2016〕21号），自 2016-09-01 起所有事项不再要求提交“婚姻状况证明”（改为由申请人签署告知承诺书）。请删除这一要求；如果是要告诉群众不用再提交，请写成否定句，例如“无需提交婚姻状况证明”。取消登记见 abolished/marital-status-proof.yaml。',
    );
    expect(first(findings, 'TY024', 'guides/civil-affairs/marriage-typo.md').message).toBe(
      '申请材料“居民户口薄”（household-typo）的名称“居民户口薄”与已取消的证明材料“居民户口簿”几乎相同：依据《婚姻登记条例》（国务院令第804号），自 2025-05-10 起本事项不再要求提交“居民户口簿”（直接取消，不需要任何替代材料）。请核实：如果是同一份材料，请删除这一项；如果不是，请把材料名称改得更明确，避免群众误会。取消登记见 abolished/household-register-marriage.yaml。',
    );
    expect(first(findings, 'TY023', 'guides/human-resources/unemployment.md').message).toBe(
      '受理条件提到了即将取消的证明材料“离职证明”：依据《关于失业保险待遇申领实行数据共享的通知》，自 2027-01-01 起本事项将不再要求提交“离职证明”（改为由办理部门通过数据共享获取）。请在 2027-01-01 之前修改这段文字。取消登记见 abolished/termination-proof.yaml。',
    );
    expect(first(findings, 'TY021', 'guides/human-resources/unemployment.md').message).toBe(
      '申请材料“离职证明”（termination-letter）即将取消（名称“离职证明”与取消登记一致）：依据《关于失业保险待遇申领实行数据共享的通知》，自 2027-01-01 起本事项将不再要求提交“离职证明”（改为由办理部门通过数据共享获取）。在 2027-01-01 之前可以保留，但须在那天之前删除这一项，并在正文中告诉群众届时无需再提交。取消登记见 abolished/termination-proof.yaml。',
    );
  });

  it('leaves out-of-scope guides, negation clauses and change history alone', () => {
    expect(check('abolished/pass')).toEqual([]);
  });

  it('names the abolishing document, its number and the replacement', () => {
    const finding = first(
      check('abolished/fail'),
      'TY020',
      'guides/civil-affairs/marriage-by-id.md',
    );
    expect(finding.severity).toBe('error');
    expect(finding.message).toBe(
      '申请材料“居民户口簿”（household-register）是已取消的证明材料：依据《婚姻登记条例》（国务院令第804号），自 2025-05-10 起本事项不再要求提交“居民户口簿”（直接取消，不需要任何替代材料）。请从申请材料中删除这一项，不得再向群众索要。取消登记见 abolished/household-register-marriage.yaml。',
    );
  });

  it('warns, with the date, about an abolition that is not in force yet on the build date', () => {
    const findings = check('abolished/fail', { date: day('2025-05-09') });
    const finding = first(findings, 'TY021', 'guides/civil-affairs/marriage-by-id.md');
    expect(finding.severity).toBe('warning');
    expect(finding.message).toContain('自 2025-05-10 起本事项将不再要求提交“居民户口簿”');
    // (The guide's review date now lies in the future too: TY071.)
    expect(
      findings
        .filter((f) => f.file === 'guides/civil-affairs/marriage-by-id.md')
        .map((f) => f.code),
    ).toEqual(['TY021', 'TY071']);
  });
});

describe('mentions in free text', () => {
  const abolition = { names: ['居民户口簿', '户口簿', '户口本'] } as unknown as Abolition;

  it('allows a mention only after a negation in the same clause', () => {
    expect(isNegated('无需提交居民户口簿', 4)).toBe(true);
    expect(isNegated('不再需要户口本', 4)).toBe(true);
    expect(isNegated('免于提交户口簿和身份证', 4)).toBe(true);
    expect(isNegated('无需预约，请带户口本', 7)).toBe(false);
    expect(isNegated('户口本不再需要', 0)).toBe(false);
  });

  it('reports the longest name at each place, with its occurrence number', () => {
    expect(
      findMentions('请带居民户口簿；户口簿丢失的先补办户口簿', [abolition]).map((m) => [
        m.name,
        m.index,
        m.nth,
      ]),
    ).toEqual([
      ['居民户口簿', 2, 0],
      ['户口簿', 8, 1],
      ['户口簿', 17, 2],
    ]);
    expect(findMentions('无需提交户口本、居民户口簿', [abolition])).toEqual([]);
  });
});
