import { z } from 'zod';
import { id, text } from './common.ts';

/** A place where a department receives applicants (窗口办理地点). */
export const locationSchema = z
  .object({
    id: id.describe('地点编号，在办事指南 counter.locations 中引用，例如 center-mz'),
    name: text.describe('地点名称，例如 政务服务中心民政窗口'),
    address: text.describe('详细地址'),
    window: text.describe('窗口号，例如 21—23号窗口'),
    hours: text.describe('办公时间，例如 周一至周五 9:00—12:00，13:30—17:00'),
  })
  .strict()
  .describe('办理地点');

export type Location = z.infer<typeof locationSchema>;
