import { createBenchApp } from './bench-env';
import { BenchDataset } from './dataset';
import { produceDataset } from './produce';
import { clearQueue } from './reset-state';

export interface IsolatedProducerResult {
  size: number;
  batchSize: number;
  seconds: number;
  recordsPerSecond: number;
  jobs: number;
}

/** The producer with no worker running: read, validate, normalise and enqueue only, on its own queue prefix. */
export async function measureProducerAlone(services: Record<string, string>, dataset: BenchDataset, batchSize: number): Promise<IsolatedProducerResult> {
  const app = createBenchApp(services, { queuePrefix: 'bench-producer-only', batchSize, concurrency: 1 });
  try {
    await clearQueue(app);
    const produced = await produceDataset(app, dataset);
    return { size: dataset.records, batchSize, seconds: produced.seconds, recordsPerSecond: produced.received / produced.seconds, jobs: produced.jobIds.length };
  } finally {
    await clearQueue(app).catch(() => undefined);
    await app.close();
  }
}
