import { randomUUID } from 'node:crypto';
import { CYPHER } from '../../graph/cypher-statements';
import { GraphExecutor } from '../../graph/graph-executor';
import { enqueueRecordMatching, MatchQueue } from './match-queue';

/**
 * Queues the records written but never matched: the hand-over from ingest to matching happens after the
 * write commits, so a crash in between (or a Redis that lost its last second) leaves records pending.
 * Run at worker start; returns how many records were queued.
 */
export async function sweepPendingMatches(graph: GraphExecutor, queue: MatchQueue, chunkSize = 500): Promise<number> {
  const rows = await graph.read<{ recordKey: string }>(CYPHER.findRecordsPendingMatch, { limit: 1_000_000 }, { actor: 'worker:match-sweeper' });
  const keys = rows.map((r) => r.recordKey);
  const sweepId = randomUUID().slice(0, 8);
  for (let i = 0; i < keys.length; i += chunkSize) await enqueueRecordMatching(queue, keys.slice(i, i + chunkSize), `sweep-${sweepId}-${String(i)}`);
  return keys.length;
}
