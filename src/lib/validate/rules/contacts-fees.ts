// Who to call, and what it costs: the complaint line must be a different line from the one that
// gives advice, and every fee must say on what legal basis it is charged.
import { at } from '../context.ts';
import type { CatalogueRule, GuideRule } from '../context.ts';

export const phonesDiffer: CatalogueRule = ({ catalogue }, report) => {
  for (const department of catalogue.departments.values()) {
    const { consultPhone, complaintPhone } = department.data;
    if (consultPhone === complaintPhone) {
      report(
        at(
          'TY050',
          department.file,
          ['complaintPhone'],
          `监督投诉电话与咨询电话相同（${complaintPhone}）。投诉电话用于监督本部门，必须是另一个号码（例如纪检监察或政务服务监督电话）：请填写正确的监督投诉电话。`,
        ),
      );
    }
  }
};

/** Placeholders editors type when they do not know the basis. */
const PLACEHOLDER = /^(?:无|暂无|没有|待定|待补充|不详|略|-+|—+|\/|n\/?a|none|null)$/i;

export const feesAreComplete: GuideRule = (guide, _ctx, report) => {
  guide.data.fees.forEach((fee, i) => {
    if (fee.amount === 0) {
      report(
        at(
          'TY051',
          guide.file,
          ['fees', i, 'amount'],
          `收费项目“${fee.item}”的金额是 0。不收费的项目不要列出：请删除这一项；整个事项不收费时写 fees: []。`,
        ),
      );
    }
    if (PLACEHOLDER.test(fee.basis.trim())) {
      report(
        at(
          'TY051',
          guide.file,
          ['fees', i, 'basis'],
          `收费项目“${fee.item}”没有收费依据（写的是“${fee.basis}”）。没有依据的收费不得收取：请填写收费依据的文件名称和文号；确实没有依据的，删除这个收费项目。`,
        ),
      );
    }
  });
};
