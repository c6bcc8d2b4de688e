import { randomUUID } from 'node:crypto';
import { CYPHER } from '../../graph/cypher-statements';
import { GraphExecutor } from '../../graph/graph-executor';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { Policy } from '../policy/policy';
import { errorCodeOf } from '../../queue/job-failures';
import { ensurePrivacySalt } from '../store/privacy-salt';
import { ErasureTargets, scanTermsOf } from './erasure-terms';
import { deletePendingEventErasures, SweepLog, writePendingEventErasure } from './pending-event-erasure';
import { ScanResult, scanForErasedValues } from './scan-for-erased-values';
import { identifierSuppressionHash, isSuppressingIdentifierType, recordSuppressionHash } from './suppression';

/** Where raw behavioural events are kept outside the graph (the events' Redis stream), so erasure reaches them too. */
export interface ErasableEventLog {
  removeSubjects(subjects: { recordKeys: readonly string[]; customerIds: readonly string[] }): Promise<number>;
}

export interface ErasureOptions {
  /** Where a failed raw-event cleanup is reported (erasure id and error code, never a value). */
  log?: Pick<SweepLog, 'warn'>;
  /**
   * How long to wait for the event log before reporting the cleanup pending (default 15 s): the app's Redis
   * client queues commands while Redis is down, so without a bound the request would hang for the outage.
   */
  rawEventCleanupTimeoutMs?: number;
}

export interface ErasureRequest {
  /** Any id of the customer; its merged aliases are erased with it. */
  customerId: string;
  actor: string;
  role: string;
  reason: string;
}

export interface ErasureReport {
  erasureId: string;
  customers: number;
  records: number;
  identifiers: number;
  devices: number;
  blockingKeys: number;
  households: number;
  stewardDecisionsAnonymised: number;
  suppressions: number;
  /** Raw behavioural events removed from the event log (0 when no log was given or the cleanup is pending). */
  rawEvents: number;
  /**
   * True when the raw events could not be removed now (no log given, Redis unavailable, a crash): the graph
   * erasure stands, and its `PendingEventErasure` marker makes the erasure-cleanup sweeper finish the job.
   */
  rawEventCleanupPending: boolean;
  scan: ScanResult;
  auditSeq: number;
}

/**
 * Erases a customer: the customer and its aliases, their records with change history, the identifiers and
 * devices nobody else holds, links, never-links, blocking-key memberships (and keys left empty), households
 * left empty, relationships, consents and signals, all in one transaction together with the suppression
 * entries (salted hashes of record keys and the customer's own account ids) that stop the old feed from
 * bringing the profile back, and a marker of the raw-event cleanup still to do. After the commit the customer's
 * raw events leave the event log and the marker goes; when that fails the report says the cleanup is pending
 * and the sweeper retries it. Then scans the whole graph for the erased values and audits the erasure (the
 * entry names counts, never values). Null when the id is unknown.
 */
