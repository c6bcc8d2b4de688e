import { createHmac, randomBytes } from 'node:crypto';
import { CYPHER } from '../../graph/cypher-statements';
import { GraphExecutor, TransactionMeta, TransactionRunner } from '../../graph/graph-executor';

/**
 * Salted hashes let the audit log and the suppression list recognise a customer or an erased value without
 * holding it. The salt lives in the graph (one `PrivacySalt` node) so that the ingest write path can check
 * suppression without extra configuration; see docs/privacy-policy.md for what that trades away.
 */
export function saltedHash(salt: string, domain: string, value: string): string {
  return createHmac('sha256', salt).update(`${domain}\u0000${value}`).digest('hex');
}

/** The pseudonymous key audit entries carry instead of the customer id. */
export function subjectKey(salt: string, customerId: string): string {
  return saltedHash(salt, 'audit-subject', customerId);
}

/** Creates the salt on first use (inside a write transaction) and returns it. */
export async function ensurePrivacySalt(tx: TransactionRunner): Promise<string> {
  const [row] = await tx.run<{ salt: string }>(CYPHER.ensurePrivacySalt, { candidate: randomBytes(32).toString('hex') });
  if (row === undefined) throw new Error('ensure-privacy-salt returned no row');
  return row.salt;
}

/** The salt when it exists, and whether any suppression entry exists; for read paths. */
export async function readSuppressionState(tx: TransactionRunner): Promise<{ salt: string | null; anySuppressed: boolean }> {
  const [row] = await tx.run<{ salt: string | null; anySuppressed: boolean }>(CYPHER.readSuppressionState, {});
  return row ?? { salt: null, anySuppressed: false };
}

export async function readSalt(graph: GraphExecutor, meta: TransactionMeta): Promise<string | null> {
  return graph.readTransaction(async (tx) => (await readSuppressionState(tx)).salt, meta);
}
