import { Policy } from '../policy/policy';

interface RecordFacts {
  source: string;
  resolution: { confidence: number };
}

/**
 * Which records of a customer's unfiltered (operational) profile a client may see, by the purposes its token
 * carries: a record is in reach when a scope of one of those purposes accepts its source and the record's link
 * to the customer is at least as confident as that scope and its purpose require. So a till with
 * service_fulfilment never learns of a pharmacy record (customer-service does not accept the pharmacy source),
 * nor sees a record joined by a link too weak to serve. Deny by default: no purpose, no record.
 */
export function recordsInReach(policy: Policy, purposes: readonly string[]): (record: RecordFacts) => boolean {
  const grants = [...policy.scopes.values()]
    .filter((scope) => purposes.includes(scope.purpose))
    .map((scope) => ({
      sources: new Set<string>(scope.sources),
      minConfidence: Math.max(scope.minLinkConfidence, policy.purposes.get(scope.purpose)?.minLinkConfidence ?? 1),
    }));
  return (record) => grants.some((g) => g.sources.has(record.source) && record.resolution.confidence >= g.minConfidence);
}
