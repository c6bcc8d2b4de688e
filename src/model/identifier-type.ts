/**
 * Typed identifiers shared across records. `strength` decides what may link records deterministically:
 * STRONG identifiers (one person each by construction) link at ingest with confidence 1.0; an email links
 * only when the source verified it; the rest are evidence for probabilistic matching and households.
 */
export const IDENTIFIER_TYPES = [
  'email',
  'phone',
  'loyalty_card',
  'postal_address',
  'payment_token',
  'crm_id',
  'ecommerce_account',
  'pharmacy_patient',
] as const;
export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];

export type IdentifierStrength = 'STRONG' | 'STRONG_WHEN_VERIFIED' | 'EVIDENCE';

export const IDENTIFIER_STRENGTH: Record<IdentifierType, IdentifierStrength> = {
  loyalty_card: 'STRONG',
  crm_id: 'STRONG',
  ecommerce_account: 'STRONG',
  pharmacy_patient: 'STRONG',
  email: 'STRONG_WHEN_VERIFIED',
  phone: 'EVIDENCE',
  postal_address: 'EVIDENCE',
  // A card is shared within families: evidence for households, not proof of one person.
  payment_token: 'EVIDENCE',
};

export function identifierKey(type: IdentifierType, value: string): string {
  return `${type}:${value}`;
}
