import { IdentifierType } from '../../model';
import { UnionFind } from '../clustering/union-find';

export interface NeighbourRecord {
  recordKey: string;
  customerId: string | null;
  customerCreatedAt: string | null;
  identifierType: IdentifierType;
  givenName: string | null;
}

export interface ResolutionCandidate {
  recordKey: string;
  customerId: string | null;
  customerCreatedAt: string | null;
  givenName: string | null;
  neighbours: NeighbourRecord[];
}

export interface ResolutionPlan {
  assignments: { recordKey: string; customerId: string; confidence: number; method: string }[];
  merges: { absorbedId: string; survivorId: string; reason: string }[];
  links: { fromKey: string; toKey: string; identifierType: IdentifierType }[];
  newCustomerIds: string[];
}

/**
 * Decides, for a batch of new or changed records, which customer each resolves to by deterministic rules:
 * records joined (directly or through each other) by a linking identifier are one customer. Where they
 * already belong to several customers, the oldest survives and the others merge into it, keeping their
 * ids as aliases. Pure logic: the caller reads the neighbours and writes the plan in one transaction.
 */
export function planDeterministicResolution(candidates: ResolutionCandidate[], newCustomerId: () => string): ResolutionPlan {
  const components = new UnionFind();
  const customerOf = new Map<string, string | null>();
  const createdAt = new Map<string, string>();
  const remember = (recordKey: string, customerId: string | null, at: string | null) => {
    if (!customerOf.get(recordKey)) customerOf.set(recordKey, customerId);
    if (customerId && at) createdAt.set(customerId, at);
  };

  const links = new Map<string, ResolutionPlan['links'][number]>();
  for (const candidate of candidates) {
    components.add(candidate.recordKey);
    remember(candidate.recordKey, candidate.customerId, candidate.customerCreatedAt);
    const firstByType = new Map<IdentifierType, string>();
    for (const neighbour of candidate.neighbours.filter((n) => namesAllowLink(candidate.givenName, n))) {
      components.union(candidate.recordKey, neighbour.recordKey);
      remember(neighbour.recordKey, neighbour.customerId, neighbour.customerCreatedAt);
      const first = firstByType.get(neighbour.identifierType);
      if (first === undefined || neighbour.recordKey < first) firstByType.set(neighbour.identifierType, neighbour.recordKey);
    }
    // One evidence edge per identifier type, to the earliest-keyed holder: a value shared by n records
    // yields n-1 edges, not n².
    for (const [identifierType, otherKey] of firstByType) {
      const [fromKey, toKey] = [candidate.recordKey, otherKey].sort() as [string, string];
      links.set(`${fromKey}|${toKey}|${identifierType}`, { fromKey, toKey, identifierType });
    }
  }

  const plan: ResolutionPlan = { assignments: [], merges: [], links: [...links.values()], newCustomerIds: [] };
  const linkedByType = linkMethods(candidates);
  for (const members of components.groups()) {
    const customers = [...new Set(members.map((m) => customerOf.get(m)).filter((c): c is string => !!c))];
    customers.sort((a, b) => (createdAt.get(a) ?? '').localeCompare(createdAt.get(b) ?? '') || a.localeCompare(b));
    let survivor = customers[0];
    if (survivor === undefined) {
      survivor = newCustomerId();
      plan.newCustomerIds.push(survivor);
    }
    for (const absorbed of customers.slice(1)) {
      plan.merges.push({ absorbedId: absorbed, survivorId: survivor, reason: 'deterministic: records share a linking identifier' });
    }
    const absorbedIds = new Set(customers.slice(1));
    for (const recordKey of members) {
      const current = customerOf.get(recordKey);
      // Records of absorbed customers move with the merge; only unresolved ones need an assignment.
      if (current === survivor || (current && absorbedIds.has(current))) continue;
      const method = linkedByType.get(recordKey);
      plan.assignments.push({
        recordKey,
        customerId: survivor,
        confidence: 1.0,
        method: method ? `deterministic:shared_${method}` : 'deterministic:single_record',
      });
    }
  }
  return plan;
}

/**
 * Guard against shared family emails: an email links two records only when their given names do not
 * clearly disagree (same first letter, or either is unknown). Nicknames with another initial (Bill and
 * William) are left to probabilistic matching rather than risking a deterministic over-merge.
 */
function namesAllowLink(givenName: string | null, neighbour: NeighbourRecord): boolean {
  if (neighbour.identifierType !== 'email') return true;
  if (!givenName || !neighbour.givenName) return true;
  return givenName[0]?.toUpperCase() === neighbour.givenName[0]?.toUpperCase();
}

function linkMethods(candidates: ResolutionCandidate[]): Map<string, IdentifierType> {
  const methods = new Map<string, IdentifierType>();
  for (const candidate of candidates) {
    const neighbour = candidate.neighbours.find((n) => namesAllowLink(candidate.givenName, n));
    if (neighbour) {
      methods.set(candidate.recordKey, neighbour.identifierType);
      if (!methods.has(neighbour.recordKey)) methods.set(neighbour.recordKey, neighbour.identifierType);
    }
  }
  return methods;
}
