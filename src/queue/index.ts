export { connectRedis } from './redis-connection';
export { QUEUES } from './queue-names';
export { retryDelayMs } from './backoff';
export { isFinalFailure, workerOptions } from './worker-options';
