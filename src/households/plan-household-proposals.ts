import { assignHouseholdIds } from './assign-household-ids';
import { clusterHouseholds } from './cluster-households';
import { HouseholdSettings } from './household-settings';
import { CustomerSignals, ExistingMembership, HouseholdSignalKind } from './household-signals';
import { ScoredPair, scoreHouseholdPairs } from './score-household-pairs';

export interface ProposedMember {
  customerId: string;
  /** The strongest pair confidence between this customer and another member. */
  confidence: number;
  evidenceSignals: HouseholdSignalKind[];
  /** Identifier and Device keys behind the evidence; keys name graph nodes and must not be logged. */
  evidenceKeys: string[];
}

export interface ProposedHousehold {
  householdId: string;
  isNew: boolean;
  /** Members proposed by this plan (unchanged ones included); CONFIRMED members are not listed. */
  members: ProposedMember[];
  /** Members already CONFIRMED in the household, left as they are. */
  confirmedMemberIds: string[];
}

export type MembershipProposal = ProposedMember & { householdId: string };

export interface HouseholdPlan {
  households: ProposedHousehold[];
  /** PROPOSED memberships to write: new ones, and existing ones whose confidence or evidence changed. */
  proposals: MembershipProposal[];
  /** PROPOSED memberships the evidence no longer supports. */
  withdrawals: { customerId: string; householdId: string }[];
}

export interface HouseholdPlanInput {
  customers: readonly CustomerSignals[];
  /**
   * Customers read only for their evidence with the others (their own neighbours were not read): they
   * take part in grouping, but their memberships are neither written nor withdrawn.
   */
  contextCustomerIds?: ReadonlySet<string>;
  settings: HouseholdSettings;
  newHouseholdId: () => string;
}

/**
 * Proposes households from customers' shared signals. Pure: the caller reads the signals and writes the
 * plan. Only PROPOSED memberships are ever planned; a CONFIRMED membership is kept as it is, a REJECTED one
 * is never proposed again, and a customer CONFIRMED in one household is not proposed into another.
 */
export function planHouseholdProposals(input: HouseholdPlanInput): HouseholdPlan {
  const { settings } = input;
  const context = input.contextCustomerIds ?? new Set<string>();
  const customers = new Map(input.customers.map((c) => [c.customerId, c]));
  const pairs = scoreHouseholdPairs(input.customers, settings);
  const pairOf = new Map(pairs.map((p) => [pairId(p.a, p.b), p]));
  const groups = clusterHouseholds(pairs, settings.minConfidence, settings.maxHouseholdSize);
  const ids = assignHouseholdIds(groups, customers, input.newHouseholdId);

  const households: ProposedHousehold[] = [];
  groups.forEach((group, i) => {
    const { householdId, isNew } = ids[i]!;
    const membershipIn = (customerId: string) => customers.get(customerId)?.memberships.find((m) => m.householdId === householdId);
    const confirmedElsewhere = (customerId: string) =>
      customers.get(customerId)?.memberships.some((m) => m.status === 'CONFIRMED' && m.householdId !== householdId) ?? false;
    const confirmedHere = new Set(group.flatMap((id) => membershipIn(id)?.confirmedMemberIds ?? []));
    let present = group.filter((id) => membershipIn(id)?.status !== 'REJECTED' && !confirmedElsewhere(id));
    let members = supportedMembers(present, pairOf, settings.minConfidence);
    // Dropping a member can leave another without support: repeat until nothing changes.
    while (members.length < present.length) {
      present = members.map((m) => m.customerId);
      members = supportedMembers(present, pairOf, settings.minConfidence);
    }
    if (new Set([...present, ...confirmedHere]).size < 2) return;
    households.push({
      householdId,
      isNew,
      members: members.filter((m) => !confirmedHere.has(m.customerId) && !context.has(m.customerId)),
      confirmedMemberIds: [...confirmedHere].sort(),
    });
  });

  const planned = new Set(households.flatMap((h) => h.members.map((m) => pairId(m.customerId, h.householdId))));
  const proposals = households.flatMap((h) =>
    h.members
      .filter((m) => !sameProposal(customers.get(m.customerId)?.memberships.find((e) => e.householdId === h.householdId), m))
      .map((m) => ({ ...m, householdId: h.householdId })),
  );
  const withdrawals = input.customers
    .filter((c) => !context.has(c.customerId))
    .flatMap((c) =>
      c.memberships
        .filter((m) => m.status === 'PROPOSED' && !planned.has(pairId(c.customerId, m.householdId)))
        .map((m) => ({ customerId: c.customerId, householdId: m.householdId })),
    );
  return { households, proposals, withdrawals };
}

/** Each customer of `present` with its best pair to another present customer, if that pair is strong enough. */
function supportedMembers(present: string[], pairOf: ReadonlyMap<string, ScoredPair>, minConfidence: number): ProposedMember[] {
  return present.flatMap((customerId) => {
    const strong = present
      .filter((other) => other !== customerId)
      .map((other) => pairOf.get(pairId(customerId, other)))
      .filter((p): p is ScoredPair => p !== undefined && p.confidence >= minConfidence);
    if (strong.length === 0) return [];
    return [{
      customerId,
      confidence: Math.max(...strong.map((p) => p.confidence)),
      evidenceSignals: [...new Set(strong.flatMap((p) => p.signals))].sort(),
      evidenceKeys: [...new Set(strong.flatMap((p) => p.keys))].sort(),
    }];
  });
}

function sameProposal(existing: ExistingMembership | undefined, member: ProposedMember): boolean {
  return (
    existing?.status === 'PROPOSED' &&
    existing.confidence === member.confidence &&
    sameList(existing.evidenceSignals, member.evidenceSignals) &&
    sameList(existing.evidenceKeys, member.evidenceKeys)
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sortedB = [...b].sort();
  return [...a].sort().every((v, i) => v === sortedB[i]);
}

function pairId(a: string, b: string): string {
  return a < b ? `${a}\n${b}` : `${b}\n${a}`;
}
