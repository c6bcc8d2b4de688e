import { PERSON_ATTRIBUTES, SignalClass, SourceSystem } from '../model';

export interface Provenance {
  source: SourceSystem;
  sourceId: string;
  observedAt: string | null;
  signal: SignalClass;
}

export interface AttributeView {
  name: string;
  value: string;
  provenance: Provenance;
}

export interface RecordIdentifierView {
  type: string;
  value: string;
  verified: boolean;
  generic: boolean;
  field: string | null;
  provenance: Provenance;
  address: { line1: string; line2: string | null; city: string; state: string; zip5: string } | null;
}

export interface RecordDeviceView {
  type: string;
  deviceId: string;
  shared: boolean;
  lastSeenAt: string | null;
  provenance: Provenance;
}

export interface SourceRecordView {
  key: string;
  source: SourceSystem;
  sourceId: string;
  banner: string | null;
  observedAt: string | null;
  firstSeenAt: string | null;
  attributes: AttributeView[];
  identifiers: RecordIdentifierView[];
  devices: RecordDeviceView[];
  resolution: { confidence: number; method: string; signal: SignalClass; linkedAt: string | null };
  links: { otherRecordKey: string; kind: string; method: string; confidence: number; signal: SignalClass }[];
}

export interface CustomerProfile {
  id: string;
  status: string;
  aliases: string[];
  createdAt: string | null;
  records: SourceRecordView[];
  households: { householdId: string; status: string; confidence: number | null; signal: SignalClass | null }[];
}

/** The record properties a profile shows: each person attribute with its signal and when it was observed. */
export const PROFILE_ATTRIBUTE_PROPERTIES: readonly string[] = PERSON_ATTRIBUTES.flatMap((name) => [name, `${name}Signal`, `${name}ObservedAt`]);

/** Shapes the map returned by cypher/customer-view/get-customer-profiles.cypher. */
export function toCustomerProfile(raw: RawProfile): CustomerProfile {
  return {
    id: raw.customerId,
    status: raw.status,
    aliases: raw.aliases ?? [],
    createdAt: raw.createdAt ?? null,
    households: raw.households ?? [],
    records: (raw.records ?? []).map(toRecordView),
  };
}

function toRecordView(r: RawRecord): SourceRecordView {
  const recordProvenance = (signal: SignalClass, observedAt: string | null): Provenance => ({
    source: r.source,
    sourceId: r.sourceId,
    observedAt,
    signal,
  });
  const properties = new Map(r.attributes);
  const attributes: AttributeView[] = [];
  for (const name of PERSON_ATTRIBUTES) {
    const value = properties.get(name);
    const signal = properties.get(`${name}Signal`);
    if (typeof value !== 'string' || typeof signal !== 'string') continue;
    const observedAt = properties.get(`${name}ObservedAt`);
    attributes.push({ name, value, provenance: recordProvenance(signal as SignalClass, typeof observedAt === 'string' ? observedAt : null) });
  }
  return {
    key: r.recordKey,
    source: r.source,
    sourceId: r.sourceId,
    banner: r.banner ?? null,
    observedAt: r.observedAt ?? null,
    firstSeenAt: r.firstSeenAt ?? null,
    attributes,
    identifiers: r.identifiers.map((i) => ({
      type: i.type,
      value: i.value,
      verified: i.verified === true,
      generic: i.generic === true,
      field: i.field ?? null,
      provenance: { source: i.source, sourceId: r.sourceId, observedAt: i.observedAt ?? null, signal: i.signal },
      address: i.line1 && i.city && i.state && i.zip5 ? { line1: i.line1, line2: i.line2 ?? null, city: i.city, state: i.state, zip5: i.zip5 } : null,
    })),
    devices: r.devices.map((d) => ({
      type: d.type,
      deviceId: d.deviceId,
      shared: d.shared === true,
      lastSeenAt: d.lastSeenAt ?? null,
      provenance: { source: d.source, sourceId: r.sourceId, observedAt: d.firstSeenAt ?? null, signal: d.signal },
    })),
    resolution: r.resolution,
    links: r.links,
  };
}

export interface RawProfile {
  customerId: string;
  status: string;
  createdAt?: string | null;
  aliases?: string[];
  households?: CustomerProfile['households'];
  records?: RawRecord[];
}

interface RawRecord {
  recordKey: string;
  source: SourceSystem;
  sourceId: string;
  banner?: string | null;
  observedAt?: string | null;
  firstSeenAt?: string | null;
  /** [property name, value] pairs of the record's attribute properties (PROFILE_ATTRIBUTE_PROPERTIES). */
  attributes: [string, unknown][];
  resolution: SourceRecordView['resolution'];
  identifiers: {
    type: string; value: string; generic?: boolean; signal: SignalClass; source: SourceSystem; observedAt?: string | null;
    verified?: boolean; field?: string | null; line1?: string | null; line2?: string | null; city?: string | null; state?: string | null; zip5?: string | null;
  }[];
  devices: { type: string; deviceId: string; shared?: boolean; signal: SignalClass; source: SourceSystem; firstSeenAt?: string | null; lastSeenAt?: string | null }[];
  links: SourceRecordView['links'];
}
