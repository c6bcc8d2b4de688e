/**
 * Why a field was served or withheld: a stable code for machines, a sentence for people. Reasons name rules,
 * categories, purposes, channels and signal kinds; they never carry a value of the customer's data.
 */
export const REASON_CODES = [
  'UNKNOWN_PURPOSE',
  'JURISDICTION_OUT_OF_SCOPE',
  'SOURCE_NOT_IN_SCOPE',
  'LINK_CONFIDENCE_BELOW_SCOPE',
  'UNLABELLED_FIELD',
  'UNKNOWN_CATEGORY',
  'NO_APPROVING_RULE',
  'RULE_ALLOWS',
  'RULE_DENIES',
  'NOT_OPTED_OUT',
  'OPTED_OUT',
  'OPT_OUT_SIGNAL',
  'CONSENT_GRANTED',
  'CONSENT_MISSING',
  'CONSENT_REFUSED',
  'AGGREGATE_ONLY',
  'RECORD_NOT_SERVED',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface Reason {
  code: ReasonCode;
  message: string;
  ruleId?: string;
  category?: string;
  jurisdiction?: string;
}
