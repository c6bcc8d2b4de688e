import { Policy } from '../policy/policy';

/** One source a client may see records of, through links at least this confident. */
export interface SourceReach {
  source: string;
  minConfidence: number;
}

interface RecordFacts {
  source: string;
  resolution: { confidence: number };
}

/**
 * Which records of customers' unfiltered (operational) profiles a client may see, by the purposes its token
 * carries: a record is in reach when a scope of one of those purposes accepts its source and the record's link
 * to its customer is at least as confident as that scope and its purpose require. So a till with
 * service_fulfilment never learns of a pharmacy record (customer-service does not accept the pharmacy source),
 * nor sees a record joined by a link too weak to serve. Deny by default: no purpose, no source.
 * One entry per source, with the lowest confidence any granting scope accepts; passed to Cypher as `$reach`.
 */
export function sourceReach(policy: Policy, purposes: readonly string[]): SourceReach[] {
  const bySource = new Map<string, number>();
  for (const scope of policy.scopes.values()) {
    if (!purposes.includes(scope.purpose)) continue;
    const minConfidence = Math.max(scope.minLinkConfidence, policy.purposes.get(scope.purpose)?.minLinkConfidence ?? 1);
    for (const source of scope.sources) bySource.set(source, Math.min(bySource.get(source) ?? 1, minConfidence));
  }
  return [...bySource].map(([source, minConfidence]) => ({ source, minConfidence })).sort((a, b) => (a.source < b.source ? -1 : 1));
}

/** The record predicate of a reach; null reach (roles that see every record) admits every record. */
export function recordsInReach(reach: readonly SourceReach[] | null): (record: RecordFacts) => boolean {
  if (reach === null) return () => true;
  const bySource = new Map(reach.map((r) => [r.source, r.minConfidence]));
  return (record) => {
    const min = bySource.get(record.source);
    return min !== undefined && record.resolution.confidence >= min;
  };
}
