import { CYPHER } from '../../graph/cypher-statements';
import { GraphExecutor } from '../../graph/graph-executor';
import { SOURCE_SYSTEMS, SourceSystem } from '../../model';
import { fieldCategories } from '../policy/field-categories';
import { Policy } from '../policy/policy';
import { RetentionSchedule, shortestDays } from './retention-schedule';

export interface RetentionReport {
  at: string;
  recordChanges: number;
  deviceSightings: number;
  devices: number;
  householdProposals: number;
  households: number;
  staleRecords: number;
  /** Raw events older than the event log's retention, trimmed from its stream (0 when no log was given). */
  rawEventsTrimmed: number;
  /** Pending erasure cleanups older than the event log's retention, dropped: the trim removed their events. */
  expiredErasureCleanups: number;
  /** Categories whose TTL governs nothing the graph holds yet (no such attributes are stored). */
  notHeld: string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The raw event log, as the retention job sees it. */
export interface RetainedEventLog {
  readonly retentionDays: number;
  trimExpired(now?: number): Promise<number>;
}
const STALE_PAGE = 500;

/**
 * The retention job: deletes what outlived its category's TTL. Change history (contact, demographic,
 * identity), device sightings (device), unconfirmed household proposals (household), and whole records their
 * source has not changed within the shortest TTL of the record's categories (identity plus the source's label:
 * pharmacy records are health). Stale records go the way erased ones do, with their now unshared identifiers,
 * devices and blocking keys, but without a suppression entry: a fresh record from the source may come back.
 * With the event log, its stream is trimmed to the log's retention exactly, then pending erasure cleanups
 * older than that go (the events they name are gone); a failed trim keeps them.
 */
export async function enforceRetention(
  graph: GraphExecutor, policy: Policy, schedule: RetentionSchedule, now: Date = new Date(), options: { eventLog?: RetainedEventLog } = {},
): Promise<RetentionReport> {
  const meta = { actor: 'job:retention', purpose: 'retention' };
  const before = (categories: readonly string[]) => new Date(now.getTime() - shortestDays(schedule, categories) * DAY_MS).toISOString();
  const labels = (field: Parameters<typeof fieldCategories>[1]) => fieldCategories(policy, field, []);

  const [changes] = await graph.write<{ deleted: number }>(CYPHER.deleteExpiredRecordChanges, { before: before(labels({ kind: 'node', label: 'RecordChange' })) }, meta);
  const [sightings] = await graph.write<{ sightings: number; devices: number }>(CYPHER.deleteExpiredDeviceSightings, { before: before(labels({ kind: 'edge', type: 'SEEN_ON' })) }, meta);
  const [households] = await graph.write<{ memberships: number; households: number }>(CYPHER.deleteExpiredHouseholdProposals, { before: before(labels({ kind: 'edge', type: 'MEMBER_OF' })) }, meta);

  let staleRecords = 0;
  const bySource = new Map<string, SourceSystem[]>();
  for (const source of SOURCE_SYSTEMS) {
    const cutOff = before(fieldCategories(policy, { kind: 'node', label: 'SourceRecord' }, [source]));
    bySource.set(cutOff, [...(bySource.get(cutOff) ?? []), source]);
  }
  for (const [cutOff, sources] of bySource) {
    for (;;) {
      const rows = await graph.read<{ recordKey: string }>(CYPHER.findStaleRecords, { sources, before: cutOff, limit: STALE_PAGE }, meta);
      if (rows.length === 0) break;
      staleRecords += await deleteRecords(graph, rows.map((r) => r.recordKey), meta);
      if (rows.length < STALE_PAGE) break;
    }
  }
  let rawEventsTrimmed = 0;
  let expiredErasureCleanups = 0;
  if (options.eventLog) {
    rawEventsTrimmed = await options.eventLog.trimExpired(now.getTime());
    const [expired] = await graph.write<{ deleted: number }>(CYPHER.deleteExpiredPendingEventErasures, { before: new Date(now.getTime() - options.eventLog.retentionDays * DAY_MS).toISOString() }, meta);
    expiredErasureCleanups = expired?.deleted ?? 0;
  }
  const graphCategories = new Set([
    ...labels({ kind: 'node', label: 'RecordChange' }), ...labels({ kind: 'edge', type: 'SEEN_ON' }), ...labels({ kind: 'edge', type: 'MEMBER_OF' }),
    ...SOURCE_SYSTEMS.flatMap((s) => fieldCategories(policy, { kind: 'node', label: 'SourceRecord' }, [s])),
  ]);
  return {
    at: now.toISOString(),
    recordChanges: changes?.deleted ?? 0,
    deviceSightings: sightings?.sightings ?? 0,
    devices: sightings?.devices ?? 0,
    householdProposals: households?.memberships ?? 0,
    households: households?.households ?? 0,
    staleRecords,
    rawEventsTrimmed,
    expiredErasureCleanups,
    notHeld: [...policy.categories.keys()].filter((c) => !graphCategories.has(c)),
  };
}

async function deleteRecords(graph: GraphExecutor, recordKeys: string[], meta: { actor: string; purpose: string }): Promise<number> {
  return graph.writeTransaction(async (tx) => {
    const [touched] = await tx.run<{ identifierKeys: string[]; deviceKeys: string[]; blockingKeys: string[] }>(CYPHER.findRecordNeighbours, { recordKeys });
    const [erased] = await tx.run<{ records: number }>(CYPHER.eraseSourceRecords, { recordKeys });
    await tx.run(CYPHER.eraseOrphanedNodes, { identifierKeys: touched?.identifierKeys ?? [], deviceKeys: touched?.deviceKeys ?? [], blockingKeys: touched?.blockingKeys ?? [], householdIds: [] });
    await tx.run(CYPHER.anonymiseStewardReferences, { recordKeys, customerIds: [] });
    return erased?.records ?? 0;
  }, meta);
}
