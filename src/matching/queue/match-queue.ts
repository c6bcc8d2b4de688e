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

/** The job id of the retrain an erasure queues: every erasure in the delay window joins the one job. */
export const RETRAIN_AFTER_ERASURE_JOB_ID = 'train-after-erasure';

export interface QueuedRetrain {
  jobId: string;
  /** When the retrain runs (the job's delay ends), ISO time. */
  runAt: string;
  /** False when an erasure earlier in the window had already queued it. */
  added: boolean;
}

const PENDING_STATES = new Set(['delayed', 'waiting', 'prioritized', 'waiting-children']);

/**
 * Queues a retrain of the matching model `delayMs` from now, or joins the one already waiting, so many
 * erasures in a window make one retrain. A finished job with the id (completed jobs are kept an hour, failed
 * ones stay as dead letters) would make BullMQ drop the add silently, so it is removed first. A retrain
 * running now may have read the graph before this erasure, so it does not count: a follow-up retrain is
 * queued under an id of its own, shared by every erasure during that run.
 */
export async function queueRetrainAfterErasure(queue: MatchQueue, delayMs: number): Promise<QueuedRetrain> {
  let jobId = RETRAIN_AFTER_ERASURE_JOB_ID;
  for (let hop = 0; hop < 5; hop++) {
    const existing = await queue.getJob(jobId);
    const state = existing ? await existing.getState() : 'missing';
    if (existing && PENDING_STATES.has(state)) {
      return { jobId, runAt: new Date(existing.timestamp + (existing.opts.delay ?? 0)).toISOString(), added: false };
    }
    if (existing && state === 'active') {
      jobId = `${RETRAIN_AFTER_ERASURE_JOB_ID}-after-${String(existing.processedOn ?? existing.timestamp)}`;
      continue;
    }
    if (existing) await queue.remove(jobId);
    // Two erasures racing here both add: BullMQ keeps the first and returns it to the second.
    const job = await queue.add(MATCH_JOB_NAMES.train, { kind: 'train' }, { jobId, delay: delayMs, removeOnComplete: true });
    return { jobId, runAt: new Date(job.timestamp + (job.opts.delay ?? delayMs)).toISOString(), added: true };
  }
  throw new Error(`queue: retrains ${RETRAIN_AFTER_ERASURE_JOB_ID}* are all running; retrain once they finish`);
}
