import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { QUEUES } from '../queue';
import { EventJobData } from './event-job';

export type EventQueue = Queue<EventJobData>;

export function createEventQueue(connection: Redis, prefix: string, maxAttempts: number): EventQueue {
  return new Queue<EventJobData>(QUEUES.events, {
    connection,
    prefix,
    defaultJobOptions: {
      attempts: maxAttempts,
      backoff: { type: 'capped-exponential' },
      // The raw events are kept in the retention stream; a finished job has nothing left to tell.
      removeOnComplete: true,
      // Failed jobs wait for the worker to move their events to the dead-letter store.
      removeOnFail: false,
    },
  });
}
