// A worker thread checking one shard of guides for the engine (see engine.ts).
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { ShardJob } from './engine.ts';

// Reuse compiled modules across runs, as scripts/validate.ts does for the main thread.
enableCompileCache();
const { runShardJob } = await import('./engine.ts');
parentPort?.postMessage(runShardJob(workerData as ShardJob));
