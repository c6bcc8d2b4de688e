/** What the graph holds now for one record of the neighbourhood being re-clustered. */
export interface CurrentAssignment {
  recordKey: string;
  customerId: string | null;
}

export interface PlannedCustomer {
  customerId: string;
  recordKeys: string[];
  /** `kept`: an existing id carried on; `new`: records no customer held; `split`: part of a customer whose id went to its larger part. */
  origin: 'kept' | 'new' | 'split';
  splitFrom?: string;
}

export interface CustomerIdPlan {
  customers: PlannedCustomer[];
  /** Records whose customer changes (only these are written). */
  assignments: { recordKey: string; customerId: string }[];
  /** Customers left with no cluster of their own: their id stays as an alias of the customer holding most of their records. */
  merges: { absorbedId: string; survivorId: string }[];
  newCustomerIds: string[];
}

/**
 * Gives each new cluster a customer id so that ids are stable: an existing id goes to the cluster holding
 * most of its records (ties: the older customer, then the smaller id), each id to one cluster at most. A
 * cluster that did not change therefore keeps its id; a merge keeps the id of the customer contributing most
 * records (or the oldest) and the others become aliases; a split leaves the id on its largest part and gives
 * the other parts new ids with their lineage. Pure: the caller reads the neighbourhood and writes the plan.
 *
 * The neighbourhood must hold every record of each customer it mentions, or a customer whose records are
 * partly outside it would look split.
 */
export function planCustomerIds(
  clusters: readonly (readonly string[])[],
  current: readonly CurrentAssignment[],
  customerCreatedAt: ReadonlyMap<string, string>,
  newCustomerId: () => string,
): CustomerIdPlan {
  const customerOf = new Map(current.map((c) => [c.recordKey, c.customerId]));
  const overlaps = clusters.map((records) => {
    const counts = new Map<string, number>();
    for (const key of records) {
      const id = customerOf.get(key);
      if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  });
  const claims = overlaps.flatMap((counts, cluster) => [...counts].map(([customerId, count]) => ({ cluster, customerId, count })));
  const createdAt = (id: string): string => customerCreatedAt.get(id) ?? '';
  claims.sort((a, b) => b.count - a.count || createdAt(a.customerId).localeCompare(createdAt(b.customerId)) || a.customerId.localeCompare(b.customerId));

  const idOfCluster = new Map<number, string>();
  const clusterOfId = new Map<string, number>();
  for (const claim of claims) {
    if (idOfCluster.has(claim.cluster) || clusterOfId.has(claim.customerId)) continue;
    idOfCluster.set(claim.cluster, claim.customerId);
    clusterOfId.set(claim.customerId, claim.cluster);
  }

  const plan: CustomerIdPlan = { customers: [], assignments: [], merges: [], newCustomerIds: [] };
  clusters.forEach((records, cluster) => {
    let customerId = idOfCluster.get(cluster);
    let origin: PlannedCustomer['origin'] = 'kept';
    let splitFrom: string | undefined;
    if (customerId === undefined) {
      customerId = newCustomerId();
      plan.newCustomerIds.push(customerId);
      const largestOldPart = claims.find((c) => c.cluster === cluster);
      origin = largestOldPart ? 'split' : 'new';
      splitFrom = largestOldPart?.customerId;
    }
    plan.customers.push({ customerId, recordKeys: [...records], origin, ...(splitFrom ? { splitFrom } : {}) });
    for (const key of records) if (customerOf.get(key) !== customerId) plan.assignments.push({ recordKey: key, customerId });
  });

  const everyOldId = new Set(current.flatMap((c) => (c.customerId ? [c.customerId] : [])));
  for (const oldId of everyOldId) {
    if (clusterOfId.has(oldId)) continue;
    // Every record of an unplaced id went to clusters with other ids; it follows the bulk of them.
    const destination = claims.find((c) => c.customerId === oldId);
    const survivorId = destination === undefined ? undefined : idOfCluster.get(destination.cluster);
    if (survivorId !== undefined) plan.merges.push({ absorbedId: oldId, survivorId });
  }
  return plan;
}
