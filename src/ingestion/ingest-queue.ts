import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { QUEUES } from '../queue';
import { IngestJobData } from './ingest-job';

export type IngestQueue = Queue<IngestJobData>;

export function createIngestQueue(connection: Redis, prefix: string, maxAttempts: number): IngestQueue {
  return new Queue<IngestJobData>(QUEUES.ingest, {
    connection,
    prefix,
    defaultJobOptions: {
      attempts: maxAttempts,
      backoff: { type: 'capped-exponential' },
      // Completed jobs carry records (PII); the graph is their home once written.
      removeOnComplete: true,
      // Failed jobs wait for the worker to move their records to the dead-letter store.
      removeOnFail: false,
    },
  });
}
