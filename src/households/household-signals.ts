import { IdentifierType } from '../model';

/** What can make two customers a household, strongest first in the default weights. */
export const HOUSEHOLD_SIGNAL_KINDS = [
  'shared_address',
  'shared_surname',
  'shared_payment_card',
  'shared_loyalty_card',
  'shared_device',
  'shared_email',
  'shared_phone',
] as const;
export type HouseholdSignalKind = (typeof HOUSEHOLD_SIGNAL_KINDS)[number];

/** Identifier types that are household evidence, and the signal each one is. */
export const HOUSEHOLD_IDENTIFIER_SIGNALS = {
  postal_address: 'shared_address',
  payment_token: 'shared_payment_card',
  loyalty_card: 'shared_loyalty_card',
  email: 'shared_email',
  phone: 'shared_phone',
} as const satisfies Partial<Record<IdentifierType, HouseholdSignalKind>>;
export type HouseholdIdentifierType = keyof typeof HOUSEHOLD_IDENTIFIER_SIGNALS;
export const HOUSEHOLD_IDENTIFIER_TYPES = Object.keys(HOUSEHOLD_IDENTIFIER_SIGNALS) as HouseholdIdentifierType[];

export const MEMBERSHIP_STATUSES = ['PROPOSED', 'CONFIRMED', 'REJECTED'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** An identifier or device a customer's records hold, with how many active customers hold it graph-wide. */
export interface HeldValue {
  /** Identifier.key or Device.key: the name an analyst can follow in the graph. */
  key: string;
  /** `device` for a personal device, else the identifier type. */
  type: HouseholdIdentifierType | 'device';
  /** Identifier.generic (set by the over-merge guard). */
  generic: boolean;
  holders: number;
}

/** A MEMBER_OF edge of the customer as it is in the graph. */
export interface ExistingMembership {
  householdId: string;
  status: MembershipStatus;
  confidence: number | null;
  evidenceSignals: string[];
  evidenceKeys: string[];
  /** Customers CONFIRMED in that household (the customer itself included when it is). */
  confirmedMemberIds: string[];
}

/** One customer with the household signals its records carry, as read from the graph. */
export interface CustomerSignals {
  customerId: string;
  /** Family names on the customer's records (a maiden and a married name both count). */
  familyNames: string[];
  values: HeldValue[];
  memberships: ExistingMembership[];
}
