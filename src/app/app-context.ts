import { matcherContext, MatcherContext } from '../matching/jobs/matcher-context';
import { createMatchQueue, MatchQueue } from '../matching/queue/match-queue';
import { Redis } from 'ioredis';
import { Logger } from 'pino';
import { AppConfig } from '../config';
import { GraphExecutor } from '../graph/graph-executor';
import { DeadLetterStore } from '../ingestion/dead-letter/dead-letter-store';
import { IngestProducer } from '../ingestion/ingest-producer';
import { createIngestQueue, IngestQueue } from '../ingestion/ingest-queue';
import { createLogger } from '../observability/logger';
import { connectRedis } from '../queue';
import { loadPrivacyServices, PrivacyServices } from '../privacy/privacy-services';

/** The long-lived services one process shares: API, worker and CLI build theirs the same way. */
export interface AppContext {
  config: AppConfig;
  log: Logger;
  graph: GraphExecutor;
  redis: Redis;
  ingestQueue: IngestQueue;
  matchQueue: MatchQueue;
  matcher: MatcherContext;
  deadLetters: DeadLetterStore;
  producer: IngestProducer;
  /** Policy, survivorship and retention settings, loaded and validated at start. */
  privacy: PrivacyServices;
  close(): Promise<void>;
}

export function createAppContext(config: AppConfig, name: string): AppContext {
  const log = createLogger(config.LOG_LEVEL, name);
  const privacy = loadPrivacyServices();
  const graph = GraphExecutor.connect(config);
  const redis = connectRedis(config.REDIS_URL);
  const ingestQueue = createIngestQueue(redis, config.QUEUE_PREFIX, config.INGEST_MAX_ATTEMPTS);
  const matchQueue = createMatchQueue(redis, config.QUEUE_PREFIX, config.MATCH_MAX_ATTEMPTS);
  const matcher = matcherContext(graph, log, { neighbourhoodLimit: config.MATCH_NEIGHBOURHOOD_LIMIT });
  // A queue without an 'error' listener prints every reconnect attempt; ioredis reconnects by itself.
  for (const queue of [ingestQueue, matchQueue]) queue.on('error', (error) => log.warn({ queue: queue.name, err: error.message }, 'queue connection error'));
  const deadLetters = new DeadLetterStore(redis, config.QUEUE_PREFIX);
  const producer = new IngestProducer(ingestQueue, deadLetters, {
    batchSize: config.INGEST_BATCH_SIZE,
    tokenHashKey: config.TOKEN_HASH_KEY,
    defaultPhoneRegion: config.DEFAULT_PHONE_REGION,
  });
  return {
    config,
    log,
    graph,
    redis,
    ingestQueue,
    matchQueue,
    matcher,
    deadLetters,
    producer,
    privacy,
    async close() {
      await ingestQueue.close();
      await matchQueue.close();
      await graph.close();
      redis.disconnect();
    },
  };
}
