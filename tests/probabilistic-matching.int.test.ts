import { CYPHER } from '../src/graph/cypher-statements';
import { bcubed } from '../src/matching/evaluation/bcubed';
import { runFullMatching } from '../src/matching/jobs/full-run';
import { matchRecords } from '../src/matching/jobs/match-records';
import { trainFromGraph } from '../src/matching/jobs/train-from-graph';
import { GROCERY_SETTINGS } from '../src/matching/settings/grocery-settings';
import { customerOfEveryRecord, ingestGenerated, inspect, testMatcher } from './support/matching';
import { createTestApp, TestApp } from './support/test-app';

interface LinkRow extends Record<string, unknown> {
  probability: number;
  matchWeight: number;
  priorWeight: number;
  comparisons: string[];
  labels: string[];
  weights: number[];
  modelVersion: string;
  jobId: string;
}

describe('probabilistic matching jobs on the graph (real Neo4j)', () => {
  let t: TestApp;
  let truth: Map<string, string>;
  let firstRun: Map<string, string | null>;
  beforeAll(async () => {
    t = await createTestApp();
    ({ truth } = await ingestGenerated(t.app.graph, 300, 21));
    const ctx = testMatcher(t.app.graph);
    await trainFromGraph(ctx, GROCERY_SETTINGS, { jobId: 'train-1' });
    await runFullMatching(ctx, { runId: 'run-1' });
    firstRun = await customerOfEveryRecord(t.app.graph);
  });
  afterAll(() => t.close());

  it('clusters the records into customers at least as well as deterministic rules alone, without over-merging', async () => {
    const keys = [...truth.keys()];
    const metrics = bcubed(keys.map((k) => firstRun.get(k) ?? k), keys.map((k) => truth.get(k) ?? ''));
    console.log(`graph matching on 300 generated people: B-cubed P ${metrics.precision.toFixed(4)} R ${metrics.recall.toFixed(4)} F1 ${metrics.f1.toFixed(4)}`);
    expect(metrics.precision).toBeGreaterThan(0.97);
    expect(metrics.recall).toBeGreaterThan(0.7);
  });

  it('keeps each link\'s evidence on the graph: probability, weight, and the per-comparison waterfall that adds up to it', async () => {
    const evidence = await inspect<LinkRow>(
      t.app.graph,
      `MATCH ()-[x:LINKED_TO {kind: 'PROBABILISTIC'}]->() RETURN x.probability AS probability, x.matchWeight AS matchWeight,
       x.priorWeight AS priorWeight, x.evidenceComparisons AS comparisons, x.evidenceLabels AS labels, x.evidenceWeights AS weights,
       x.modelVersion AS modelVersion, x.jobId AS jobId LIMIT 50`,
    );
    expect(evidence.length).toBeGreaterThan(0);
    for (const link of evidence) {
      const total = link.weights.reduce((sum, w) => sum + w, link.priorWeight);
      expect(total).toBeCloseTo(link.matchWeight, 6);
      expect(link.comparisons).toHaveLength(link.weights.length);
      expect(link.labels).toHaveLength(link.weights.length);
      expect(link.probability).toBeGreaterThan(0.5);
      expect(link.modelVersion).toMatch(/^fs-/);
      expect(link.jobId).toBe('run-1');
    }
  });

  it('changes no customer id when the full run is repeated on unchanged data', async () => {
    const ctx = testMatcher(t.app.graph);
    const again = await runFullMatching(ctx, { runId: 'run-2' });
    expect(again.counts.assignments).toBe(0);
    expect(again.counts.merges).toBe(0);
    expect(again.counts.splits).toBe(0);
    expect(await customerOfEveryRecord(t.app.graph)).toEqual(firstRun);
  });

  it('keeps the ids of absorbed customers as aliases that resolve to the survivor', async () => {
    const merged = await inspect<{ absorbed: string; survivor: string }>(
      t.app.graph,
      `MATCH (a:Customer {status: 'MERGED'})-[:MERGED_INTO]->(s:Customer) RETURN a.customerId AS absorbed, s.customerId AS survivor LIMIT 5`,
    );
    expect(merged.length).toBeGreaterThan(0);
    const absorbed = merged.map((r) => r.absorbed);
    const resolved = await t.app.graph.read<{ requestedId: string; customerId: string }>(CYPHER.resolveCustomerId, { customerIds: absorbed }, { actor: 'test' });
    for (const row of resolved) {
      expect(row.customerId).not.toBe(row.requestedId);
      expect([...firstRun.values()]).toContain(row.customerId);
    }
  });

  it('resumes an interrupted full run from its saved phase and cursor', async () => {
    const ctx = testMatcher(t.app.graph);
    let pages = 0;
    const interrupted = runFullMatching(ctx, {
      runId: 'run-interrupted',
      pageSize: 100,
      onProgress: (p) => {
        if (p.phase === 'score' && ++pages === 2) throw new Error('worker killed');
      },
    });
    await expect(interrupted).rejects.toThrow('worker killed');
    const [saved] = await t.app.graph.read<{ phase: string; cursor: string; status: string }>(CYPHER.loadMatchingRun, { runId: 'run-interrupted' }, { actor: 'test' });
    expect(saved).toMatchObject({ phase: 'score', status: 'running' });
    expect(saved?.cursor).not.toBe('');
    const resumed = await runFullMatching(ctx, { runId: 'run-interrupted', pageSize: 100 });
    expect(resumed.phase).toBe('done');
    // It went on from the cursor: fewer records walked than a run from the start would walk.
    expect(resumed.recordsDone).toBeLessThan(truth.size * 3);
    expect(await customerOfEveryRecord(t.app.graph)).toEqual(firstRun);
  });

});
