import { CustomerProfile } from '../../customer-view/customer-profile';

/** Every state the customer has a postal address in; the engine applies the strictest of their jurisdictions. */
export function customerStates(profile: CustomerProfile): string[] {
  const states = new Set<string>();
  for (const record of profile.records) {
    for (const identifier of record.identifiers) {
      if (identifier.address !== null) states.add(identifier.address.state.trim().toUpperCase());
    }
  }
  return [...states].sort();
}
