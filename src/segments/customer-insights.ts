import { CYPHER } from '../graph/cypher-statements';
import { GraphExecutor, TransactionMeta } from '../graph/graph-executor';
import { parseBaseline } from './aggregate-events';
import { Affinity, AffinityKind, computeAffinities, ExplicitPreference, PopulationBaseline } from './affinities';
import { BehaviourState, emptyState, mergeStates, parseState } from './behaviour-state';
import { computeFeatures, Features } from './features';
import { isSensitive, SegmentDefinition } from './segment-definitions';

export interface StoredMembership {
  segmentId: string;
  version: number;
  since: string;
  reason: string;
  evaluatedAt: string | null;
}

/** A customer's behaviour as the API reads it: the aggregate (folded with merged customers'), stated preferences, memberships. */
export interface CustomerBehaviour {
  customerId: string;
  state: BehaviourState;
  preferences: ExplicitPreference[];
  memberships: StoredMembership[];
}

export async function loadBehaviour(graph: GraphExecutor, customerIds: readonly string[], meta: TransactionMeta): Promise<Map<string, CustomerBehaviour>> {
  const rows = await graph.read<{ customerId: string; state: string | null; absorbedStates: string[]; preferences: ExplicitPreference[]; segments: StoredMembership[] }>(
    CYPHER.getBehaviourProfiles, { customerIds: [...customerIds] }, meta,
  );
  return new Map(rows.map((r) => {
    // Customers merged since their last event still count: their aggregates are folded in at read.
    const state = r.absorbedStates.reduce((acc, s) => mergeStates(acc, parseState(s)), parseState(r.state));
    return [r.customerId, { customerId: r.customerId, state, preferences: r.preferences, memberships: r.segments }];
  }));
}

export async function loadBaseline(graph: GraphExecutor, meta: TransactionMeta): Promise<PopulationBaseline> {
  const [row] = await graph.read<{ state: string | null }>(CYPHER.getPopulationBaseline, {}, meta);
  return parseBaseline(row?.state ?? null);
}

export interface SegmentMembershipView extends StoredMembership {
  name: string;
  kind: string;
  categories: string[];
  sensitive: boolean;
  signal: 'INFERRED';
  explanation: string;
}

/** Memberships with their definitions: name, categories and an explanation (the rule and the values that met it). */
export function membershipViews(definitions: readonly SegmentDefinition[], memberships: readonly StoredMembership[]): SegmentMembershipView[] {
  const byId = new Map(definitions.map((d) => [d.segmentId, d]));
  return memberships.flatMap((m) => {
    const d = byId.get(m.segmentId);
    if (d === undefined) return [];
    return [{
      ...m, name: d.name, kind: d.kind, categories: [...d.categories], sensitive: isSensitive(d), signal: 'INFERRED' as const,
      explanation: `${d.name} (v${String(m.version)}, owner ${d.owner}) since ${m.since}: ${m.reason}`,
    }];
  });
}

export function affinitiesOf(behaviour: CustomerBehaviour | undefined, baseline: PopulationBaseline, kind: AffinityKind, now: number): (Affinity & { signal: 'INFERRED' | 'EXPLICIT' })[] {
  const state = behaviour?.state ?? emptyState();
  return computeAffinities(state, baseline, behaviour?.preferences ?? [], kind, now).map((a) => ({ ...a, signal: a.basis === 'EXPLICIT' ? 'EXPLICIT' : 'INFERRED' }));
}

/** Features that reveal health or a precise location, with the category each carries. */
export const SENSITIVE_FEATURES: Readonly<Partial<Record<keyof Features, string>>> = {
  pharmacyFills90d: 'health',
  healthSpendShare: 'health',
  fuelVisits90d: 'precise_location',
};

export function featuresOf(behaviour: CustomerBehaviour | undefined, now: number): Features {
  return computeFeatures(behaviour?.state ?? emptyState(), now);
}

export interface HouseholdPersona {
  customerId: string;
  status: string;
  segments: string[];
  top: (Affinity & { signal: 'INFERRED' | 'EXPLICIT' })[];
  /** Targets this member leans to (lift above 1.2) that no other member does: kept apart, not averaged away. */
  distinct: string[];
}

/**
 * A household's affinities: combined (the members' aggregates merged) and one persona per member, so that
 * distinct tastes (one member's baby products, another's craft beer) stay visible instead of averaged into one.
 */
export function householdAffinities(
  members: readonly { customerId: string; status: string }[],
  behaviours: ReadonlyMap<string, CustomerBehaviour>,
  baseline: PopulationBaseline,
  kind: AffinityKind,
  top: number,
  now: number,
): { combined: (Affinity & { signal: 'INFERRED' | 'EXPLICIT' })[]; personas: HouseholdPersona[] } {
  const combinedState = members.reduce((acc, m) => {
    const b = behaviours.get(m.customerId);
    return b === undefined ? acc : mergeStates(acc, b.state);
  }, emptyState());
  const combined = computeAffinities(combinedState, baseline, [], kind, now).filter((a) => a.basis === 'IMPLICIT').map((a) => ({ ...a, signal: 'INFERRED' as const }));
  const perMember = members.map((m) => ({ member: m, all: affinitiesOf(behaviours.get(m.customerId), baseline, kind, now) }));
  const leaning = (all: readonly Affinity[]) => new Set(all.filter((a) => a.basis === 'EXPLICIT' ? a.score > 0 : (a.lift ?? 0) > 1.2 && a.confidence >= 0.5).map((a) => a.target));
  const personas = perMember.map(({ member, all }, i): HouseholdPersona => {
    const mine = leaning(all);
    const others = new Set(perMember.filter((_, j) => j !== i).flatMap((p) => [...leaning(p.all)]));
    return {
      customerId: member.customerId,
      status: member.status,
      segments: (behaviours.get(member.customerId)?.memberships ?? []).map((s) => s.segmentId),
      top: all.slice(0, top),
      distinct: [...mine].filter((t) => !others.has(t)).sort(),
    };
  });
  return { combined: combined.slice(0, top), personas };
}
