import { Job, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { CYPHER } from '../../graph/cypher-statements';
import { errorCodeOf, failPermanentlyUnlessRetryable, isFinalFailure, QUEUES, workerOptions } from '../../queue';
import { detectHouseholds } from '../../households/detect-households';
import { runFullMatching } from '../jobs/full-run';
import { matchRecords } from '../jobs/match-records';
import type { MatcherContext } from '../jobs/matcher-context';
import { trainFromGraph } from '../jobs/train-from-graph';
import type { MatchingSettingsInput } from '../settings/matching-settings';
import { MATCH_JOB_NAMES, MatchJobData } from './match-job';
import type { MatchQueue } from './match-queue';

export interface MatchWorkerOptions {
  prefix: string;
  concurrency: number;
  lockMs?: number;
  /** Settings a train job trains with. */
  settings: MatchingSettingsInput;
  /** Where follow-up jobs (households after a matching job) go; without it they run inline. */
  queue?: MatchQueue;
}

/**
 * Runs matching jobs. Transient failures (a lost connection, a deadlock, another job changing the same
 * customers) are retried with backoff; anything else fails the job for good, and a records job's records are
 * marked with the error so the pending sweeper does not loop on them.
 */
export function startMatchWorker(ctx: MatcherContext, connection: Redis, options: MatchWorkerOptions): Worker<MatchJobData> {
  const worker = new Worker<MatchJobData>(
    QUEUES.match,
    (job) => failPermanentlyUnlessRetryable(() => processMatchJob(ctx, job, options)),
    workerOptions(connection, options),
  );
  worker.on('failed', (job, error) => {
    if (!job) return;
    const final = isFinalFailure(job, error);
    ctx.log.warn({ jobId: job.id, kind: job.data.kind, attemptsMade: job.attemptsMade, final }, 'matching job failed');
    if (final && job.data.kind === 'records') {
      void ctx.graph
        .write(CYPHER.markMatchFailed, { recordKeys: job.data.recordKeys, code: errorCodeOf(error), jobId: job.id ?? null, now: new Date().toISOString() }, { actor: 'worker:match' })
        .catch((e: unknown) => ctx.log.error({ err: e }, 'marking failed records failed'));
    }
  });
  worker.on('error', (error) => ctx.log.error({ code: errorCodeOf(error) }, 'matching worker error'));
  return worker;
}

export async function processMatchJob(ctx: MatcherContext, job: Job<MatchJobData>, options: Pick<MatchWorkerOptions, 'settings' | 'queue'>): Promise<unknown> {
  const jobId = job.id ?? 'unknown';
  const data = job.data;
  switch (data.kind) {
    case 'records': {
      let keys = data.recordKeys;
      if (data.onlyPending) {
        const pending = await ctx.graph.read<{ recordKey: string }>(CYPHER.filterPendingRecords, { recordKeys: keys }, { actor: 'worker:match', jobId });
        keys = pending.map((p) => p.recordKey);
      }
      if (keys.length === 0) return { recordKeys: 0 };
      const queue = options.queue;
      const outcome = await matchRecords(ctx, keys, jobId, { households: queue ? 'deferred' : 'inline' });
      if (queue && outcome.changedCustomerIds.length > 0) {
        await queue.add(MATCH_JOB_NAMES.households, { kind: 'households', customerIds: outcome.changedCustomerIds }, { jobId: `households-${jobId}` });
      }
      return outcome;
    }
    case 'households':
      return detectHouseholds(ctx.graph, { customerIds: data.customerIds, jobId });
    case 'full':
      return runFullMatching(ctx, { runId: data.runId, onProgress: (p) => job.updateProgress({ phase: p.phase, recordsDone: p.recordsDone }) });
    case 'train': {
      const trained = await trainFromGraph(ctx, options.settings, { jobId, ...(data.sampleLimit ? { sampleLimit: data.sampleLimit } : {}) });
      return { version: trained.model.version, records: trained.records, sampled: trained.sampled, threshold: trained.model.threshold };
    }
  }
}


