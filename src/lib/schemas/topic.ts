import { z } from 'zod';
import { text } from './common.ts';
import type { Ref, RefFactory } from './reference.ts';

/** 一件事一次办: `src/content/topics/<id>.yaml`. */
export const topicSchemaWith = <R extends Ref>(ref: RefFactory<R>) =>
  z
    .object({
      title: text.describe('一件事名称，例如 新生儿出生一件事'),
      summary: text.describe('简介：这件事包括哪些事项、怎样一次办成'),
      guides: z
        .array(ref('guides'))
        .min(1, { message: '至少包含一个办事指南' })
        .describe('按办理顺序排列的办事指南编号，例如 civil-affairs/marriage-registration'),
    })
    .strict()
    .describe('一件事（主题集成服务）');

export type Topic = z.infer<ReturnType<typeof topicSchemaWith<string>>>;
