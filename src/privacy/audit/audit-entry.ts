/** What an audit entry records. Never a value of the customer's data: field names, categories and reasons only. */
export const AUDIT_KINDS = ['VIEW_READ', 'EXPORT', 'ERASURE', 'CONSENT_CHANGE'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export interface AuditEntryContent {
  kind: AuditKind;
  /** ISO time of the read or change. */
  at: string;
  actor: string;
  role: string;
  purpose: string;
  scope: string;
  /** Salted hash of the customer id (see subjectKey): the log names no one. */
  subjectKey: string;
  policyVersion: string;
  /** Names of the fields returned (`identifier.email`, `attribute.givenName`), never their values. */
  fields: string[];
  /** Data categories of the fields returned: what "who read this customer's health data" searches. */
  categories: string[];
  /** Why: each decision's outcome, field, reason codes and rule ids. */
  reasons: string[];
}

export interface AuditEntry extends AuditEntryContent {
  /** Position in the chain, from 1, without gaps. */
  seq: number;
  /** The previous entry's hash (GENESIS_HASH for the first). */
  prevHash: string;
  /** sha256 over prevHash and every other property: changing any of them breaks the chain from here. */
  hash: string;
}
