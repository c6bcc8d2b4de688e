import { Job, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { Logger } from 'pino';
import { ErrorCode, fieldIssue } from '../errors';
import { GraphExecutor } from '../graph/graph-executor';
import { errorCodeOf, errorMessageOf, isFinalFailure, isRetryableFailure, QUEUES, workerOptions } from '../queue';
import { DeadLetterStore } from './dead-letter/dead-letter-store';
import { recordKey } from '../model';
import { IngestJobData } from './ingest-job';
import { IngestQueue } from './ingest-queue';
import { BatchWriteResult, writeRecordBatch } from './write-record-batch';

export interface IngestWorkerOptions {
  prefix: string;
  concurrency: number;
  /** Lock time of a job; a crashed worker's job returns to the queue once it lapses. */
  lockMs?: number;
  /**
   * Called after a batch is in the graph, with every record key of the batch (the matcher skips those
   * already matched). If it fails the job is retried: the write is idempotent, the hand-over is not lost.
   */
  onWritten?: (recordKeys: string[], jobId: string) => Promise<void>;
}

/**
 * Writes queued batches to the graph. A lost connection or a transient Neo4j error is retried with backoff;
 * a batch Neo4j refuses for its content is written record by record so that only the bad records are
 * dead-lettered. If the worker dies mid-batch, BullMQ hands the stalled job to the next worker and the
 * transactional, idempotent write makes the retry exact.
 */
export function startIngestWorker(
  graph: GraphExecutor,
  connection: Redis,
  deadLetters: DeadLetterStore,
  options: IngestWorkerOptions,
  log: Logger,
): Worker<IngestJobData, BatchWriteResult> {
  const worker = new Worker<IngestJobData, BatchWriteResult>(
    QUEUES.ingest,
    async (job) => {
      const result = await processIngestJob(graph, deadLetters, job);
      if (result.suppressed > 0) log.info({ jobId: job.id, code: ErrorCode.RECORD_SUPPRESSED, suppressed: result.suppressed }, 'records of erased customers skipped');
      await options.onWritten?.(job.data.records.map((r) => recordKey(r.source, r.sourceId)), job.id ?? 'unknown');
      return result;
    },
    workerOptions(connection, options),
  );
  worker.on('failed', (job, error) => {
    if (!job) return;
    const final = isFinalFailure(job, error);
    log.warn({ jobId: job.id, attemptsMade: job.attemptsMade, code: errorCodeOf(error), final }, 'ingest job failed');
    if (final) void deadLetterFailedJob(job, error, deadLetters).catch((e: unknown) => log.error({ err: e }, 'dead-lettering failed'));
  });
  worker.on('error', (error) => log.error({ code: errorCodeOf(error) }, 'ingest worker error'));
  return worker;
}

export async function processIngestJob(graph: GraphExecutor, deadLetters: DeadLetterStore, job: Job<IngestJobData>): Promise<BatchWriteResult> {
  const jobId = job.id ?? 'unknown';
  try {
    return await writeRecordBatch(graph, job.data.records, jobId);
  } catch (error) {
    if (isRetryableFailure(error)) throw error;
    if (job.data.records.length === 1) throw new UnrecoverableError(errorMessageOf(error));
  }
  // A permanent failure of a batch: isolate the records that cause it.
  const total: BatchWriteResult = { created: 0, updated: 0, unchanged: 0, customersCreated: 0, customersMerged: 0, resolvedRecordKeys: [], suppressed: 0 };
  for (const record of job.data.records) {
    try {
      const one = await writeRecordBatch(graph, [record], jobId);
      total.created += one.created;
      total.updated += one.updated;
      total.unchanged += one.unchanged;
      total.customersCreated += one.customersCreated;
      total.customersMerged += one.customersMerged;
      total.suppressed += one.suppressed;
      total.resolvedRecordKeys.push(...one.resolvedRecordKeys);
    } catch (error) {
      if (isRetryableFailure(error)) throw error;
      await deadLetters.add([{
        source: record.source,
        stage: 'write',
        payload: record,
        issues: [fieldIssue('(record)', errorCodeOf(error), errorMessageOf(error))],
        origin: job.data.origin,
      }]);
    }
  }
  return total;
}

/** Moves a job's records to the dead-letter store once its retries are spent, then drops the job. */
async function deadLetterFailedJob(job: Job<IngestJobData>, error: Error, deadLetters: DeadLetterStore): Promise<void> {
  await deadLetters.add(
    job.data.records.map((record) => ({
      source: record.source,
      stage: 'write' as const,
      payload: record,
      issues: [fieldIssue('(record)', errorCodeOf(error), `not written after ${job.attemptsMade} attempts: ${errorMessageOf(error)}`)],
      origin: job.data.origin,
    })),
  );
  await job.remove();
}

/**
 * Failed jobs left behind by a worker that died before dead-lettering them. BullMQ moves a job to the
 * failed set only when it will not be retried, so everything there is final.
 */
export async function sweepFailedIngestJobs(queue: IngestQueue, deadLetters: DeadLetterStore): Promise<number> {
  const failed = await queue.getFailed(0, 999);
  for (const job of failed) await deadLetterFailedJob(job, new Error(job.failedReason ?? 'unknown failure'), deadLetters);
  return failed.length;
}



