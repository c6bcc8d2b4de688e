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
import { createEventQueue, EventProducer, EventQueue, RawEventLog } from '../events';
import { loadSegmentDefinitions, SegmentDefinition } from '../segments/segment-definitions';

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
  eventQueue: EventQueue;
  eventDeadLetters: DeadLetterStore;
  rawEvents: RawEventLog;
  eventProducer: EventProducer;
  segmentDefinitions: SegmentDefinition[];
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
  const eventQueue = createEventQueue(redis, config.QUEUE_PREFIX, config.EVENT_MAX_ATTEMPTS);
  for (const queue of [ingestQueue, matchQueue, eventQueue]) queue.on('error', (error) => log.warn({ queue: queue.name, err: error.message }, 'queue connection error'));
  const deadLetters = new DeadLetterStore(redis, config.QUEUE_PREFIX);
  const producer = new IngestProducer(ingestQueue, deadLetters, {
    batchSize: config.INGEST_BATCH_SIZE,
    tokenHashKey: config.TOKEN_HASH_KEY,
    defaultPhoneRegion: config.DEFAULT_PHONE_REGION,
  });
  // Events keep their own dead-letter store, so record replays never meet an event.
  const eventDeadLetters = new DeadLetterStore(redis, `${config.QUEUE_PREFIX}:events`);
  const rawEvents = new RawEventLog(redis, config.QUEUE_PREFIX, config.EVENT_RETENTION_DAYS);
  const eventProducer = new EventProducer(eventQueue, eventDeadLetters, rawEvents, { batchSize: config.EVENTS_BATCH_SIZE });
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
    eventQueue,
    eventDeadLetters,
    rawEvents,
    eventProducer,
    segmentDefinitions: loadSegmentDefinitions(),
    async close() {
      await ingestQueue.close();
      await eventQueue.close();
      await matchQueue.close();
      await graph.close();
      redis.disconnect();
    },
  };
}
