import type { Worker } from 'bullmq';
import type { AppContext } from '../app/app-context';
import { startEventWorker, sweepFailedEventJobs } from '../events';
import { ensureSegmentDefinitions } from './segment-store';

/** Writes the segment definitions, dead-letters failed event jobs left by an earlier worker, and starts the events worker. */
export async function startEvents(app: AppContext): Promise<Worker> {
  await ensureSegmentDefinitions(app.graph, app.segmentDefinitions);
  const swept = await sweepFailedEventJobs(app.eventQueue, app.eventDeadLetters);
  if (swept > 0) app.log.warn({ swept }, 'moved failed event jobs to the events dead-letter store');
  const worker = startEventWorker(app.graph, app.redis, app.eventDeadLetters, {
    prefix: app.config.QUEUE_PREFIX, concurrency: app.config.EVENT_WORKER_CONCURRENCY, lockMs: app.config.WORKER_LOCK_MS,
    retentionDays: app.config.EVENT_RETENTION_DAYS, definitions: app.segmentDefinitions,
  }, app.log);
  app.log.info({ concurrency: app.config.EVENT_WORKER_CONCURRENCY }, 'events worker started');
  return worker;
}
