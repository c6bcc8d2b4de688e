import pino from 'pino';
import { generateDataset } from '../../seeds/dataset';
import { CYPHER } from '../../src/graph/cypher-statements';
import { GraphExecutor } from '../../src/graph/graph-executor';
import { writeRecordBatch } from '../../src/ingestion';
import { matcherContext, MatcherContext } from '../../src/matching/jobs/matcher-context';
import { CanonicalRecord, recordKey } from '../../src/model';
import { parseSourceRecord } from '../../src/sources';

export interface GeneratedGraph {
  /** True person of each record key. */
  truth: Map<string, string>;
  records: CanonicalRecord[];
}

/** Writes the generator's records through the real ingest write path, in batches, and returns the truth. */
export async function ingestGenerated(graph: GraphExecutor, people: number, seed: number, batchSize = 500): Promise<GeneratedGraph> {
  const truth = new Map<string, string>();
  const records: CanonicalRecord[] = [];
  for (const item of generateDataset({ people, seed })) {
    const parsed = parseSourceRecord(item.source, item.record, { tokenHashKey: 'test-token-hash-key-0001' });
    if (!parsed.ok) continue;
    records.push(parsed.record);
    truth.set(recordKey(parsed.record.source, parsed.record.sourceId), item.personId);
  }
  for (let i = 0; i < records.length; i += batchSize) await writeRecordBatch(graph, records.slice(i, i + batchSize), `ingest-${String(i)}`);
  return { truth, records };
}

export function testMatcher(graph: GraphExecutor, neighbourhoodLimit = 500): MatcherContext {
  return matcherContext(graph, pino({ level: 'silent' }), { neighbourhoodLimit });
}

/** Every record's customer id, as the graph has it now. */
export async function customerOfEveryRecord(graph: GraphExecutor): Promise<Map<string, string | null>> {
  const keys: string[] = [];
  let after = '';
  for (;;) {
    const rows = await graph.read<{ recordKey: string }>(CYPHER.pageRecordKeys, { after, limit: 5000 }, { actor: 'test' });
    keys.push(...rows.map((r) => r.recordKey));
    if (rows.length < 5000) break;
    after = rows[rows.length - 1]?.recordKey ?? after;
  }
  const rows = await graph.read<{ recordKey: string; customerId: string | null }>(CYPHER.loadMatchInputs, { recordKeys: keys }, { actor: 'test' });
  return new Map(rows.map((r) => [r.recordKey, r.customerId]));
}

/** A read-only inspection query of a test (fixed text, never built from input). */
export async function inspect<T>(graph: GraphExecutor, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const result = await graph.driver.executeQuery(cypher, params, { routing: 'READ' });
  return result.records.map((r) => r.toObject() as T);
}
