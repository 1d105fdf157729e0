import { describe, expect, it } from 'vitest';
import { brief, check, first } from '../helpers.ts';

describe('channels and visits (TY040–TY045)', () => {
  it('reports 全程网办 contradictions, missing reasons, no channel, form/count mismatches', () => {
    const findings = check('channels/fail');
    expect(findings.map(brief)).toEqual([
      'guides/civil-affairs/form-counts.md:14:11 TY044',
      'guides/civil-affairs/form-counts.md:19:11 TY044',
      'guides/civil-affairs/no-channel.md:33:9 TY043',
      'guides/civil-affairs/no-reason.md:34:9 TY042',
      'guides/civil-affairs/no-url.md:29:10 TY045',
      'guides/civil-affairs/online-verify.md:18:21 TY041',
      'guides/civil-affairs/online-with-visit.md:34:9 TY040',
    ]);
    expect(first(findings, 'TY044', 'guides/civil-affairs/form-counts.md').message).toBe(
      '材料“居民身份证”的形式是“复印件”，却要求原件 1 份，复印件份数 copies 是 0。线上和窗口清单都按份数告诉群众带什么，两者必须一致：请改正 form，或改正 originals / copies。',
    );
    expect(first(findings, 'TY043', 'guides/civil-affairs/no-channel.md').message).toBe(
      '这个事项不能网上办理（信息公开），到现场次数为 0，又不支持邮寄，群众没有任何办法提交申请。请按实际情况改正：到窗口办理的填写 visits 和 visitsReason，可以邮寄的把 post 改为 true，可以网上办理的改正 online.depth。',
    );
    expect(first(findings, 'TY042', 'guides/civil-affairs/no-reason.md').message).toBe(
      '到办事现场次数是 1，但缺少必填字段 visitsReason（需到现场的原因）。群众有权知道为什么必须跑一趟：请补上，例如 visitsReason: 须本人到场采集指纹和人像。',
    );
    expect(first(findings, 'TY045', 'guides/civil-affairs/no-url.md').message).toBe(
      '网上办理深度是在线预审，但没有填写网上办理入口网址 online.url。群众在指南页上找不到从哪里申请：请补上，例如 url: https://zwfw.example.gov.cn/apply/事项编码。',
    );
    expect(first(findings, 'TY041', 'guides/civil-affairs/online-verify.md').message).toBe(
      '材料“居民身份证”要求到现场核验原件（verifyOriginal: true），但网上办理深度是全程网办。须到现场核验就不是全程网办：请删除 verifyOriginal（改为网上核验），或把 online.depth 改为 在线预审。',
    );
    expect(first(findings, 'TY040', 'guides/civil-affairs/online-with-visit.md').message).toBe(
      '网上办理深度是全程网办，但到办事现场次数是 1。全程网办意味着群众一次也不用到现场：请把 visits 改为 0，或把 online.depth 改为 在线预审 或 在线申办。',
    );
  });

  it('accepts fully online, counter-only and post-only guides', () => {
    expect(check('channels/pass')).toEqual([]);
  });
});
