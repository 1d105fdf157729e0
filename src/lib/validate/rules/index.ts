// Every rule that reads only the content, by shape (the Node-only one is in with-files.ts). Adding a rule: write it in the family's module, list it here, give it a
// code in codes.ts, a failing and a passing fixture under tests/validate/, and a section in
// docs/editors/错误代码.md.
import type { CatalogueRule, CorpusRule, GuideRule } from '../context.ts';
import {
  abolishedMaterialListed,
  abolishedMaterialMentioned,
  abolitionScopeMatchesGuides,
  materialNameCloseToAbolished,
} from './abolished.ts';
import { bodyIsPlainMarkdown } from './body.ts';
import {
  formMatchesCounts,
  fullyOnlineHasNoVisits,
  fullyOnlineNeedsNoOriginals,
  onlineHasUrl,
  someChannelExists,
  visitsHaveReason,
} from './channels.ts';
import { feesAreComplete, phonesDiffer } from './contacts-fees.ts';
import { datesNotInFuture, reviewedWithinAYear } from './dates.ts';
import {
  abolishedMaterialExists,
  codesAreUnique,
  departmentExists,
  guideFolderMatchesDepartment,
  locationsBelongToDepartment,
  materialsExist,
  topicGuidesExist,
  topicMembershipAgrees,
  topicsExist,
} from './references.ts';
import {
  immediateHasZeroPromised,
  promisedWithinLegal,
  stepsWithinPromised,
  zeroPromisedIsImmediate,
} from './time-limits.ts';

export const GUIDE_RULES: readonly GuideRule[] = [
  guideFolderMatchesDepartment,
  departmentExists,
  materialsExist,
  locationsBelongToDepartment,
  topicsExist,
  abolishedMaterialListed,
  abolishedMaterialMentioned,
  materialNameCloseToAbolished,
  promisedWithinLegal,
  stepsWithinPromised,
  zeroPromisedIsImmediate,
  immediateHasZeroPromised,
  fullyOnlineHasNoVisits,
  fullyOnlineNeedsNoOriginals,
  visitsHaveReason,
  someChannelExists,
  formMatchesCounts,
  onlineHasUrl,
  feesAreComplete,
  bodyIsPlainMarkdown,
  reviewedWithinAYear,
  datesNotInFuture,
];

/**
 * Catalogue rules that read only the content. The one that also reads public/ (templatesExist) is
 * added by the engine (rules/with-files.ts), so this list runs in the web editor's browser too.
 */
export const CONTENT_CATALOGUE_RULES: readonly CatalogueRule[] = [
  abolishedMaterialExists,
  phonesDiffer,
];

export const CORPUS_RULES: readonly CorpusRule[] = [
  codesAreUnique,
  topicGuidesExist,
  topicMembershipAgrees,
  abolitionScopeMatchesGuides,
];
