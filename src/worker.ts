import { createAppContext } from './app/app-context';
import { loadConfig } from './config';
import { startIngestWorker, sweepFailedIngestJobs } from './ingestion';

/** The queue worker process: scale it horizontally; every replica takes jobs from the same Redis queues. */
export async function runWorker(): Promise<void> {
  const app = createAppContext(loadConfig(), 'worker');
  const swept = await sweepFailedIngestJobs(app.ingestQueue, app.deadLetters);
  if (swept > 0) app.log.warn({ swept }, 'moved failed jobs left by an earlier worker to the dead-letter store');
  const worker = startIngestWorker(app.graph, app.redis, app.deadLetters, { prefix: app.config.QUEUE_PREFIX, concurrency: app.config.WORKER_CONCURRENCY, lockMs: app.config.WORKER_LOCK_MS }, app.log);
  app.log.info({ concurrency: app.config.WORKER_CONCURRENCY, lockMs: app.config.WORKER_LOCK_MS }, 'ingest worker started');
  const stop = async () => {
    app.log.info('worker stopping: finishing the jobs in hand');
    await worker.close();
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (require.main === module) {
  runWorker().catch((error: unknown) => {
    process.stderr.write(`worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
