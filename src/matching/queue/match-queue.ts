import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { QUEUES } from '../../queue';
import { MATCH_JOB_NAMES, MatchJobData } from './match-job';

export type MatchQueue = Queue<MatchJobData>;

export function createMatchQueue(connection: Redis, prefix: string, maxAttempts: number): MatchQueue {
  return new Queue<MatchJobData>(QUEUES.match, {
    connection,
    prefix,
    defaultJobOptions: {
      attempts: maxAttempts,
      backoff: { type: 'capped-exponential' },
      removeOnComplete: { age: 3600, count: 1000 },
      // The failed set is the matching dead-letter queue: kept, listed by `idgraph matching failed`, retried by hand.
      removeOnFail: false,
    },
  });
}

/**
 * Hands records to the matcher. The job id comes from the ingest job, so a retried ingest job (whose
 * worker died after writing) adds no second matching job while the first is still queued.
 */
export async function enqueueRecordMatching(queue: MatchQueue, recordKeys: readonly string[], sourceJobId: string, onlyPending = true): Promise<void> {
  if (recordKeys.length === 0) return;
  await queue.add(MATCH_JOB_NAMES.records, { kind: 'records', recordKeys: [...recordKeys], onlyPending }, { jobId: `match-${sourceJobId}` });
}