export async function eraseCustomer(graph: GraphExecutor, policy: Policy, request: ErasureRequest, eventLog?: ErasableEventLog, options: ErasureOptions = {}): Promise<ErasureReport | null> {
  const meta = { actor: request.actor, purpose: 'erasure' };
  const erasureId = `era_${randomUUID()}`;
  const now = new Date().toISOString();
  const outcome = await graph.writeTransaction(async (tx) => {
    const [resolved] = await tx.run<{ customerId: string | null }>(CYPHER.resolveCustomerId, { customerIds: [request.customerId] });
    if (!resolved?.customerId) return null;
    const [targets] = await tx.run<ErasureTargets & Record<string, unknown>>(CYPHER.collectErasureTargets, { customerId: resolved.customerId });
    if (targets === undefined) return null;
    const salt = await ensurePrivacySalt(tx);
    const suppressions = [
      ...targets.records.map((r) => ({ hash: recordSuppressionHash(salt, r.recordKey), kind: 'record' })),
      ...targets.identifiers
        .filter((i) => i.exclusive && isSuppressingIdentifierType(i.type))
        .map((i) => ({ hash: identifierSuppressionHash(salt, i.key), kind: 'identifier' })),
    ];
    const recordKeys = targets.records.map((r) => r.recordKey);
    await tx.run(CYPHER.writeSuppressions, { suppressions, erasureId, at: now });
    const [records] = await tx.run<{ records: number }>(CYPHER.eraseSourceRecords, { recordKeys });
    const [customers] = await tx.run<{ customers: number }>(CYPHER.eraseCustomers, { customerIds: targets.customerIds, relationshipIds: targets.relationshipIds });
    const [orphans] = await tx.run<{ identifiers: number; devices: number; blockingKeys: number; households: number }>(CYPHER.eraseOrphanedNodes, {
      identifierKeys: targets.identifiers.map((i) => i.key),
      deviceKeys: targets.devices.map((d) => d.key),
      blockingKeys: targets.blockingKeys,
      householdIds: targets.householdIds,
    });
    const [decisions] = await tx.run<{ decisions: number }>(CYPHER.anonymiseStewardReferences, { recordKeys, customerIds: targets.customerIds });
    await writePendingEventErasure(tx, salt, { erasureId, recordKeys, customerIds: targets.customerIds, at: now });
    return {
      activeId: resolved.customerId,
      targets,
      counts: {
        customers: customers?.customers ?? 0,
        records: records?.records ?? 0,
        identifiers: orphans?.identifiers ?? 0,
        devices: orphans?.devices ?? 0,
        blockingKeys: orphans?.blockingKeys ?? 0,
        households: orphans?.households ?? 0,
        stewardDecisionsAnonymised: decisions?.decisions ?? 0,
        suppressions: suppressions.length,
      },
    };
  }, meta);
  if (outcome === null) return null;
  // After the graph commit: a crash or an unreachable event log here leaves the PendingEventErasure marker
  // written with the erasure, and the erasure-cleanup sweeper removes the raw events later.
  const cleanup = eventLog
    ? await cleanUpRawEvents(graph, eventLog, erasureId, { recordKeys: outcome.targets.records.map((r) => r.recordKey), customerIds: outcome.targets.customerIds }, request.actor, options)
    : { rawEvents: 0, pending: true };
  const rawEvents = cleanup.rawEvents;
  const counts = { ...outcome.counts, rawEvents };

  const scan = await scanForErasedValues(graph, scanTermsOf(outcome.targets), request.actor);
  const entry = await appendAuditEntry(graph, {
    kind: 'ERASURE', at: now, actor: request.actor, role: request.role, purpose: 'data_subject_request', scope: 'erasure',
    customerId: outcome.activeId, policyVersion: policy.version, fields: [], categories: [],
    reasons: [
      `erasure ${erasureId}: ${request.reason}`,
      ...Object.entries(counts).map(([k, v]) => `${k}: ${v}`),
      `raw-event cleanup: ${cleanup.pending ? 'pending (the erasure-cleanup sweeper retries it)' : 'done'}`,
      `post-erasure scan: ${scan.clean ? 'clean' : `${scan.hits.length} elements still hold erased values`} (${scan.termsSearched} values, ${scan.pairsSearched} pairs searched)`,
    ],
  });
  return { erasureId, ...counts, rawEventCleanupPending: cleanup.pending, scan, auditSeq: entry.seq };
}

/** Removes the raw events and then the marker; any failure (or no answer in time) leaves the cleanup pending. */
async function cleanUpRawEvents(
  graph: GraphExecutor, eventLog: ErasableEventLog, erasureId: string, subjects: { recordKeys: string[]; customerIds: string[] }, actor: string, options: ErasureOptions,
): Promise<{ rawEvents: number; pending: boolean }> {
  let removed: number;
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RawEventCleanupTimeout()), options.rawEventCleanupTimeoutMs ?? 15_000);
    });
    const removal = eventLog.removeSubjects(subjects);
    removal.catch(() => undefined); // a removal that fails after the timeout is the sweeper's to redo
    removed = await Promise.race([removal, timeout]);
  } catch (error) {
    // No message: a parse error may quote an event.
    options.log?.warn({ erasureId, code: errorCodeOf(error), error: error instanceof Error ? error.name : 'unknown' }, 'raw-event cleanup of an erasure failed; left pending for the erasure-cleanup sweeper');
    return { rawEvents: 0, pending: true };
  } finally {
    clearTimeout(timer);
  }
  try {
    await deletePendingEventErasures(graph, [erasureId], `${actor} (erasure cleanup)`);
    return { rawEvents: removed, pending: false };
  } catch (error) {
    options.log?.warn({ erasureId, code: errorCodeOf(error), error: error instanceof Error ? error.name : 'unknown' }, 'raw events removed but the erasure-cleanup marker was not; the sweeper deletes it');
    return { rawEvents: removed, pending: true };
  }
}

class RawEventCleanupTimeout extends Error {
  override name = 'RawEventCleanupTimeout';
}
