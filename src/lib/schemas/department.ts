import { z } from 'zod';
import { phone, text } from './common.ts';
import { locationSchema } from './location.ts';

/** 实施主体: `src/content/departments/<id>.yaml`. */
export const departmentSchema = z
  .object({
    name: text.describe('实施主体名称，例如 青山区民政局'),
    address: text.describe('办公地址'),
    hours: text.describe('办公时间'),
    consultPhone: phone.describe('咨询电话'),
    complaintPhone: phone.describe('监督投诉电话（应与咨询电话不同）'),
    locations: z
      .array(locationSchema)
      .min(1, { message: '至少填写一个办理地点' })
      .describe('办理地点（窗口）列表'),
  })
  .strict()
  .describe('实施主体（部门）');

export type Department = z.infer<typeof departmentSchema>;
