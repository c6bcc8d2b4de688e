import { SignalClass, SourceSystem } from '../../model';
import { SourceRecordView } from '../../customer-view/customer-profile';
import { Decision, Obligations } from '../policy/rule-schema';
import { Reason } from './reason';

/**
 * Where a served value comes from. `recordRef` (r0, r1, ...) groups values by source record without naming the
 * record: its key and source id are served only when the record itself is (see `records`).
 */
export interface ServedProvenance {
  recordRef: string;
  source: SourceSystem;
  signal: SignalClass;
  observedAt: string | null;
  linkConfidence: number;
}

interface Served {
  /** True when the value was masked (a***@domain, ***-***-1234). */
  masked: boolean;
  obligations: Obligations;
}

export interface ServedAttribute extends Served {
  name: string;
  value: string;
  provenance: ServedProvenance;
}

export interface ServedIdentifier extends Served {
  type: string;
  value: string;
  verified: boolean;
  generic: boolean;
  field: string | null;
  address: { line1: string; line2: string | null; city: string; state: string; zip5: string } | null;
  provenance: ServedProvenance;
}

export interface ServedDevice extends Served {
  type: string;
  deviceId: string;
  shared: boolean;
  lastSeenAt: string | null;
  provenance: ServedProvenance;
}

export interface ServedHousehold extends Served {
  householdId: string;
  status: string;
  confidence: number | null;
}

/** Values of one signal class. EXPLICIT (the customer told us) is never mixed with OBSERVED or INFERRED. */
export interface ServedSection {
  attributes: ServedAttribute[];
  identifiers: ServedIdentifier[];
  devices: ServedDevice[];
  households: ServedHousehold[];
}

export interface ServedRecord extends Served, Pick<SourceRecordView, 'key' | 'source' | 'sourceId' | 'banner' | 'observedAt' | 'firstSeenAt'> {
  recordRef: string;
  resolution: ({ confidence: number; method: string; signal: SignalClass; linkedAt: string | null } & Served) | null;
  links: ({ otherRecordKey: string; kind: string; method: string; confidence: number; signal: SignalClass } & Served)[];
}

export interface FilteredCustomerView {
  customerId: string;
  policyVersion: string;
  scopeId: string;
  purpose: string;
  customer: ({ status: string; createdAt: string | null } & Served) | null;
  aliases: string[];
  records: ServedRecord[];
  explicit: ServedSection;
  observed: ServedSection;
  inferred: ServedSection;
}

/** One decision about one field: where it is in the profile and what it is, never its value. */
export interface DecisionLogEntry {
  /** Position in the input profile, e.g. `records[2].identifiers[0]`. */
  path: string;
  /** What the field is, e.g. `identifier.email`, `attribute.givenName`, `record`, `household`. */
  field: string;
  source: SourceSystem | null;
  signal: SignalClass;
  categories: string[];
  allowed: boolean;
  decision: Decision;
  reasons: Reason[];
  obligations: Obligations;
}

/**
 * The view is what the scope's caller may receive. The decision log is for audit: it names fields, sources and
 * categories (a pharmacy source in it says the customer is a pharmacy patient), so it goes to the audit log,
 * never to the caller. `jurisdictions` likewise reveals the customer's state.
 */
export interface FilterResult {
  view: FilteredCustomerView;
  decisions: DecisionLogEntry[];
  jurisdictions: string[];
}
