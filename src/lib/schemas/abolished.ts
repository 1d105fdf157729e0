import { z } from 'zod';
import { day, text } from './common.ts';
import { documentSchema } from './basis.ts';
import { itemType, replacement } from './enums.ts';
import type { Ref, RefFactory } from './reference.ts';

/**
 * Where an abolition applies: everywhere, or only to guides with the listed codes, titles or
 * 事项类型. Many abolitions are scoped (the household register is no longer needed for marriage
 * registration but still is elsewhere), so a scope must never be widened by accident.
 */
export const scopeSchema = z
  .union([
    z.literal('all').describe('适用于所有事项'),
    z
      .object({
        codes: z.array(text).optional().describe('适用的事项编码'),
        titles: z.array(text).optional().describe('适用的事项名称'),
        types: z.array(itemType).optional().describe('适用的事项类型'),
      })
      .strict()
      .refine((s) => [s.codes, s.titles, s.types].some((list) => (list?.length ?? 0) > 0), {
        message: '适用范围至少填写 codes、titles、types 之一；适用于全部事项时写 scope: all',
      }),
  ])
  .describe('适用范围：all，或按事项编码（codes）、事项名称（titles）、事项类型（types）限定');

export const abolishedSchemaWith = <R extends Ref>(ref: RefFactory<R>) =>
  z
    .object({
      name: text.describe('取消的证明材料名称'),
      aliases: z.array(text).default([]).describe('别名，同样不得再出现在适用范围内的办事指南中'),
      material: ref('materials').optional().describe('对应的材料目录编号（如有）'),
      scope: scopeSchema,
      abolishedOn: day.describe('取消生效日期'),
      basis: documentSchema.describe('取消依据：文件名称、文号、网址'),
      replacement,
      note: text.optional().describe('说明：取消后群众如何办理'),
    })
    .strict()
    .describe('已取消的证明材料');

export type AbolitionScope = z.infer<typeof scopeSchema>;
export type Abolished = z.infer<ReturnType<typeof abolishedSchemaWith<string>>>;
