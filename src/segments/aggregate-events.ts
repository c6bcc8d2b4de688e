import { randomUUID } from 'node:crypto';
import { BehaviourEvent, subjectOf } from '../events/event-schemas';
import { CYPHER } from '../graph/cypher-statements';
import { TransactionRunner } from '../graph/graph-executor';
import { addToBaseline, emptyBaseline, PopulationBaseline } from './affinities';
import { applyEvent, BehaviourState, EvidenceDelta, mergeStates, parseState } from './behaviour-state';
import { DAY_MS } from './decay';
import { computeFeatures } from './features';
import { evaluateSegments, SegmentDefinition } from './segment-definitions';

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
  baseline: string | null;
}

/**
 * Folds events into their customers' aggregates inside one write transaction (three statements), exactly once
 * per event id: subjects are resolved through RESOLVES_TO and the ids of resolved events claimed in the ledger
 * in the same transaction, so a replayed event or a retried job (whose earlier attempt committed) changes
 * nothing, and an attempt that fails leaves no claim behind. Then features and segment memberships are
 * recomputed for the customers touched, and the population baseline is updated. Returns the events whose
 * subject resolves to no customer.
 */
export async function aggregateEvents(
  tx: TransactionRunner,
  events: readonly BehaviourEvent[],
  definitions: readonly SegmentDefinition[],
  options: { now: number; retentionDays: number },
): Promise<AggregateResult & { unresolved: BehaviourEvent[] }> {
  const nowIso = new Date(options.now).toISOString();
  const firstById = new Map<string, number>();
  events.forEach((e, i) => {
    if (!firstById.has(e.eventId)) firstById.set(e.eventId, i);
  });
  const rows = await tx.run<{ ref: number; customerId: string | null; claimed: boolean }>(CYPHER.claimEvents, {
    events: [...firstById.values()].map((i) => ({ ref: i, eventId: (events[i] as BehaviourEvent).eventId, ...subjectOf(events[i] as BehaviourEvent) })),
    token: randomUUID(),
    now: nowIso,
    expiresAt: new Date(options.now + options.retentionDays * DAY_MS).toISOString(),
  });
  const unresolved = rows.filter((r) => r.customerId === null).map((r) => events[r.ref] as BehaviourEvent);
  const byCustomer = new Map<string, BehaviourEvent[]>();
  for (const r of rows) {
    if (!r.claimed || r.customerId === null) continue;
    byCustomer.set(r.customerId, [...(byCustomer.get(r.customerId) ?? []), events[r.ref] as BehaviourEvent]);
  }
  const applied = [...byCustomer.values()].reduce((a, list) => a + list.length, 0);
  const result = { applied, duplicates: events.length - applied - unresolved.length, customers: 0, joined: 0, left: 0, unresolved };
  if (applied === 0) return result;

  const evidence: EvidenceDelta[] = [];
  const settled = await settleCustomers(tx, [...byCustomer.keys()], definitions, options.now, {
    change: (customerId, state) => {
      const mine = (byCustomer.get(customerId) ?? []).sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
      for (const event of mine) evidence.push(...applyEvent(state, event));
    },
    baseline: (baseline) => addToBaseline(baseline, evidence),
  });
  return { ...result, customers: settled.customers, joined: settled.joined, left: settled.left };
}

/**
 * Locks and reads customers' aggregates (folding in those of customers merged into them) and the baseline, lets
 * `change` update each state and `baseline` the population baseline, then writes states, features, segment
 * memberships (joins keep `since`; leaves are deleted) and the baseline in one statement. With no change this is
 * the batch recompute: time-based segments (lapsed, new) move as time passes.
 */
export async function settleCustomers(
  tx: TransactionRunner,
  customerIds: readonly string[],
  definitions: readonly SegmentDefinition[],
  now: number,
  update: { change?: (customerId: string, state: BehaviourState) => void; baseline?: (baseline: PopulationBaseline) => PopulationBaseline } = {},
): Promise<{ customers: number; joined: number; left: number }> {
  const nowIso = new Date(now).toISOString();
  // Locked in id order: concurrent jobs touching the same customers take their locks in the same order.
  const rows = await tx.run<LockedProfile>(CYPHER.lockBehaviourProfiles, { customerIds: [...customerIds].sort(), now: nowIso });
  let left = 0;
  const profiles = rows.map((row) => {
    let state = parseState(row.state);
    for (const absorbed of row.absorbed) state = mergeStates(state, parseState(absorbed.state));
    update.change?.(row.customerId, state);
    const features = computeFeatures(state, now);
    const memberships = evaluateSegments(definitions, features);
    const kept = new Set(memberships.map((m) => m.segmentId));
    const leaves = row.segmentIds.filter((id) => !kept.has(id));
    left += leaves.length;
    return {
      customerId: row.customerId, state: JSON.stringify(state), features: JSON.stringify(features), events: state.events,
      lastEventAt: state.lastAt === null ? null : new Date(state.lastAt).toISOString(), absorbedIds: row.absorbed.map((a) => a.customerId),
      memberships, leaves,
    };
  });
  const baseline = update.baseline && rows.length > 0 ? JSON.stringify(update.baseline(parseBaseline(rows[0]?.baseline ?? null))) : null;
  const [written] = await tx.run<{ written: number; joined: number }>(CYPHER.writeBehaviourProfiles, { profiles, baseline, now: nowIso });
  return { customers: rows.length, joined: written?.joined ?? 0, left };
}

export function parseBaseline(json: string | null): PopulationBaseline {
  return json === null || json === '' ? emptyBaseline() : (JSON.parse(json) as PopulationBaseline);
}
