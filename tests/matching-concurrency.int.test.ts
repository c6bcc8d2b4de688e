import { runFullMatching } from '../src/matching/jobs/full-run';
import { matchRecords } from '../src/matching/jobs/match-records';
import { trainFromGraph } from '../src/matching/jobs/train-from-graph';
import { GROCERY_SETTINGS } from '../src/matching/settings/grocery-settings';
import { customerOfEveryRecord, ingestGenerated, inspect, testMatcher } from './support/matching';
import { createTestApp, TestApp } from './support/test-app';

/** Groups of record keys that share a customer, as a set of sorted lists (ids aside). */
function partition(customerOf: Map<string, string | null>): string[] {
  const groups = new Map<string, string[]>();
  for (const [key, customer] of customerOf) groups.set(customer ?? key, [...(groups.get(customer ?? key) ?? []), key]);
  return [...groups.values()].map((g) => g.sort().join(' ')).sort();
}

describe('matching jobs running at once (real Neo4j)', () => {
  let t: TestApp;
  let keys: string[];
  beforeAll(async () => {
    t = await createTestApp();
    keys = [...(await ingestGenerated(t.app.graph, 200, 55)).truth.keys()].sort();
    await trainFromGraph(testMatcher(t.app.graph), GROCERY_SETTINGS, { jobId: 'train' });
  });
  afterAll(() => t.close());

  it('leaves consistent customers when four jobs re-cluster overlapping neighbourhoods at the same time', async () => {
    // Each record is in one or two of the four jobs, so neighbourhoods overlap and merges race.
    const slices = [0, 1, 2, 3].map((i) => keys.filter((_, k) => k % 4 === i || k % 5 === i));
    const outcomes = await Promise.all(slices.map((slice, i) => matchRecords(testMatcher(t.app.graph), slice, `concurrent-${String(i)}`)));
    const retries = outcomes.reduce((sum, o) => sum + o.clustering.attempts - 1, 0);
    console.log(`4 concurrent matching jobs over ${String(keys.length)} records: ${String(retries)} re-plans after a concurrent change`);

    const [invariants] = await inspect<{ records: number; resolved: number; orphans: number; mergedWithRecords: number }>(
      t.app.graph,
      `MATCH (r:SourceRecord) WITH count(r) AS records
       MATCH (r:SourceRecord) WHERE COUNT { (r)-[:RESOLVES_TO]->(:Customer {status: 'ACTIVE'}) } = 1 AND COUNT { (r)-[:RESOLVES_TO]->() } = 1
       WITH records, count(r) AS resolved
       OPTIONAL MATCH (c:Customer {status: 'ACTIVE'}) WHERE NOT EXISTS { (c)<-[:RESOLVES_TO]-() } WITH records, resolved, count(c) AS orphans
       OPTIONAL MATCH (m:Customer {status: 'MERGED'}) WHERE EXISTS { (m)<-[:RESOLVES_TO]-() }
       RETURN records, resolved, orphans, count(m) AS mergedWithRecords`,
    );
    expect(invariants).toEqual({ records: keys.length, resolved: keys.length, orphans: 0, mergedWithRecords: 0 });

    // A sequential full run over the same links finds the same customers: the races lost nothing.
    const concurrent = await customerOfEveryRecord(t.app.graph);
    const run = await runFullMatching(testMatcher(t.app.graph), { runId: 'after-concurrent' });
    expect(partition(await customerOfEveryRecord(t.app.graph))).toEqual(partition(concurrent));
    expect(run.counts.assignments).toBe(0);
  });
});
