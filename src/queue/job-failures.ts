import { UnrecoverableError } from 'bullmq';
import { ErrorCode, IdentityGraphError } from '../errors';
import { GraphError } from '../graph/map-driver-error';

/**
 * Whether a failed job should be tried again: a transient Neo4j error, a lost connection (anything unexpected),
 * or another job having changed the same customers first. Our own errors with a code are permanent.
 */
export function isRetryableFailure(error: unknown): boolean {
  if (error instanceof GraphError) return error.retryable;
  if (error instanceof IdentityGraphError) return error.code === ErrorCode.CONCURRENT_UPDATE;
  return true;
}

export function errorCodeOf(error: unknown): ErrorCode {
  return error instanceof IdentityGraphError ? error.code : ErrorCode.INTERNAL;
}

export function errorMessageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs a job's work; a permanent failure becomes BullMQ's UnrecoverableError so the job is not retried. */
export async function failPermanentlyUnlessRetryable<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isRetryableFailure(error)) throw error;
    throw new UnrecoverableError(`${errorCodeOf(error)}: ${errorMessageOf(error)}`);
  }
}
