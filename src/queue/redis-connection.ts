import IORedis, { Redis } from 'ioredis';

/**
 * BullMQ needs `maxRetriesPerRequest: null` on worker connections so that a Redis restart pauses work
 * instead of failing it; producers use the same settings so a restart delays rather than loses a write.
 */
export function connectRedis(url: string): Redis {
  return new IORedis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}
