import { z } from 'zod';
import { day, expected, id, nonNegativeInt, text, url } from './common.ts';
import { basisSchema } from './basis.ts';
import { audience, caseKind, coverage, guideStatus, itemType, onlineDepth } from './enums.ts';
import { guideMaterialSchemaWith } from './guide-material.ts';
import type { Ref, RefFactory } from './reference.ts';

export const processStepSchema = z
  .object({
    step: text.describe('环节名称，例如 受理'),
    days: nonNegativeInt.optional().describe('本环节时限（工作日）'),
    description: text.optional().describe('环节说明'),
  })
  .strict()
  .describe('办理流程中的一个环节');

export const timeLimitSchema = z
  .object({
    legal: nonNegativeInt.describe('法定办结时限（工作日）'),
    promised: nonNegativeInt.describe('承诺办结时限（工作日），0 表示即办'),
  })
  .strict()
  .describe('办理时限');

export const feeSchema = z
  .object({
    item: text.describe('收费项目名称'),
    amount: z
      .number({ error: expected('数字（单位：元）') })
      .min(0)
      .describe('收费金额（元）'),
    basis: text.describe('收费依据：文件名称和文号'),
  })
  .strict()
  .describe('收费项目');

export const onlineSchema = z
  .object({
    depth: onlineDepth,
    url: url.optional().describe('网上办理入口网址'),
  })
  .strict()
  .describe('网上办理');

export const counterSchema = z
  .object({
    locations: z
      .array(id)
      .min(1, { message: '至少填写一个办理地点' })
      .describe('办理地点编号，须是本部门 locations 中的 id'),
  })
  .strict()
  .describe('窗口办理');

export const resultSchema = z
  .object({
    name: text.describe('办理结果名称，例如 结婚证'),
    delivery: z
      .array(text)
      .min(1, { message: '至少填写一种送达方式' })
      .describe('送达方式，例如 [窗口领取, 快递寄送]'),
  })
  .strict()
  .describe('办理结果');

export const changeSchema = z
  .object({
    date: day.describe('变更日期'),
    note: text.describe('变更内容'),
  })
  .strict()
  .describe('更新记录');

/** Guide frontmatter: `src/content/guides/<department>/<slug>.md`. */
export const guideSchemaWith = <R extends Ref>(ref: RefFactory<R>) =>
  z
    .object({
      code: text.describe('事项编码（全区唯一），例如 420107-MZ-QR-0001'),
      title: text.describe('事项名称，例如 内地居民结婚登记'),
      department: ref('departments').describe(
        '实施主体编号（src/content/departments/ 下的文件名）',
      ),
      type: itemType,
      status: guideStatus,
      audience: z.array(audience).min(1, { message: '至少填写一个服务对象' }).describe('服务对象'),
      basis: z.array(basisSchema).min(1, { message: '至少填写一条设定依据' }).describe('设定依据'),
      conditions: z.array(text).min(1, { message: '至少填写一条受理条件' }).describe('受理条件'),
      materials: z.array(guideMaterialSchemaWith(ref)).describe('申请材料（线上线下同一份清单）'),
      process: z
        .array(processStepSchema)
        .min(1, { message: '至少填写一个办理环节' })
        .describe('办理流程'),
      timeLimit: timeLimitSchema,
      kind: caseKind,
      fees: z.array(feeSchema).describe('收费项目；空列表 [] 表示不收费'),
      online: onlineSchema,
      counter: counterSchema,
      post: z.boolean({ error: expected('true 或 false') }).describe('是否支持邮寄/快递'),
      visits: nonNegativeInt.describe('到办事现场次数'),
      visitsReason: text.optional().describe('需到现场的原因（到现场次数大于 0 时必填）'),
      result: resultSchema,
      coverage,
      topics: z.array(ref('topics')).default([]).describe('所属一件事编号'),
      reviewed: day.describe('最近一次核对日期'),
      changes: z.array(changeSchema).default([]).describe('更新记录'),
    })
    .strict()
    .describe('办事指南');

export type Guide = z.infer<ReturnType<typeof guideSchemaWith<string>>>;
export type GuideMaterial = Guide['materials'][number];
export type Fee = z.infer<typeof feeSchema>;
export type ProcessStep = z.infer<typeof processStepSchema>;
