// What a shard build leaves beside its pages for the merge step: which shard it was and which
// guides it rendered. The merge refuses shards that disagree on the count or repeat an index.
import { z } from 'zod';
import { shardSpecSchema } from './assign.ts';

export const SHARD_MANIFEST = '.tongyuan-shard.json';

export const shardManifestSchema = z
  .object({
    shard: shardSpecSchema.describe('构建的是哪一片'),
    guides: z.array(z.string()).describe('本分片生成了页面的办事指南 id，按字母排序'),
  })
  .describe('一个分片构建的清单，供合并步骤核对');

export type ShardManifest = z.infer<typeof shardManifestSchema>;
