import { randomUUID } from 'node:crypto';
import { BehaviourEvent } from '../events/event-schemas';
import { CYPHER } from '../graph/cypher-statements';
import { TransactionRunner } from '../graph/graph-executor';
import { addToBaseline, emptyBaseline, PopulationBaseline } from './affinities';
import { applyEvent, BehaviourState, EvidenceDelta, mergeStates, parseState } from './behaviour-state';
import { DAY_MS } from './decay';
import { computeFeatures } from './features';
import { evaluateSegments, Membership, SegmentDefinition } from './segment-definitions';

export interface ResolvedEvent {
  event: BehaviourEvent;
  customerId: string;
}

export interface AggregateResult {
  applied: number;
  /** Events whose id was aggregated before (a replay or a retried job), or repeated within the batch. */
  duplicates: number;
  customers: number;
  joined: number;
  left: number;
}

interface LockedProfile {
  customerId: string;
  state: string | null;
  absorbed: { customerId: string; state: string | null }[];
  segmentIds: string[];
}

/**
 * Folds resolved events into their customers' aggregates inside one write transaction, exactly once per event
 * id: the ids are claimed in the ledger in the same transaction, so a replayed event or a retried job (whose
 * earlier attempt committed) changes nothing, and an attempt that fails leaves no claim behind. Then features
 * and segment memberships are recomputed for the customers touched, and the population baseline is updated.
 */
export async function aggregateEvents(
  tx: TransactionRunner,
  resolved: readonly ResolvedEvent[],
  definitions: readonly SegmentDefinition[],
  options: { now: number; retentionDays: number },
): Promise<AggregateResult> {
  const nowIso = new Date(options.now).toISOString();
  const firstById = new Map<string, ResolvedEvent>();
  for (const r of resolved) if (!firstById.has(r.event.eventId)) firstById.set(r.event.eventId, r);
  const token = randomUUID();
  const claimed = await tx.run<{ eventId: string }>(CYPHER.claimEventIds, {
    eventIds: [...firstById.keys()], token, now: nowIso, expiresAt: new Date(options.now + options.retentionDays * DAY_MS).toISOString(),
  });
  const fresh = claimed.map((c) => firstById.get(c.eventId)).filter((r): r is ResolvedEvent => r !== undefined);
  const result: AggregateResult = { applied: fresh.length, duplicates: resolved.length - fresh.length, customers: 0, joined: 0, left: 0 };
  if (fresh.length === 0) return result;

  const byCustomer = new Map<string, BehaviourEvent[]>();
  for (const r of fresh) byCustomer.set(r.customerId, [...(byCustomer.get(r.customerId) ?? []), r.event]);
  const evidence: EvidenceDelta[] = [];
  const settled = await settleCustomers(tx, [...byCustomer.keys()], definitions, options.now, (customerId, state) => {
    const events = (byCustomer.get(customerId) ?? []).sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
    for (const event of events) evidence.push(...applyEvent(state, event));
  });
  result.customers = settled.customers;
  result.joined = settled.joined;
  result.left = settled.left;

  const [row] = await tx.run<{ state: string | null }>(CYPHER.lockPopulationBaseline, { now: nowIso });
  const baseline = addToBaseline(parseBaseline(row?.state ?? null), evidence);
  await tx.run(CYPHER.writePopulationBaseline, { state: JSON.stringify(baseline), now: nowIso });
  return result;
}

/**
 * Locks and reads customers' aggregates (folding in those of customers merged into them), lets `change` update
 * each state, then writes states, features and segment memberships (joins keep `since`; leaves are deleted).
 * With no change this is the batch recompute: time-based segments (lapsed, new) move as time passes.
 */
export async function settleCustomers(
  tx: TransactionRunner,
  customerIds: readonly string[],
  definitions: readonly SegmentDefinition[],
  now: number,
  change: (customerId: string, state: BehaviourState) => void = () => undefined,
): Promise<{ customers: number; joined: number; left: number }> {
  const nowIso = new Date(now).toISOString();
  const rows = await tx.run<LockedProfile>(CYPHER.lockBehaviourProfiles, { customerIds: [...customerIds], now: nowIso });
  const profiles: Record<string, unknown>[] = [];
  const current: (Membership & { customerId: string })[] = [];
  const leaves: { customerId: string; segmentId: string }[] = [];
  for (const row of rows) {
    let state = parseState(row.state);
    for (const absorbed of row.absorbed) state = mergeStates(state, parseState(absorbed.state));
    change(row.customerId, state);
    const features = computeFeatures(state, now);
    const memberships = evaluateSegments(definitions, features);
    const kept = new Set(memberships.map((m) => m.segmentId));
    current.push(...memberships.map((m) => ({ ...m, customerId: row.customerId })));
    leaves.push(...row.segmentIds.filter((id) => !kept.has(id)).map((segmentId) => ({ customerId: row.customerId, segmentId })));
    profiles.push({
      customerId: row.customerId, state: JSON.stringify(state), features: JSON.stringify(features), events: state.events,
      lastEventAt: state.lastAt === null ? null : new Date(state.lastAt).toISOString(), absorbedIds: row.absorbed.map((a) => a.customerId),
    });
  }
  await tx.run(CYPHER.writeBehaviourProfiles, { profiles, now: nowIso });
  const [joined] = current.length > 0 ? await tx.run<{ joined: number }>(CYPHER.upsertSegmentMemberships, { memberships: current, now: nowIso }) : [];
  const [left] = leaves.length > 0 ? await tx.run<{ left: number }>(CYPHER.removeSegmentMemberships, { memberships: leaves }) : [];
  return { customers: rows.length, joined: joined?.joined ?? 0, left: left?.left ?? 0 };
}

export function parseBaseline(json: string | null): PopulationBaseline {
  return json === null || json === '' ? emptyBaseline() : (JSON.parse(json) as PopulationBaseline);
}
