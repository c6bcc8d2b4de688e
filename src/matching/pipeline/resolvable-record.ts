import type { CanonicalRecord, IdentifierType, SignalClass } from '../../model';
import { IDENTIFIER_STRENGTH } from '../../model';
import { matchRecordFromCanonical } from '../records/from-canonical';
import type { MatchRecord } from '../records/match-record';

/** An identifier a record claims, as the graph holds it on the HAS_IDENTIFIER edge. */
export interface IdentifierClaimView {
  type: IdentifierType;
  /** The canonical (normalised) value, as on the Identifier node. */
  value: string;
  signal: SignalClass;
  verified: boolean;
}

/** What resolution needs of one record: its matching view, its identifier claims and its given name. */
export interface ResolvableRecord {
  match: MatchRecord;
  identifiers: readonly IdentifierClaimView[];
  /** The record's given name as stored (SourceRecord.givenName), for the deterministic guard. */
  givenName: string | null;
}

/**
 * The match column that holds an identifier type's values, where there is one: a generic value found in
 * that column (a store phone) is generic for deterministic linking too.
 */
export const IDENTIFIER_COLUMN: Partial<Record<IdentifierType, string>> = {
  loyalty_card: 'loyaltyCard',
  email: 'email',
  phone: 'phone',
  payment_token: 'paymentToken',
};

/** The value as the match column holds it (emails are lower-cased there). */
export function columnValue(claim: Pick<IdentifierClaimView, 'type' | 'value'>): string {
  return claim.type === 'email' ? claim.value.toLowerCase() : claim.value;
}

/**
 * The rule of cypher/matching/find-deterministic-neighbours.cypher, per side: a strong identifier the record
 * states EXPLICITly, or an email it verified. Two records link when both sides' claims qualify.
 */
export function linksDeterministically(claim: IdentifierClaimView): boolean {
  const strength = IDENTIFIER_STRENGTH[claim.type];
  return (strength === 'STRONG' && claim.signal === 'EXPLICIT') || (strength === 'STRONG_WHEN_VERIFIED' && claim.verified);
}

export function resolvableRecordFromCanonical(record: CanonicalRecord, id?: string): ResolvableRecord {
  return {
    match: matchRecordFromCanonical(record, id),
    identifiers: record.identifiers.map((i) => ({ type: i.type, value: i.value, signal: i.signal, verified: i.verified })),
    givenName: record.attributes.find((a) => a.name === 'givenName')?.value ?? null,
  };
}
