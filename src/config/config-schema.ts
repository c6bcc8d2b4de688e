import { z } from 'zod';

// 0 asks the OS for a free port (tests).
const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

/** Every environment variable the service reads; README's configuration table lists the same. */
export const configSchema = z.object({
  NEO4J_URI: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI'),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters (Neo4j refuses shorter ones)'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_BROWSER_URL: z.string().url().optional(),
  NEO4J_MAX_POOL_SIZE: positiveInt.default(50),
  REDIS_URL: z.string().regex(/^rediss?:\/\/.+/, 'must be a redis:// or rediss:// URL'),
  QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_-]+$/, 'may hold letters, digits, _ and - only').default('idgraph'),
  API_HOST: z.string().default('127.0.0.1'),
  API_PORT: port.default(4000),
  INGEST_BATCH_SIZE: z.coerce.number().int().min(1).max(10000).default(1000),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  // How long a worker owns a job before another may take it over (after a crash); BullMQ's lockDuration.
  WORKER_LOCK_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  INGEST_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(25),
  /** Matching jobs each worker process runs at once (jobs on one customer serialise through optimistic locks). */
  MATCH_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  MATCH_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(10),
  /** Most records one re-clustering reads around the records it matches. */
  MATCH_NEIGHBOURHOOD_LIMIT: z.coerce.number().int().min(10).max(100_000).default(500),
  /** `auto`: on start, train a model and run a full matching pass when none is active and records exist. */
  MATCH_BOOTSTRAP: z.enum(['auto', 'never']).default('auto'),
  /**
   * Minutes after an erasure before the matching model is retrained without the erased records (its
   * term-frequency tables hold raw names and addresses). Erasures within the window share one retrain.
   */
  MODEL_RETRAIN_AFTER_ERASURE_MINUTES: z.coerce.number().int().min(0).max(10_080).default(60),
  /** Behavioural events per queued job (one graph transaction). */
  EVENTS_BATCH_SIZE: z.coerce.number().int().min(1).max(10000).default(1000),
  EVENT_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  EVENT_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(25),
  /** Days raw events are kept (Redis stream) and event ids are remembered for idempotency (graph ledger). */
  EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(35),
  TOKEN_HASH_KEY: z.string().min(16, 'must be at least 16 characters').default('identity-graph-dev-token-key'),
  DEFAULT_PHONE_REGION: z.enum(['US', 'CA']).default('US'),
  DEMO_DATA_DIR: z.string().default('seeds/demo'),
  LOAD_DEMO_DATA: z.enum(['auto', 'never']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** HS256 key for bearer tokens (local development and tests); `npm start` generates one into .env. */
  AUTH_HS256_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** JSON Web Key Set of the production identity provider; tokens not signed with HS256 are checked against it. */
  AUTH_JWKS_URL: z.string().url().optional(),
  AUTH_ISSUER: z.string().min(1).default('identity-graph'),
  AUTH_AUDIENCE: z.string().min(1).default('identity-graph-api'),
  /** Deepest selection a GraphQL operation may nest (the operation's root fields are depth 1). */
  API_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
  /** Most estimated cost of one operation: 1 per field, page sizes multiply what is under a connection. */
  API_MAX_COMPLEXITY: z.coerce.number().int().min(10).max(1_000_000).default(5000),
  /** Largest `first` a connection accepts. */
  API_MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
  /** Requests one client (token subject and role) may make per window; backed by Redis, shared by API replicas. */
  API_RATE_LIMIT_POINTS: z.coerce.number().int().min(1).max(10_000_000).default(1200),
  API_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  /** Largest request body accepted, in bytes (1,000 records per ingestRecords call fit in the default). */
  API_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(2_000_000),
});

export type AppConfig = z.infer<typeof configSchema>;
