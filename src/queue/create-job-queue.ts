import { KeepJobs, Queue } from 'bullmq';
import { Redis } from 'ioredis';

/**
 * A queue of the service: capped exponential backoff between tries, and failed jobs kept (each worker decides
 * what a final failure means: dead letters, or the failed set as the dead-letter queue).
 */
export function createJobQueue<T>(name: string, connection: Redis, prefix: string, maxAttempts: number, removeOnComplete: boolean | KeepJobs): Queue<T> {
  return new Queue<T>(name, {
    connection,
    prefix,
    defaultJobOptions: { attempts: maxAttempts, backoff: { type: 'capped-exponential' }, removeOnComplete, removeOnFail: false },
  });
}
