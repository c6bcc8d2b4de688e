import { Job, UnrecoverableError, WorkerOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { retryDelayMs } from './backoff';

/** Options every worker of the service shares: lock time (how soon a crashed worker's job is taken over) and backoff. */
export function workerOptions(connection: Redis, options: { prefix: string; concurrency: number; lockMs?: number }): WorkerOptions {
  return {
    connection,
    prefix: options.prefix,
    concurrency: options.concurrency,
    ...(options.lockMs ? { lockDuration: options.lockMs, stalledInterval: options.lockMs } : {}),
    settings: { backoffStrategy: (attemptsMade: number) => retryDelayMs(attemptsMade) },
  };
}

/** Whether a failure was the job's last: unrecoverable, or its attempts are spent. */
export function isFinalFailure(job: Job, error: Error): boolean {
  return error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
}
