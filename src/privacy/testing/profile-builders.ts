import { CustomerProfile, RecordDeviceView, RecordIdentifierView, SourceRecordView } from '../../customer-view/customer-profile';
import { SignalClass, SourceSystem } from '../../model';

type Address = NonNullable<RecordIdentifierView['address']>;

export interface RecordSpec {
  source: SourceSystem;
  sourceId: string;
  confidence?: number;
  attributes?: [name: string, value: string, signal: SignalClass][];
  identifiers?: [type: string, value: string, signal: SignalClass, address?: Address][];
  devices?: [type: string, deviceId: string][];
  links?: [otherRecordKey: string, confidence: number][];
}

/** A source record as the customer view returns it, with provenance on every value. */
export function sourceRecord(spec: RecordSpec): SourceRecordView {
  const provenance = (signal: SignalClass) => ({ source: spec.source, sourceId: spec.sourceId, observedAt: '2025-01-01T00:00:00Z', signal });
  const confidence = spec.confidence ?? 1;
  return {
    key: `${spec.source}:${spec.sourceId}`,
    source: spec.source,
    sourceId: spec.sourceId,
    banner: 'FreshMart',
    observedAt: '2025-01-01T00:00:00Z',
    firstSeenAt: '2025-01-02T00:00:00Z',
    attributes: (spec.attributes ?? []).map(([name, value, signal]) => ({ name, value, provenance: provenance(signal) })),
    identifiers: (spec.identifiers ?? []).map(([type, value, signal, address]): RecordIdentifierView => ({
      type, value, verified: true, generic: false, field: type, provenance: provenance(signal), address: address ?? null,
    })),
    devices: (spec.devices ?? []).map(([type, deviceId]): RecordDeviceView => ({ type, deviceId, shared: false, lastSeenAt: '2025-05-01T00:00:00Z', provenance: provenance('OBSERVED') })),
    resolution: { confidence, method: confidence === 1 ? 'deterministic:shared_loyalty_card' : 'probabilistic:fellegi_sunter', signal: 'INFERRED', linkedAt: '2025-01-02T00:00:00Z' },
    links: (spec.links ?? []).map(([otherRecordKey, c]) => ({ otherRecordKey, kind: c === 1 ? 'DETERMINISTIC' : 'PROBABILISTIC', method: 'test', confidence: c, signal: 'INFERRED' })),
  };
}

export function customerProfile(id: string, records: SourceRecordView[], extra: Partial<CustomerProfile> = {}): CustomerProfile {
  return { id, status: 'ACTIVE', aliases: [], createdAt: '2025-01-02T00:00:00Z', records, households: [], ...extra };
}

export function address(state: string, zip5 = '90001'): Address {
  return { line1: '12 MAIN ST', line2: null, city: 'SPRINGFIELD', state, zip5 };
}
