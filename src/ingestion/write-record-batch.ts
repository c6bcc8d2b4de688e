import { randomUUID } from 'node:crypto';
import { contentHash } from '../graph/content-hash';
import { CYPHER } from '../graph/cypher-statements';
import { GraphExecutor, TransactionRunner } from '../graph/graph-executor';
import { changedAttributes, recordProperties } from '../graph/record-properties';
import { planDeterministicResolution, ResolutionCandidate } from '../matching/deterministic/plan-deterministic-resolution';
import { matchRecordFromCanonical } from '../matching/records/from-canonical';
import { CanonicalRecord, IDENTIFIER_STRENGTH, IdentifierType, identifierKey, recordKey, SHARED_DEVICE_TYPES } from '../model';
import { withoutSuppressed } from '../privacy/subject-rights/suppression';

export interface BatchWriteResult {
  created: number;
  updated: number;
  unchanged: number;
  customersCreated: number;
  customersMerged: number;
  /** Records whose RESOLVES_TO changed in this batch, for the incremental matcher to pick up. */
  resolvedRecordKeys: string[];
  /** Records of erased customers (RECORD_SUPPRESSED): skipped, and not dead-lettered, which would keep their data. */
  suppressed: number;
}

interface ExistingRecord {
  recordKey: string;
  contentHash: string;
  properties: Record<string, unknown>;
  identifierKeys: string[];
  deviceKeys: string[];
  customerId: string | null;
}

const STRONG_TYPES = typeOfStrength('STRONG');
const VERIFIED_TYPES = typeOfStrength('STRONG_WHEN_VERIFIED');

/**
 * Writes one batch of canonical records and their deterministic identity links in a single transaction:
 * either the whole batch is in the graph, or none of it, so a crashed worker's retry is exact. Unchanged
 * records (same content hash) write nothing, which makes re-ingesting idempotent. Records of erased customers
 * are skipped (see withoutSuppressed).
 */
export async function writeRecordBatch(graph: GraphExecutor, records: CanonicalRecord[], jobId: string): Promise<BatchWriteResult> {
  const latest = latestPerKey(records);
  return graph.writeTransaction(async (tx) => {
    const now = new Date().toISOString();
    const { kept, suppressed } = await withoutSuppressed(tx, latest);
    const existing = new Map(
      (await tx.run<ExistingRecord & Record<string, unknown>>(CYPHER.findExistingRecords, { recordKeys: [...kept.keys()] })).map((r) => [r.recordKey, r]),
    );
    const toWrite: { key: string; record: CanonicalRecord; hash: string; before?: ExistingRecord }[] = [];
    for (const [key, record] of kept) {
      const hash = contentHash(record);
      const before = existing.get(key);
      if (before?.contentHash !== hash) toWrite.push({ key, record, hash, ...(before ? { before } : {}) });
    }
    const result: BatchWriteResult = {
      created: toWrite.filter((w) => !w.before).length,
      updated: toWrite.filter((w) => w.before).length,
      unchanged: kept.size - toWrite.length,
      customersCreated: 0,
      customersMerged: 0,
      resolvedRecordKeys: [],
      suppressed,
    };
    if (toWrite.length === 0) return result;

    await tx.run(CYPHER.upsertSourceRecords, {
      records: toWrite.map(({ key, record, hash, before }) => ({
        recordKey: key,
        source: record.source,
        sourceId: record.sourceId,
        banner: record.banner ?? null,
        observedAt: record.observedAt,
        contentHash: hash,
        junkFields: record.junkFields,
        properties: recordProperties(record, before?.properties),
        // The matcher's view of the record, kept beside it so matching jobs need not rebuild it.
        matchFields: JSON.stringify(matchRecordFromCanonical(record, key).fields),
      })),
      now,
      jobId,
    });
    await writeChanges(tx, toWrite, now, jobId);
    await writeIdentifiersAndDevices(tx, toWrite, now);

    // Only records whose linking evidence may have changed need resolving.
    const toResolve = toWrite
      .filter(({ key, record, before }) => !before || !before.customerId || !sameKeys(before.identifierKeys, claimKeys(record)))
      .map((w) => w.key);
    if (toResolve.length > 0) {
      const resolution = await resolveDeterministically(tx, toResolve, now, jobId);
      result.customersCreated = resolution.customersCreated;
      result.customersMerged = resolution.customersMerged;
      result.resolvedRecordKeys = resolution.recordKeys;
    }
    return result;
  }, { actor: 'worker:ingest', jobId });
}

