import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { createJobQueue, QUEUES } from '../../queue';
import { MATCH_JOB_NAMES, MatchJobData } from './match-job';

export type MatchQueue = Queue<MatchJobData>;

export function createMatchQueue(connection: Redis, prefix: string, maxAttempts: number): MatchQueue {
  // Finished jobs (record keys only) stay an hour for inspection; the failed set is the matching dead-letter queue.
  return createJobQueue<MatchJobData>(QUEUES.match, connection, prefix, maxAttempts, { age: 3600, count: 1000 });
}

/**
 * Hands records to the matcher. The job id comes from the ingest job, so a retried ingest job (whose
 * worker died after writing) adds no second matching job while the first is still queued.
 */
export async function enqueueRecordMatching(queue: MatchQueue, recordKeys: readonly string[], sourceJobId: string, onlyPending = true): Promise<void> {
  if (recordKeys.length === 0) return;
  await queue.add(MATCH_JOB_NAMES.records, { kind: 'records', recordKeys: [...recordKeys], onlyPending }, { jobId: `match-${sourceJobId}` });
}
