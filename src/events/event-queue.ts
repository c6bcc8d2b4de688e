import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { createJobQueue, QUEUES } from '../queue';
import { EventJobData } from './event-job';

export type EventQueue = Queue<EventJobData>;

export function createEventQueue(connection: Redis, prefix: string, maxAttempts: number): EventQueue {
  // The raw events are kept in the retention stream; a finished job has nothing left to tell.
  return createJobQueue<EventJobData>(QUEUES.events, connection, prefix, maxAttempts, true);
}