async function writeChanges(
  tx: TransactionRunner,
  toWrite: { key: string; record: CanonicalRecord; before?: ExistingRecord }[],
  now: string,
  jobId: string,
): Promise<void> {
  const changes = toWrite.flatMap(({ key, record, before }) => {
    if (!before) return [];
    const { fields, previousValues } = changedAttributes(record, before.properties);
    const newKeys = claimKeys(record);
    const removedIdentifiers = before.identifierKeys.filter((k) => !newKeys.includes(k));
    const addedIdentifiers = newKeys.filter((k) => !before.identifierKeys.includes(k));
    const changedFields = [
      ...fields,
      ...(removedIdentifiers.length + addedIdentifiers.length > 0 ? ['identifiers'] : []),
    ];
    if (changedFields.length === 0) changedFields.push('devices');
    return [{
      recordKey: key,
      source: record.source,
      observedAt: record.observedAt,
      changedFields,
      previousValues: JSON.stringify({ ...previousValues, removedIdentifiers, addedIdentifiers }),
    }];
  });
  if (changes.length > 0) await tx.run(CYPHER.recordChanges, { changes, now, jobId });
}

async function writeIdentifiersAndDevices(
  tx: TransactionRunner,
  toWrite: { key: string; record: CanonicalRecord; before?: ExistingRecord }[],
  now: string,
): Promise<void> {
  const identifierClaims = toWrite.flatMap(({ key, record }) =>
    record.identifiers.map((i) => ({
      recordKey: key,
      key: identifierKey(i.type, i.value),
      type: i.type,
      value: i.value,
      signal: i.signal,
      source: record.source,
      observedAt: record.observedAt,
      verified: i.verified,
      field: i.field,
      address: i.address ?? null,
    })),
  );
  // Sorted so that concurrent batches take identifier locks in one order (fewer deadlock retries).
  identifierClaims.sort((a, b) => a.key.localeCompare(b.key));
  if (identifierClaims.length > 0) await tx.run(CYPHER.linkIdentifiers, { claims: identifierClaims, now });

  const deviceClaims = toWrite.flatMap(({ key, record }) =>
    record.devices.map((d) => ({
      recordKey: key,
      key: `${d.type}:${d.id}`,
      type: d.type,
      id: d.id,
      shared: SHARED_DEVICE_TYPES.has(d.type),
      signal: d.signal,
      source: record.source,
      observedAt: record.observedAt,
      field: d.field,
    })),
  );
  deviceClaims.sort((a, b) => a.key.localeCompare(b.key));
  if (deviceClaims.length > 0) await tx.run(CYPHER.linkDevices, { claims: deviceClaims, now });

  const changed = toWrite.filter((w) => w.before);
  if (changed.length > 0) {
    await tx.run(CYPHER.unlinkRemovedIdentifiers, { records: changed.map(({ key, record }) => ({ recordKey: key, identifierKeys: claimKeys(record) })) });
    await tx.run(CYPHER.unlinkRemovedDevices, {
      records: changed.map(({ key, record }) => ({ recordKey: key, deviceKeys: record.devices.map((d) => `${d.type}:${d.id}`) })),
    });
  }
}

async function resolveDeterministically(tx: TransactionRunner, recordKeys: string[], now: string, jobId: string) {
  const candidates = await tx.run<ResolutionCandidate & Record<string, unknown>>(CYPHER.findDeterministicNeighbours, {
    recordKeys,
    strongTypes: STRONG_TYPES,
    verifiedTypes: VERIFIED_TYPES,
  });
  const plan = planDeterministicResolution(candidates, () => `cus_${randomUUID()}`);
  if (plan.merges.length > 0) await tx.run(CYPHER.mergeCustomers, { merges: plan.merges, now, jobId });
  if (plan.assignments.length > 0) await tx.run(CYPHER.assignRecordsToCustomers, { assignments: plan.assignments, now, jobId });
  if (plan.links.length > 0) await tx.run(CYPHER.linkRecordsDeterministically, { links: plan.links, now, jobId });
  return {
    customersCreated: plan.newCustomerIds.length,
    customersMerged: plan.merges.length,
    recordKeys: plan.assignments.map((a) => a.recordKey),
  };
}

/** A batch may hold the same record twice (an export with repeats); the latest observation wins. */
function latestPerKey(records: CanonicalRecord[]): Map<string, CanonicalRecord> {
  const latest = new Map<string, CanonicalRecord>();
  for (const record of records) {
    const key = recordKey(record.source, record.sourceId);
    const seen = latest.get(key);
    if (!seen || seen.observedAt <= record.observedAt) latest.set(key, record);
  }
  return latest;
}

function claimKeys(record: CanonicalRecord): string[] {
  return record.identifiers.map((i) => identifierKey(i.type, i.value));
}

function sameKeys(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

function typeOfStrength(strength: string): IdentifierType[] {
  return (Object.entries(IDENTIFIER_STRENGTH) as [IdentifierType, string][]).filter(([, s]) => s === strength).map(([t]) => t);
}
