import { z } from 'zod';
import { nonNegativeInt, text } from './common.ts';
import { materialForm, necessity } from './enums.ts';
import type { Ref, RefFactory } from './reference.ts';

/**
 * One entry of a guide's single list of materials (申请材料). There is deliberately no per-channel
 * field: the online and counter checklists are derived from this list and cannot differ.
 */
export const guideMaterialSchemaWith = <R extends Ref>(ref: RefFactory<R>) =>
  z
    .object({
      material: ref('materials').describe('材料目录编号（src/content/materials/ 下的文件名）'),
      form: materialForm,
      originals: nonNegativeInt.describe('原件份数'),
      copies: nonNegativeInt.describe('复印件份数'),
      necessity,
      when: text.optional().describe('适用情形：什么情况下需要这份材料'),
      note: text.optional().describe('填报须知'),
      verifyOriginal: z
        .boolean()
        .optional()
        .describe('是否须到现场核验原件。为 true 时不能是全程网办'),
    })
    .strict()
    .describe('申请材料');
