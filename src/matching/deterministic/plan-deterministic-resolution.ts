import { IdentifierType } from '../../model';
import { UnionFind } from '../clustering/union-find';
import { givenNamesCompatible } from './given-names-compatible';

export interface NeighbourRecord {
  recordKey: string;
  customerId: string | null;
  customerCreatedAt: string | null;
  identifierType: IdentifierType;
  /** The shared identifier's key (`type:value`); absent in callers that only know the type. */
  identifierKey?: string;
  givenName: string | null;
  /** Given names on the records of the neighbour's customer. */
  customerGivenNames?: string[];
  /** Customers a steward said the neighbour's customer is not (force-unlink or split). */
  blockedCustomerIds?: string[];
}

export interface ResolutionCandidate {
  recordKey: string;
  customerId: string | null;
  customerCreatedAt: string | null;
  givenName: string | null;
  /** Given names on the records of the candidate's current customer. */
  customerGivenNames?: string[];
  /** Customers a steward said the candidate's customer is not (force-unlink or split). */
  blockedCustomerIds?: string[];
  neighbours: NeighbourRecord[];
}

export interface ResolutionPlan {
  assignments: { recordKey: string; customerId: string; confidence: number; method: string }[];
  merges: { absorbedId: string; survivorId: string; reason: string }[];
  links: { fromKey: string; toKey: string; identifierType: IdentifierType; identifierKey: string }[];
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
 * cannot bridge two family members. A steward's decision is respected too: two groups holding customers a
 * steward separated never join.
 *
 * Evidence edges form a spanning forest of each group (one edge per union, plus the first holder of each
 * identifier type), so re-clustering from the edges alone finds the same groups.
 */
export function planDeterministicResolution(candidates: ResolutionCandidate[], newCustomerId: () => string): ResolutionPlan {
  const components = new UnionFind();
  const groupOf = new Map<string, { names: Set<string>; customers: Set<string>; blocked: Set<string> }>();
  const customerOf = new Map<string, string | null>();
  const createdAt = new Map<string, string>();
  const methodOf = new Map<string, IdentifierType>();
  const remember = (recordKey: string, customerId: string | null, at: string | null, names: (string | null)[], blocked: string[] = []) => {
    components.add(recordKey);
    if (!customerOf.get(recordKey)) customerOf.set(recordKey, customerId);
    if (customerId && at) createdAt.set(customerId, at);
    const root = components.find(recordKey);
    const group = groupOf.get(root) ?? { names: new Set<string>(), customers: new Set<string>(), blocked: new Set<string>() };
    for (const name of names) if (name) group.names.add(name);
    if (customerId) group.customers.add(customerId);
    for (const id of blocked) group.blocked.add(id);
    groupOf.set(root, group);
  };
  /** 'joined' two groups, found them the 'same' already, or 'refused' by a guard. */
  const unite = (a: string, b: string): 'joined' | 'same' | 'refused' => {
    const [rootA, rootB] = [components.find(a), components.find(b)];
    if (rootA === rootB) return 'same';
    const empty = { names: new Set<string>(), customers: new Set<string>(), blocked: new Set<string>() };
    const [groupA, groupB] = [groupOf.get(rootA) ?? empty, groupOf.get(rootB) ?? empty];
    for (const x of groupA.names) for (const y of groupB.names) if (!givenNamesCompatible(x, y)) return 'refused';
    for (const id of groupA.customers) if (groupB.blocked.has(id)) return 'refused';
    for (const id of groupB.customers) if (groupA.blocked.has(id)) return 'refused';
    components.union(a, b);
    groupOf.set(components.find(a), {
      names: new Set([...groupA.names, ...groupB.names]),
      customers: new Set([...groupA.customers, ...groupB.customers]),
      blocked: new Set([...groupA.blocked, ...groupB.blocked]),
    });
    return 'joined';
  };

  const links = new Map<string, ResolutionPlan['links'][number]>();
  const addLink = (a: string, b: string, neighbour: NeighbourRecord) => {
    const [fromKey, toKey] = [a, b].sort() as [string, string];
    const identifierKey = neighbour.identifierKey ?? neighbour.identifierType;
    links.set(`${fromKey}|${toKey}|${identifierKey}`, { fromKey, toKey, identifierType: neighbour.identifierType, identifierKey });
  };
  for (const candidate of candidates) {
    remember(candidate.recordKey, candidate.customerId, candidate.customerCreatedAt, [candidate.givenName, ...(candidate.customerGivenNames ?? [])], candidate.blockedCustomerIds);
    const firstByType = new Map<IdentifierType, NeighbourRecord>();
    const neighbours = [...candidate.neighbours].sort((a, b) => a.recordKey.localeCompare(b.recordKey));
    for (const neighbour of neighbours) {
      remember(neighbour.recordKey, neighbour.customerId, neighbour.customerCreatedAt, [neighbour.givenName, ...(neighbour.customerGivenNames ?? [])], neighbour.blockedCustomerIds);
      const outcome = unite(candidate.recordKey, neighbour.recordKey);
      if (outcome === 'refused') continue;
      if (outcome === 'joined') addLink(candidate.recordKey, neighbour.recordKey, neighbour);
      if (!firstByType.has(neighbour.identifierType)) firstByType.set(neighbour.identifierType, neighbour);
      if (!methodOf.has(candidate.recordKey)) methodOf.set(candidate.recordKey, neighbour.identifierType);
      if (!methodOf.has(neighbour.recordKey)) methodOf.set(neighbour.recordKey, neighbour.identifierType);
    }
    // Besides the spanning edges, one evidence edge per identifier type, to the earliest-keyed holder: a
    // value shared by n records yields n-1 edges, not n².
    for (const neighbour of firstByType.values()) addLink(candidate.recordKey, neighbour.recordKey, neighbour);
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
