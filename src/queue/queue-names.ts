/** Queue names; the Redis key prefix (QUEUE_PREFIX) separates deployments and test runs. */
export const QUEUES = {
  ingest: 'ingest',
  match: 'match',
  events: 'events',
} as const;
