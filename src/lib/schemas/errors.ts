// Chinese messages for the issues no field-level message covers (unknown keys, failed unions),
// for every consumer of the schemas: the validator, Astro's build and the tests. zod's zh-CN
// locale answers whatever is left.
import { z } from 'zod';

z.config(z.locales.zhCN());
z.config({
  customError: (issue) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.join('、');
      return `不认识的字段 ${keys}：请检查拼写（字段名区分大小写），或删除该字段`;
    }
    return undefined;
  },
});
