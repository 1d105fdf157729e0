// 网上办理与到现场: a guide must not promise 全程网办 and then ask for a visit, must say why a
// visit is needed, and must leave citizens at least one way to apply.
import { at } from '../context.ts';
import type { GuideRule } from '../context.ts';

export const fullyOnlineHasNoVisits: GuideRule = (guide, _ctx, report) => {
  const { online, visits } = guide.data;
  if (online.depth === '全程网办' && visits > 0) {
    report(
      at(
        'TY040',
        guide.file,
        ['visits'],
        `网上办理深度是全程网办，但到办事现场次数是 ${visits}。全程网办意味着群众一次也不用到现场：请把 visits 改为 0，或把 online.depth 改为 在线预审 或 在线申办。`,
      ),
    );
  }
};

export const fullyOnlineNeedsNoOriginals: GuideRule = (guide, ctx, report) => {
  if (guide.data.online.depth !== '全程网办') return;
  guide.data.materials.forEach((m, i) => {
    if (!m.verifyOriginal) return;
    const name = ctx.catalogue.materials.get(m.material)?.data.name ?? m.material;
    report(
      at(
        'TY041',
        guide.file,
        ['materials', i, 'verifyOriginal'],
        `材料“${name}”要求到现场核验原件（verifyOriginal: true），但网上办理深度是全程网办。须到现场核验就不是全程网办：请删除 verifyOriginal（改为网上核验），或把 online.depth 改为 在线预审。`,
      ),
    );
  });
};

export const visitsHaveReason: GuideRule = (guide, _ctx, report) => {
  const { visits, visitsReason } = guide.data;
  if (visits > 0 && visitsReason === undefined) {
    report(
      at(
        'TY042',
        guide.file,
        ['visits'],
        `到办事现场次数是 ${visits}，但缺少必填字段 visitsReason（需到现场的原因）。群众有权知道为什么必须跑一趟：请补上，例如 visitsReason: 须本人到场采集指纹和人像。`,
      ),
    );
  }
};

export const someChannelExists: GuideRule = (guide, _ctx, report) => {
  const { online, visits, post } = guide.data;
  if (online.depth === '信息公开' && visits === 0 && !post) {
    report(
      at(
        'TY043',
        guide.file,
        ['visits'],
        '这个事项不能网上办理（信息公开），到现场次数为 0，又不支持邮寄，群众没有任何办法提交申请。请按实际情况改正：到窗口办理的填写 visits 和 visitsReason，可以邮寄的把 post 改为 true，可以网上办理的改正 online.depth。',
      ),
    );
  }
};

export const formMatchesCounts: GuideRule = (guide, ctx, report) => {
  guide.data.materials.forEach((m, i) => {
    const wantsOriginals = m.form !== '复印件';
    const wantsCopies = m.form !== '原件';
    const problems: string[] = [];
    if (wantsOriginals && m.originals === 0) problems.push('原件份数 originals 是 0');
    if (!wantsOriginals && m.originals > 0) problems.push(`却要求原件 ${m.originals} 份`);
    if (wantsCopies && m.copies === 0) problems.push('复印件份数 copies 是 0');
    if (!wantsCopies && m.copies > 0) problems.push(`却要求复印件 ${m.copies} 份`);
    if (problems.length === 0) return;
    const name = ctx.catalogue.materials.get(m.material)?.data.name ?? m.material;
    report(
      at(
        'TY044',
        guide.file,
        ['materials', i, 'form'],
        `材料“${name}”的形式是“${m.form}”，${problems.join('，')}。线上和窗口清单都按份数告诉群众带什么，两者必须一致：请改正 form，或改正 originals / copies。`,
      ),
    );
  });
};

export const onlineHasUrl: GuideRule = (guide, _ctx, report) => {
  const { depth, url } = guide.data.online;
  if (depth !== '信息公开' && url === undefined) {
    report(
      at(
        'TY045',
        guide.file,
        ['online', 'depth'],
        `网上办理深度是${depth}，但没有填写网上办理入口网址 online.url。群众在指南页上找不到从哪里申请：请补上，例如 url: https://zwfw.example.gov.cn/apply/事项编码。`,
      ),
    );
  }
};
