import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { createJobQueue, QUEUES } from '../queue';
import { IngestJobData } from './ingest-job';

export type IngestQueue = Queue<IngestJobData>;

export function createIngestQueue(connection: Redis, prefix: string, maxAttempts: number): IngestQueue {
  // Completed jobs carry records (PII); the graph is their home once written.
  return createJobQueue<IngestJobData>(QUEUES.ingest, connection, prefix, maxAttempts, true);
}
