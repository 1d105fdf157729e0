import { z } from 'zod';
import { publicPath, text } from './common.ts';
import { materialCategory, materialSource } from './enums.ts';

/** 材料目录: `src/content/materials/<id>.yaml`. */
export const materialSchema = z
  .object({
    name: text.describe('材料名称，例如 居民身份证'),
    aliases: z.array(text).default([]).describe('别名（群众常用叫法），例如 [身份证, 二代身份证]'),
    category: materialCategory,
    source: materialSource,
    issuer: text.describe('来源渠道说明：由哪个机关或机构出具'),
    license: text
      .optional()
      .describe('电子证照名称。填写后，该材料通过数据共享获取，线上线下均免提交'),
    template: publicPath.optional().describe('空白表格文件路径（public/ 下）'),
    sample: publicPath.optional().describe('填写示例文件路径（public/ 下）'),
  })
  .strict()
  .describe('材料目录中的一项材料');

export type Material = z.infer<typeof materialSchema>;
