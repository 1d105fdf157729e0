// 办理时限: what a department promises must fit the law and its own steps, and 即办 must mean 即办件.
import { at } from '../context.ts';
import type { GuideRule } from '../context.ts';

export const promisedWithinLegal: GuideRule = (guide, _ctx, report) => {
  const { legal, promised } = guide.data.timeLimit;
  if (promised > legal) {
    report(
      at(
        'TY030',
        guide.file,
        ['timeLimit', 'promised'],
        `承诺时限 ${promised} 个工作日超过了法定时限 ${legal} 个工作日。承诺时限是对法定时限的压缩，不能更长：请核对两个数字，承诺时限应小于或等于法定时限。`,
      ),
    );
  }
};

export const stepsWithinPromised: GuideRule = (guide, _ctx, report) => {
  const { promised } = guide.data.timeLimit;
  const total = guide.data.process.reduce((sum, step) => sum + (step.days ?? 0), 0);
  if (total > promised) {
    const parts = guide.data.process
      .filter((s) => s.days)
      .map((s) => `${s.step} ${s.days} 天`)
      .join(' + ');
    report(
      at(
        'TY031',
        guide.file,
        ['process'],
        `各办理环节的时限加起来是 ${total} 个工作日（${parts}），超过了承诺时限 ${promised} 个工作日。群众按环节时限算会以为要等更久：请调整环节时限 days，使总和不超过承诺时限。`,
      ),
    );
  }
};

export const zeroPromisedIsImmediate: GuideRule = (guide, _ctx, report) => {
  if (guide.data.timeLimit.promised === 0 && guide.data.kind !== '即办件') {
    report(
      at(
        'TY032',
        guide.file,
        ['kind'],
        `承诺时限为 0（当场办结），但办件类型是“${guide.data.kind}”。当场办结的事项就是即办件：请把 kind 改为 即办件，或填写实际的承诺时限。`,
      ),
    );
  }
};

export const immediateHasZeroPromised: GuideRule = (guide, _ctx, report) => {
  const { promised } = guide.data.timeLimit;
  if (guide.data.kind === '即办件' && promised > 0) {
    report(
      at(
        'TY033',
        guide.file,
        ['timeLimit', 'promised'],
        `办件类型是即办件，但承诺时限是 ${promised} 个工作日。即办件应当场办结，承诺时限为 0：请把 promised 改为 0，或把 kind 改为 承诺件。`,
      ),
    );
  }
};
