import { randomBytes, randomUUID } from 'node:crypto';
import { Worker } from 'bullmq';
import { AppContext, createAppContext } from '../../src/app/app-context';
import { loadConfig } from '../../src/config';
import { applySchema } from '../../src/graph/apply-schema';
import { CYPHER } from '../../src/graph/cypher-statements';
import { startIngestWorker } from '../../src/ingestion';

export interface TestApp {
  app: AppContext;
  worker?: Worker;
  startWorker(): Worker;
  /** Node counts by label and relationship counts by type, as plain objects. */
  counts(): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }>;
  close(): Promise<void>;
}

/**
 * An app context on the test services with its own queue prefix, over an empty graph. Integration test
 * files run one at a time (--runInBand), so each starts from an empty graph and leaves its queues behind
 * no one else.
 */
export async function createTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  if (process.env.IDGRAPH_PROFILE !== 'test') throw new Error('integration tests run only on the test profile');
  // Each test app signs its own tokens (tests/support/tokens.ts) with a secret of its own.
  const config = loadConfig({ ...process.env, QUEUE_PREFIX: `t-${randomUUID().slice(0, 8)}`, LOG_LEVEL: 'silent', AUTH_HS256_SECRET: randomBytes(32).toString('hex'), ...overrides }, '/nonexistent');
  const app = createAppContext(config, 'test');
  await app.graph.runAutoCommit(app.graph.registry.get(CYPHER.deleteEverything));
  await applySchema(app.graph);
  const testApp: TestApp = {
    app,
    startWorker() {
      testApp.worker = startIngestWorker(app.graph, app.redis, app.deadLetters, { prefix: config.QUEUE_PREFIX, concurrency: 1 }, app.log);
      return testApp.worker;
    },
    async counts() {
      const [row] = await app.graph.read<{ nodes: { label: string; count: number }[]; relationships: { type: string; count: number }[] }>(CYPHER.countGraph, {}, { actor: 'test' });
      return {
        nodes: Object.fromEntries((row?.nodes ?? []).map((n) => [n.label, n.count])),
        relationships: Object.fromEntries((row?.relationships ?? []).map((r) => [r.type, r.count])),
      };
    },
    async close() {
      await testApp.worker?.close();
      await app.ingestQueue.obliterate({ force: true });
      await app.matchQueue.obliterate({ force: true });
      await app.eventQueue.obliterate({ force: true });
      await app.redis.del(`${config.QUEUE_PREFIX}:dead-letter:entries`, `${config.QUEUE_PREFIX}:dead-letter:order`, `${config.QUEUE_PREFIX}:dead-letter:sequence`);
      await app.redis.del(app.rawEvents.key, `${config.QUEUE_PREFIX}:events:dead-letter:entries`, `${config.QUEUE_PREFIX}:events:dead-letter:order`, `${config.QUEUE_PREFIX}:events:dead-letter:sequence`);
      await app.close();
    },
  };
  return testApp;
}
