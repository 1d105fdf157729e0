// Keeping guides current: a published guide nobody has checked for a year is likely stale, and a
// date after the build date is a typo that would make the change log lie.
import { at } from '../context.ts';
import type { GuideRule } from '../context.ts';
import { PUBLISHED_STATUS } from '../../schemas/enums.ts';
import { isoDay, oneYearBefore } from '../date.ts';

export const reviewedWithinAYear: GuideRule = (guide, { date }, report) => {
  if (guide.data.status !== PUBLISHED_STATUS) return;
  if (guide.data.reviewed.getTime() < oneYearBefore(date).getTime()) {
    const reviewed = isoDay(guide.data.reviewed);
    report(
      at(
        'TY070',
        guide.file,
        ['reviewed'],
        `最近一次核对是 ${reviewed}，到 ${date.iso} 已超过一年。政策、材料和窗口可能已经变化：请逐项核对指南内容，确认无误后把 reviewed 改为核对当天的日期。`,
      ),
    );
  }
};

export const datesNotInFuture: GuideRule = (guide, { date }, report) => {
  const today = date.value.getTime();
  if (guide.data.reviewed.getTime() > today) {
    const reviewed = isoDay(guide.data.reviewed);
    report(
      at(
        'TY071',
        guide.file,
        ['reviewed'],
        `核对日期 ${reviewed} 晚于今天（${date.iso}）。核对日期只能是已经过去的日期：请改为实际核对的那一天。`,
      ),
    );
  }
  guide.data.changes.forEach((change, i) => {
    if (change.date.getTime() > today) {
      const day = isoDay(change.date);
      report(
        at(
          'TY071',
          guide.file,
          ['changes', i, 'date'],
          `更新记录的日期 ${day} 晚于今天（${date.iso}）。更新记录写的是已经做出的修改：请改为实际修改的日期；尚未生效的变化请写在正文中。`,
        ),
      );
    }
  });
};
