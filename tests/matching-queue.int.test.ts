import { Worker } from 'bullmq';
import { startIngestWorker } from '../src/ingestion';
import { handOverToMatching, startMatching } from '../src/matching/bootstrap/start-matching';
import { trainFromGraph } from '../src/matching/jobs/train-from-graph';
import { MatchJobData } from '../src/matching/queue/match-job';
import { GROCERY_SETTINGS } from '../src/matching/settings/grocery-settings';
import { ingestGenerated, inspect } from './support/matching';
import { rowsOf } from './support/records';
import { createTestApp, TestApp } from './support/test-app';

interface MatchState extends Record<string, unknown> {
  pending: boolean | null;
  jobId: string | null;
  customerId: string | null;
  model: string | null;
}

const stateOf = (t: TestApp, key: string) =>
  inspect<MatchState>(
    t.app.graph,
    `MATCH (r:SourceRecord {recordKey: $key}) OPTIONAL MATCH (r)-[:RESOLVES_TO]->(c:Customer)
     RETURN r.matchPending AS pending, r.matchedJobId AS jobId, c.customerId AS customerId, r.matchedModel AS model`,
    { key },
  );

describe('the matching queue behind ingestion (real Neo4j and Redis)', () => {
  let t: TestApp;
  let ingestWorker: Worker;
  let matchWorker: Worker<MatchJobData>;
  beforeAll(async () => {
    t = await createTestApp();
    await ingestGenerated(t.app.graph, 100, 44);
    await trainFromGraph(t.app.matcher, GROCERY_SETTINGS, { jobId: 'train' });
    ingestWorker = startIngestWorker(t.app.graph, t.app.redis, t.app.deadLetters, { prefix: t.app.config.QUEUE_PREFIX, concurrency: 1, onWritten: handOverToMatching(t.app) }, t.app.log);
    ({ worker: matchWorker } = await startMatching(t.app));
  });
  afterAll(async () => {
    await ingestWorker.close();
    await matchWorker.close();
    await t.close();
  });

  it('matches a record ingested through the API path once its batch is written, with the active model', async () => {
    const report = await t.app.producer.ingest(
      rowsOf('crm', [{ crmId: 'Q-1', email: 'queue.test@example.org', firstName: 'Quinn', lastName: 'Abernathy', dateOfBirth: '1984-03-09', updatedAt: '2026-05-01T00:00:00Z' }]),
      { via: 'api' },
    );
    expect(report.accepted).toBe(1);
    let state: MatchState | undefined;
    for (let i = 0; i < 300; i++) {
      [state] = await stateOf(t, 'crm:Q-1');
      if (state?.pending === false) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(state?.pending).toBe(false);
    expect(state?.jobId).toBe(`match-${report.jobIds[0] ?? ''}`);
    expect(state?.model).toMatch(/^fs-/);
    expect(state?.customerId).toMatch(/^cus_/);
  });

  it('queues records an earlier process left pending when a worker starts', async () => {
    // As if a worker died between committing a batch and handing it over.
    await t.app.graph.driver.executeQuery('MATCH (r:SourceRecord) WITH r ORDER BY r.recordKey LIMIT 3 SET r.matchPending = true');
    const second = await startMatching(t.app);
    expect(second.swept).toBe(3);
    await second.worker.close();
  });
});
