/** Queue names; the Redis key prefix (QUEUE_PREFIX) separates deployments and test runs. */
export const QUEUES = {
  ingest: 'ingest',
  match: 'match',
} as const;
