import { createAppContext } from './app/app-context';
import { runMain, stopOnSignal } from './app/process-lifecycle';
import { loadConfig } from './config';
import { startIngestWorker, sweepFailedIngestJobs } from './ingestion';
import { handOverToMatching, startMatching } from './matching/bootstrap/start-matching';
import { startEventErasureSweeper } from './privacy/subject-rights';
import { startEvents } from './segments/start-event-worker';

/** The queue worker process (ingest and matching): scale it horizontally; every replica takes jobs from the same Redis queues. */
export async function runWorker(): Promise<void> {
  const app = createAppContext(loadConfig(), 'worker');
  const swept = await sweepFailedIngestJobs(app.ingestQueue, app.deadLetters);
  if (swept > 0) app.log.warn({ swept }, 'moved failed jobs left by an earlier worker to the dead-letter store');
  const worker = startIngestWorker(app.graph, app.redis, app.deadLetters, { prefix: app.config.QUEUE_PREFIX, concurrency: app.config.WORKER_CONCURRENCY, lockMs: app.config.WORKER_LOCK_MS, onWritten: handOverToMatching(app) }, app.log);
  const matching = await startMatching(app);
  const events = await startEvents(app);
  // Erasures whose raw-event cleanup an earlier process or a Redis outage left pending: now, then every ten minutes.
  const stopErasureCleanup = startEventErasureSweeper(app.graph, app.rawEvents, app.log);
  app.log.info({ concurrency: app.config.WORKER_CONCURRENCY, lockMs: app.config.WORKER_LOCK_MS }, 'ingest worker started');
  // Closing the worker lets the jobs in hand finish; a job cut short by a hard kill is retried by another worker.
  stopOnSignal(async () => stopErasureCleanup(), () => worker.close(), () => matching.worker.close(), () => events.close(), () => app.close());
}

if (require.main === module) runMain('worker', runWorker);
