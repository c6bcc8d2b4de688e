import { DeviceType } from './device-type';
import { IdentifierType } from './identifier-type';
import { SignalClass } from './signal-class';
import { SourceSystem } from './source-system';

/** Person attributes a source record may carry, stored on the SourceRecord node with provenance. */
export const PERSON_ATTRIBUTES = ['givenName', 'middleName', 'familyName', 'dateOfBirth', 'gender', 'postalCode'] as const;
export type PersonAttribute = (typeof PERSON_ATTRIBUTES)[number];

export interface AttributeValue {
  name: PersonAttribute;
  /** Normalised value (names cased and trimmed, dates as yyyy-mm-dd, postal codes as ZIP5). */
  value: string;
  signal: SignalClass;
}

export interface PostalAddressParts {
  line1: string;
  line2?: string;
  city: string;
  state: string;
  zip5: string;
}

export interface IdentifierClaim {
  type: IdentifierType;
  /** Normalised value; the identity of the Identifier node together with `type`. */
  value: string;
  signal: SignalClass;
  /** The source checked the value (a confirmed email, a card issued by us). */
  verified: boolean;
  /** The source field it came from, e.g. `shippingAddress`. */
  field: string;
  address?: PostalAddressParts;
}

export interface DeviceClaim {
  type: DeviceType;
  id: string;
  signal: SignalClass;
  field: string;
}

/**
 * What every source adapter produces and every writer consumes: one account in one source system,
 * normalised, with the signal class of each value. Junk values never reach this shape.
 */
export interface CanonicalRecord {
  source: SourceSystem;
  sourceId: string;
  banner?: string;
  /** When the source last changed this record (ISO 8601). */
  observedAt: string;
  attributes: AttributeValue[];
  identifiers: IdentifierClaim[];
  devices: DeviceClaim[];
  /** Names of fields whose values were placeholders (e.g. 555-555-5555) and were kept out of the graph. */
  junkFields: string[];
}

export function recordKey(source: SourceSystem, sourceId: string): string {
  return `${source}:${sourceId}`;
}
