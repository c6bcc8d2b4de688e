import { Job, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { Logger } from 'pino';
import { ErrorCode, fieldIssue } from '../errors';
import { CYPHER } from '../graph/cypher-statements';
import { GraphExecutor } from '../graph/graph-executor';
import { DeadLetterStore } from '../ingestion/dead-letter/dead-letter-store';
import { errorCodeOf, failPermanentlyUnlessRetryable, isFinalFailure, QUEUES, runPeriodically, workerOptions } from '../queue';
import { aggregateEvents, AggregateResult } from '../segments/aggregate-events';
import { SegmentDefinition } from '../segments/segment-definitions';
import { EventJobData } from './event-job';
import { EventQueue } from './event-queue';

export interface EventWorkerOptions {
  prefix: string;
  concurrency: number;
  lockMs?: number;
  retentionDays: number;
  definitions: readonly SegmentDefinition[];
  /** How often expired event ids leave the ledger; 0 switches the sweep off (tests). */
  ledgerSweepMs?: number;
  /** The clock segments are evaluated at (tests and benchmarks may pin it). */
  now?: () => number;
}

export interface EventJobResult extends AggregateResult {
  unresolved: number;
}

/**
 * Aggregates queued events. Each job is one write transaction: subjects resolved through RESOLVES_TO (so
 * merges count), event ids claimed, aggregates, features, segments and the baseline written. Events whose subject
 * resolves to no customer go to the dead-letter store (replayable once the record is in). A lost connection or a
 * transient Neo4j error retries the job with backoff; the claims make the retry exact.
 */
export function startEventWorker(graph: GraphExecutor, connection: Redis, deadLetters: DeadLetterStore, options: EventWorkerOptions, log: Logger): Worker<EventJobData, EventJobResult> {
  const worker = new Worker<EventJobData, EventJobResult>(
    QUEUES.events,
    (job) => failPermanentlyUnlessRetryable(() => processEventJob(graph, deadLetters, job, options)),
    workerOptions(connection, options),
  );
  worker.on('failed', (job, error) => {
    if (!job) return;
    const final = isFinalFailure(job, error);
    log.warn({ jobId: job.id, attemptsMade: job.attemptsMade, code: errorCodeOf(error), final }, 'events job failed');
    if (final) void deadLetterFailedJob(job, error, deadLetters).catch((e: unknown) => log.error({ err: e }, 'dead-lettering events failed'));
  });
  worker.on('error', (error) => log.error({ code: errorCodeOf(error) }, 'events worker error'));
  const sweepMs = options.ledgerSweepMs ?? 600_000;
  if (sweepMs > 0) {
    const stop = runPeriodically(() => sweepEventLedger(graph).then(() => undefined, (e: unknown) => log.warn({ code: errorCodeOf(e) }, 'event ledger sweep failed')), sweepMs);
    worker.on('closing', stop);
  }
  return worker;
}

export async function processEventJob(graph: GraphExecutor, deadLetters: DeadLetterStore, job: Job<EventJobData>, options: EventWorkerOptions): Promise<EventJobResult> {
  const jobId = job.id ?? 'unknown';
  const now = (options.now ?? Date.now)();
  const events = job.data.events;
  const { unresolved, ...result } = await graph.writeTransaction(
    (tx) => aggregateEvents(tx, events, options.definitions, { now, retentionDays: options.retentionDays }),
    { actor: 'worker:events', jobId },
  );
  if (unresolved.length > 0) {
    await deadLetters.add(unresolved.map((event) => ({
      source: `event:${event.type}`,
      stage: 'write' as const,
      payload: event,
      issues: [fieldIssue(event.customerId !== undefined ? 'customerId' : 'sourceId', ErrorCode.EVENT_SUBJECT_UNKNOWN, 'no customer resolves from this subject yet; replay once the record is ingested')],
      origin: job.data.origin,
    })));
  }
  return { ...result, unresolved: unresolved.length };
}

/** Deletes expired ids from the idempotency ledger, a page at a time. */
export async function sweepEventLedger(graph: GraphExecutor, now = Date.now()): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await graph.write<{ deleted: number }>(CYPHER.deleteExpiredEventIds, { now: new Date(now).toISOString(), limit: 10_000 }, { actor: 'worker:events' });
    total += row?.deleted ?? 0;
    if ((row?.deleted ?? 0) < 10_000) return total;
  }
}

async function deadLetterFailedJob(job: Job<EventJobData>, error: Error, deadLetters: DeadLetterStore): Promise<void> {
  await deadLetters.add(job.data.events.map((event) => ({
    source: `event:${event.type}`,
    stage: 'write' as const,
    payload: event,
    issues: [fieldIssue('(event)', errorCodeOf(error), `not aggregated after ${String(job.attemptsMade)} attempts: ${error.message}`)],
    origin: job.data.origin,
  })));
  await job.remove();
}

/** Failed event jobs a worker died before dead-lettering. */
export async function sweepFailedEventJobs(queue: EventQueue, deadLetters: DeadLetterStore): Promise<number> {
  const failed = await queue.getFailed(0, 999);
  for (const job of failed) await deadLetterFailedJob(job, new Error(job.failedReason ?? 'unknown failure'), deadLetters);
  return failed.length;
}


