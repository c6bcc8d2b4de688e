import { CustomerProfile, Provenance, RecordDeviceView, RecordIdentifierView } from './customer-profile';

export interface CustomerIdentifierView {
  type: string;
  value: string;
  verified: boolean;
  generic: boolean;
  address: RecordIdentifierView['address'];
  provenance: Provenance[];
}

/** The customer's identifiers, one entry per value, listing every record that holds it. */
export function customerIdentifiers(profile: CustomerProfile): CustomerIdentifierView[] {
  const byKey = new Map<string, CustomerIdentifierView>();
  for (const record of profile.records) {
    for (const i of record.identifiers) {
      const key = `${i.type}:${i.value}`;
      const entry = byKey.get(key) ?? { type: i.type, value: i.value, verified: false, generic: i.generic, address: i.address, provenance: [] };
      entry.verified ||= i.verified;
      entry.provenance.push(i.provenance);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}

/** The devices seen with any of the customer's records. */
export function customerDevices(profile: CustomerProfile): RecordDeviceView[] {
  return profile.records.flatMap((r) => r.devices);
}
