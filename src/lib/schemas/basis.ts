import { z } from 'zod';
import { text, url } from './common.ts';

/** A legal document: 设定依据 of a guide, or the document abolishing a material. */
export const documentSchema = z
  .object({
    title: text.describe('文件名称，例如 婚姻登记条例'),
    number: text.optional().describe('文号，例如 国务院令第804号'),
    url: url.optional().describe('原文网址'),
  })
  .strict();

export const basisSchema = z
  .object({
    title: text.describe('法律法规名称，例如 中华人民共和国居民身份证法'),
    article: text.optional().describe('条款，例如 第十一条'),
  })
  .strict()
  .describe('设定依据');

export type LegalDocument = z.infer<typeof documentSchema>;
export type Basis = z.infer<typeof basisSchema>;
