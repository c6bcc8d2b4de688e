import { CYPHER } from '../../graph/cypher-statements';
import { GraphExecutor } from '../../graph/graph-executor';
import { AuditEntry } from './audit-entry';
import { ChainVerification, GENESIS_HASH, verifyChainSegment } from './hash-chain';

const PAGE = 1000;

/**
 * Walks the whole audit chain and recomputes every hash. The chain head (seq and hash of the newest entry)
 * must match the last entry, so deleting the newest entries is detected as well. Someone able to rewrite the
 * whole chain and its head can forge it: record `lastHash` outside the graph to anchor it (docs/privacy-policy.md).
 */
export async function verifyAuditLog(graph: GraphExecutor): Promise<ChainVerification> {
  const meta = { actor: 'system:audit-verifier' };
  let previous = { seq: 0, hash: GENESIS_HASH };
  for (;;) {
    const rows = await graph.read<{ entry: AuditEntry }>(CYPHER.pageAuditEntries, { afterSeq: previous.seq, limit: PAGE }, meta);
    const segment = verifyChainSegment(rows.map((r) => r.entry), previous);
    if (!segment.ok) return { ok: false, entries: segment.entries, brokenAt: segment.brokenAt, problem: segment.problem };
    previous = segment.last;
    if (rows.length < PAGE) break;
  }
  const [head] = await graph.read<{ seq: number; lastHash: string }>(CYPHER.readAuditChainHead, {}, meta);
  const headSeq = head?.seq ?? 0;
  const headHash = head?.lastHash ?? GENESIS_HASH;
  if (headSeq !== previous.seq || headHash !== previous.hash) {
    return { ok: false, entries: previous.seq, brokenAt: previous.seq + 1, problem: `the chain head says ${headSeq} entries but the log ends at entry ${previous.seq}` };
  }
  return { ok: true, entries: previous.seq, lastHash: previous.hash };
}
