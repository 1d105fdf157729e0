// Small value schemas shared by every collection.
import { z } from 'zod';

/** File-name ids: lowercase kebab-case, as in `resident-id-card`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Error for a wrong or missing value, in the editors' language: a missing key says so, a wrong
 * type names what was expected.
 */
export const expected =
  (what: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? `缺少必填字段，应填写${what}` : `应为${what}`;

export const id = z
  .string({ error: expected('编号（小写英文字母、数字和连字符）') })
  .regex(ID_PATTERN, { message: '编号只能使用小写英文字母、数字和连字符，例如 resident-id-card' })
  .describe('编号：小写英文字母、数字和连字符');

export const text = z
  .string({ error: expected('文字') })
  .trim()
  .min(1, { message: '不能为空' })
  .describe('文字内容，不能为空');

/**
 * A calendar day. YAML turns an unquoted `2026-10-15` into a date; both the validator's parser
 * and Astro's do, so the schema takes a Date and keeps the editors' plain notation.
 */
export const day = z
  .date({ error: expected('日期，格式 YYYY-MM-DD（例如 2026-10-15，不加引号）') })
  .describe('日期，格式 YYYY-MM-DD，不加引号');

/** Chinese landline with area code, mobile, or a short public hotline such as 12315. */
export const PHONE_PATTERN = /^(?:0\d{2,3}-\d{7,8}(?:-\d{1,6})?|1\d{10}|\d{5}|400-?\d{3}-?\d{4})$/;

export const phone = z
  .string({ error: expected('电话号码') })
  .regex(PHONE_PATTERN, {
    message:
      '电话号码格式不正确，应为“区号-号码”（如 0571-86012345）、手机号或 12315 这样的五位热线',
  })
  .describe('电话号码，如 0571-86012345 或 12315');

export const url = z
  .url({ protocol: /^https?$/, message: '网址应以 http:// 或 https:// 开头' })
  .describe('网址，以 https:// 开头');

/** A path to a file under `public/`, e.g. `/templates/form.pdf`. */
export const publicPath = z
  .string()
  .regex(/^\/[\w./-]+$/, { message: '应为以 / 开头的站内文件路径，例如 /templates/form.pdf' })
  .describe('站内文件路径（位于 public/ 目录下），例如 /templates/form.pdf');

export const nonNegativeInt = z
  .number({ error: expected('数字') })
  .int({ message: '应为整数' })
  .min(0, { message: '不能小于 0' });
