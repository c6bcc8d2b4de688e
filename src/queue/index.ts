export { connectRedis } from './redis-connection';
export { QUEUES } from './queue-names';
export { retryDelayMs } from './backoff';
export { isFinalFailure, workerOptions } from './worker-options';
export { errorCodeOf, errorMessageOf, failPermanentlyUnlessRetryable, isRetryableFailure } from './job-failures';
export { createJobQueue } from './create-job-queue';
export { runPeriodically } from './run-periodically';
