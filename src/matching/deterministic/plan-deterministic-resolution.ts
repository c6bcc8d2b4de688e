import { IdentifierType } from '../../model';
import { UnionFind } from '../clustering/union-find';
import { givenNamesCompatible } from './given-names-compatible';

export interface NeighbourRecord {
  recordKey: string;
  customerId: string | null;
  customerCreatedAt: string | null;
  identifierType: IdentifierType;
  givenName: string | null;
  /** Given names on the records of the neighbour's customer. */
  customerGivenNames?: string[];
}

export interface ResolutionCandidate {
  recordKey: string;
  customerId: string | null;
  customerCreatedAt: string | null;
  givenName: string | null;
  /** Given names on the records of the candidate's current customer. */
  customerGivenNames?: string[];
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
 *
 * Over-merge guard: two groups join only if every given name known in one (its records' and its customers')
 * is compatible with every given name known in the other, so a nameless record holding a family card
 * cannot bridge two family members.
 */
export function planDeterministicResolution(candidates: ResolutionCandidate[], newCustomerId: () => string): ResolutionPlan {
  const components = new UnionFind();
  const namesOf = new Map<string, Set<string>>();
  const customerOf = new Map<string, string | null>();
  const createdAt = new Map<string, string>();
  const methodOf = new Map<string, IdentifierType>();
  const remember = (recordKey: string, customerId: string | null, at: string | null, names: (string | null)[]) => {
    components.add(recordKey);
    if (!customerOf.get(recordKey)) customerOf.set(recordKey, customerId);
    if (customerId && at) createdAt.set(customerId, at);
    const root = components.find(recordKey);
    const known = namesOf.get(root) ?? new Set<string>();
    for (const name of names) if (name) known.add(name);
    namesOf.set(root, known);
  };
  const unite = (a: string, b: string): boolean => {
    const [rootA, rootB] = [components.find(a), components.find(b)];
    if (rootA === rootB) return true;
    const [namesA, namesB] = [namesOf.get(rootA) ?? new Set<string>(), namesOf.get(rootB) ?? new Set<string>()];
    for (const x of namesA) for (const y of namesB) if (!givenNamesCompatible(x, y)) return false;
    components.union(a, b);
    namesOf.set(components.find(a), new Set([...namesA, ...namesB]));
    return true;
  };

  const links = new Map<string, ResolutionPlan['links'][number]>();
  for (const candidate of candidates) {
    remember(candidate.recordKey, candidate.customerId, candidate.customerCreatedAt, [candidate.givenName, ...(candidate.customerGivenNames ?? [])]);
    const firstByType = new Map<IdentifierType, string>();
    const neighbours = [...candidate.neighbours].sort((a, b) => a.recordKey.localeCompare(b.recordKey));
    for (const neighbour of neighbours) {
      remember(neighbour.recordKey, neighbour.customerId, neighbour.customerCreatedAt, [neighbour.givenName, ...(neighbour.customerGivenNames ?? [])]);
      if (!unite(candidate.recordKey, neighbour.recordKey)) continue;
      if (!firstByType.has(neighbour.identifierType)) firstByType.set(neighbour.identifierType, neighbour.recordKey);
      if (!methodOf.has(candidate.recordKey)) methodOf.set(candidate.recordKey, neighbour.identifierType);
      if (!methodOf.has(neighbour.recordKey)) methodOf.set(neighbour.recordKey, neighbour.identifierType);
    }
    // One evidence edge per identifier type, to the earliest-keyed holder: a value shared by n records
    // yields n-1 edges, not n².
    for (const [identifierType, otherKey] of firstByType) {
      const [fromKey, toKey] = [candidate.recordKey, otherKey].sort() as [string, string];
      links.set(`${fromKey}|${toKey}|${identifierType}`, { fromKey, toKey, identifierType });
    }
  }

  const plan: ResolutionPlan = { assignments: [], merges: [], links: [...links.values()], newCustomerIds: [] };
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
      const method = methodOf.get(recordKey);
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
