// Plain-language renderings of the content model's values, shared by pages, feed and exports.
// Citizens read 即办 rather than "0 个工作日", and 不收费 rather than an empty table.
import { valueText as t } from '../../i18n/site.ts';
import type { Fee, Guide } from '../schemas/index.ts';

/** `2026-11-03` in the site's (China Standard) time zone; YAML dates are UTC midnight. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `2026年11月3日` — the form citizens read on official notices. */
export function chineseDate(date: Date): string {
  return t.date(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export const INSTANT = t.instant;

/** Working days, or 即办 for 0. */
export function workingDays(days: number): string {
  return days === 0 ? INSTANT : t.workingDays(days);
}

export function timeLimitText(timeLimit: Guide['timeLimit']): { legal: string; promised: string } {
  return { legal: workingDays(timeLimit.legal), promised: workingDays(timeLimit.promised) };
}

const yuanFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

export function yuan(amount: number): string {
  return t.yuan(yuanFormat.format(amount));
}

export const FREE = t.free;

export const isFree = (fees: readonly Fee[]): boolean => fees.length === 0;

/** One line summing the fees up: 不收费, or 工本费 20元；加急费 30元. */
export function feesSummary(fees: readonly Fee[]): string {
  return isFree(fees)
    ? FREE
    : fees.map((fee) => `${fee.item} ${yuan(fee.amount)}`).join(t.feeSeparator);
}

export function visitsText(visits: number): string {
  return visits === 0 ? t.noVisit : t.visitsAtMost(visits);
}

/** `tel:` href for a displayed phone number: digits only; an extension follows a pause (`,`). */
export function telHref(phone: string): string {
  const parts = phone.split('-');
  // Landlines with an extension are written 区号-号码-分机 (see PHONE_PATTERN).
  const extension = parts.length === 3 && phone.startsWith('0') ? parts.pop() : undefined;
  const digits = parts.join('');
  return extension ? `tel:${digits},${extension}` : `tel:${digits}`;
}

/** Percentages for tables and charts: `62.5%`, no trailing `.0`. */
export function percent(share: number): string {
  const value = Math.round(share * 1000) / 10;
  return `${value}%`;
}

/** One decimal at most: `1.3`, `2`. */
export function oneDecimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** A phone number as shown: non-breaking hyphens keep it on one line (0571‑86012345). */
export function displayPhone(phone: string): string {
  return phone.replaceAll('-', '\u2011');
}
