import { CYPHER } from '../../graph/cypher-statements';
import { GraphExecutor } from '../../graph/graph-executor';
import { ensurePrivacySalt, subjectKey } from '../store/privacy-salt';
import { AuditEntry, AuditEntryContent } from './audit-entry';
import { chainEntry, GENESIS_HASH } from './hash-chain';

export type AuditEntryRequest = Omit<AuditEntryContent, 'subjectKey'> & { customerId: string };

/**
 * Appends one entry to the audit chain in its own write transaction. The chain head is locked first, so
 * concurrent appends queue up and each entry's hash covers the one before it. Callers append before they
 * return data: a read whose audit entry cannot be written fails.
 */
export async function appendAuditEntry(graph: GraphExecutor, request: AuditEntryRequest): Promise<AuditEntry> {
  return graph.writeTransaction(async (tx) => {
    const salt = await ensurePrivacySalt(tx);
    const [head] = await tx.run<{ seq: number; lastHash: string }>(CYPHER.lockAuditChain, { genesisHash: GENESIS_HASH });
    if (head === undefined) throw new Error('lock-audit-chain returned no row');
    const { customerId, ...rest } = request;
    const entry = chainEntry({ ...rest, subjectKey: subjectKey(salt, customerId) }, head.seq + 1, head.lastHash);
    await tx.run(CYPHER.appendAuditEntry, { entry });
    return entry;
  }, { actor: request.actor, purpose: request.purpose });
}
