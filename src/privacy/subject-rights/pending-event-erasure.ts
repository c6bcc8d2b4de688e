import { CYPHER } from '../../graph/cypher-statements';
import { GraphExecutor, TransactionRunner } from '../../graph/graph-executor';
import { errorCodeOf } from '../../queue/job-failures';
import { runPeriodically } from '../../queue/run-periodically';
import { readSalt, saltedHash } from '../store/privacy-salt';

/**
 * The raw-event side of an erasure. The erasure's transaction writes a `(:PendingEventErasure)` marker holding
 * salted hashes of the erased record keys and customer ids; the marker goes once the event log no longer holds
 * events about them. A crash or a Redis outage between the graph commit and the stream cleanup leaves the
 * marker, and the sweeper (worker start, every ten minutes, `idgraph privacy erasure-cleanup`) finishes the job.
 */

export function eventRecordHash(salt: string, recordKey: string): string {
  return saltedHash(salt, 'erase-events-record', recordKey);
}

export function eventCustomerHash(salt: string, customerId: string): string {
  return saltedHash(salt, 'erase-events-customer', customerId);
}

/** Writes the marker inside the erasure's transaction. */
export async function writePendingEventErasure(
  tx: TransactionRunner, salt: string, erasure: { erasureId: string; recordKeys: readonly string[]; customerIds: readonly string[]; at: string },
): Promise<void> {
  await tx.run(CYPHER.writePendingEventErasure, {
    erasureId: erasure.erasureId,
    recordHashes: erasure.recordKeys.map((k) => eventRecordHash(salt, k)),
    customerHashes: erasure.customerIds.map((c) => eventCustomerHash(salt, c)),
    at: erasure.at,
  });
}

export async function deletePendingEventErasures(graph: GraphExecutor, erasureIds: readonly string[], actor: string): Promise<number> {
  if (erasureIds.length === 0) return 0;
  const [row] = await graph.write<{ deleted: number }>(CYPHER.deletePendingEventErasures, { erasureIds }, { actor, purpose: 'erasure' });
  return row?.deleted ?? 0;
}

/** What the sweeper needs of the event log: delete every event whose subject a predicate accepts. */
export interface SweepableEventLog {
  removeWhere(matches: (subject: { recordKey: string | null; customerId: string | null }) => boolean): Promise<number>;
}

export interface EventErasureSweep {
  /** Markers found (at most `limit`). */
  pending: number;
  /** Markers whose cleanup completed and which were deleted. */
  completed: number;
  /** Raw events removed from the event log. */
  rawEvents: number;
}

/**
 * Finishes pending raw-event cleanups: reads up to `limit` markers, removes every event about any of them in
 * one pass over the stream (each event's subject hashed with the privacy salt and compared), then deletes
 * those markers. Idempotent: a failure anywhere leaves the markers for the next sweep, and removing again is
 * harmless. With no marker it touches neither the salt nor the stream.
 */
export async function sweepPendingEventErasures(graph: GraphExecutor, eventLog: SweepableEventLog, options: { limit?: number; actor?: string } = {}): Promise<EventErasureSweep> {
  const actor = options.actor ?? 'worker:erasure-cleanup';
  const markers = await graph.read<{ erasureId: string; recordHashes: string[]; customerHashes: string[] }>(CYPHER.listPendingEventErasures, { limit: options.limit ?? 1000 }, { actor, purpose: 'erasure' });
  if (markers.length === 0) return { pending: 0, completed: 0, rawEvents: 0 };
  const salt = await readSalt(graph, { actor, purpose: 'erasure' });
  if (salt === null) throw new Error('pending erasure cleanups exist but the privacy salt does not');
  const recordHashes = new Set(markers.flatMap((m) => m.recordHashes));
  const customerHashes = new Set(markers.flatMap((m) => m.customerHashes));
  const rawEvents = await eventLog.removeWhere((subject) =>
    (subject.recordKey !== null && recordHashes.has(eventRecordHash(salt, subject.recordKey))) ||
    (subject.customerId !== null && customerHashes.has(eventCustomerHash(salt, subject.customerId))));
  const completed = await deletePendingEventErasures(graph, markers.map((m) => m.erasureId), actor);
  return { pending: markers.length, completed, rawEvents };
}

/** The logger calls the sweeper makes: erasure ids and counts, an error code, never a value. */
export interface SweepLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

/**
 * Runs the sweeper now and then every `everyMs` (one run at a time); not awaited, so a Redis outage at start
 * delays the cleanup, not the worker. Returns a stop function.
 */
export function startEventErasureSweeper(graph: GraphExecutor, eventLog: SweepableEventLog, log: SweepLog, everyMs = 600_000): () => void {
  return runPeriodically(() => sweepPendingEventErasures(graph, eventLog)
    .then((result) => {
      if (result.pending > 0) log.info(result, 'finished raw-event cleanups that erasures left pending');
    })
    .catch((error: unknown) => log.warn({ code: errorCodeOf(error), error: error instanceof Error ? error.name : 'unknown' }, 'raw-event cleanup sweep failed; retried on the next sweep')), everyMs);
}
