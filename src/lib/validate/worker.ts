// A worker thread checking one shard of guides for the engine (see engine.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { checkGuideShard } from './engine.ts';
import type { ShardInput } from './engine.ts';

parentPort?.postMessage(checkGuideShard(workerData as ShardInput));
