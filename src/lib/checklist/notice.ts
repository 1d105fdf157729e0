// The 一次性告知单 (国发〔2016〕55号: tell everything missing at once): what a counter clerk hands
// over, computed from the same guide as the online page. The counter checklist is the same
// derivation the guide page shows, so the printed sheet cannot ask for other materials.
import { checklistText as t } from '../../i18n/checklist.ts';
import type { GuideEntry } from '../corpus/model.ts';
import type { SiteCorpus } from '../corpus/summary.ts';
import type { Location } from '../schemas/index.ts';
import { counterChecklist } from './derive.ts';
import type { Checklist } from './types.ts';

export interface NoticeSheet {
  readonly guideId: string;
  readonly title: string;
  readonly code: string;
  readonly kind: string;
  readonly department: string;
  readonly departmentHours: string | undefined;
  /** The guide's counter locations; unknown ids (a validator error) are left out. */
  readonly locations: readonly Location[];
  readonly checklist: Checklist<'counter'>;
  /** One line per fee, or the single line 不收费. */
  readonly fees: readonly string[];
  readonly legalTime: string;
  readonly promisedTime: string;
  readonly visits: string;
  readonly visitsReason: string | undefined;
  readonly consultPhone: string | undefined;
  readonly complaintPhone: string | undefined;
  /** Site path of the online guide, e.g. `/guides/civil-affairs/marriage-registration/`. */
  readonly guidePath: string;
}

/** 0 working days is 即办 (immediate), never “0 个工作日”. */
export const workingDays = (days: number): string =>
  days === 0 ? t.notice.immediate : t.notice.workingDays(days);

export const guidePath = (guideId: string): string => `/guides/${guideId}/`;

export function noticeSheet(guide: GuideEntry, corpus: SiteCorpus): NoticeSheet {
  const { data } = guide;
  const department = corpus.departments.get(data.department)?.data;
  const locations = data.counter.locations.flatMap((id) => {
    const location = department?.locations.find((l) => l.id === id);
    return location ? [location] : [];
  });
  return {
    guideId: guide.id,
    title: data.title,
    code: data.code,
    kind: data.kind,
    department: department?.name ?? data.department,
    departmentHours: department?.hours,
    locations,
    checklist: counterChecklist(guide, corpus),
    fees:
      data.fees.length === 0
        ? [t.notice.noFee]
        : data.fees.map((fee) => t.notice.feeItem(fee.item, fee.amount, fee.basis)),
    legalTime: workingDays(data.timeLimit.legal),
    promisedTime: workingDays(data.timeLimit.promised),
    visits: t.notice.visitsValue(data.visits),
    visitsReason: data.visitsReason,
    consultPhone: department?.consultPhone,
    complaintPhone: department?.complaintPhone,
    guidePath: guidePath(guide.id),
  };
}
