import { CustomerSignals } from './household-signals';

/**
 * Gives each planned group a household id: the existing household most of its members already belong to
 * (in any status: a REJECTED membership ties the customer to that household too, so a rejection is not
 * dodged by minting a new id), else a new one. Each existing id goes to at most one group; larger overlaps
 * are served first, ties by household id, so the choice does not depend on read order.
 */
export function assignHouseholdIds(
  groups: readonly string[][],
  customers: ReadonlyMap<string, CustomerSignals>,
  newHouseholdId: () => string,
): { householdId: string; isNew: boolean }[] {
  const candidates: { group: number; householdId: string; overlap: number }[] = [];
  groups.forEach((members, group) => {
    const overlap = new Map<string, number>();
    for (const customerId of members) {
      for (const m of customers.get(customerId)?.memberships ?? []) overlap.set(m.householdId, (overlap.get(m.householdId) ?? 0) + 1);
    }
    for (const [householdId, count] of overlap) candidates.push({ group, householdId, overlap: count });
  });
  candidates.sort((x, y) => y.overlap - x.overlap || x.householdId.localeCompare(y.householdId) || x.group - y.group);
  const chosen = new Map<number, string>();
  const taken = new Set<string>();
  for (const c of candidates) {
    if (chosen.has(c.group) || taken.has(c.householdId)) continue;
    chosen.set(c.group, c.householdId);
    taken.add(c.householdId);
  }
  return groups.map((_, group) => {
    const existing = chosen.get(group);
    return existing === undefined ? { householdId: newHouseholdId(), isNew: true } : { householdId: existing, isNew: false };
  });
}
