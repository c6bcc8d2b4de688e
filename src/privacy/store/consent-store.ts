import { randomUUID } from 'node:crypto';
import { ErrorCode, fieldIssue, IdentityGraphError, ValidationError } from '../../errors';
import { CYPHER } from '../../graph/cypher-statements';
import { GraphExecutor, TransactionMeta } from '../../graph/graph-executor';
import { ConsentRecord, consentRecordSchema } from '../consent/consent-record';
import { OptOutSignal, optOutSignalSchema } from '../consent/opt-out-signal';
import { Policy } from '../policy/policy';

export interface StoredConsent extends ConsentRecord {
  consentId: string;
  recordedAt: string;
  recordedBy: string;
}

export interface StoredOptOutSignal extends OptOutSignal {
  signalId: string;
  recordedAt: string;
  recordedBy: string;
}

/** Canonical ISO form (UTC, milliseconds): stored times compare as strings in the order they happened. */
function iso(value: string): string {
  return new Date(value).toISOString();
}

/**
 * Appends a consent record to the customer's history (granted, denied or revoked). The purpose must be a
 * purpose or authorization of the policy and the categories categories of it: a record about anything else
 * could never be applied. Takes effect on the next read: views read consents on every request.
 */
export async function setConsent(graph: GraphExecutor, policy: Policy, input: unknown, meta: TransactionMeta): Promise<StoredConsent> {
  const parsed = consentRecordSchema.safeParse(input);
  if (!parsed.success) {
    throw new ValidationError(parsed.error.issues.map((i) => fieldIssue(i.path.join('.') || '(consent)', ErrorCode.INVALID_CONSENT, i.message)));
  }
  const record = parsed.data;
  const issues = [];
  if (!policy.purposes.has(record.purpose) && !policy.authorizations.has(record.purpose)) {
    issues.push(fieldIssue('purpose', ErrorCode.INVALID_CONSENT, `"${record.purpose}" is neither a purpose nor an authorization of policy ${policy.version}`));
  }
  record.categories.forEach((c, i) => {
    if (!policy.categories.has(c)) issues.push(fieldIssue(`categories.${i}`, ErrorCode.INVALID_CONSENT, `"${c}" is not a data category of policy ${policy.version}`));
  });
  if (issues.length > 0) throw new ValidationError(issues);

  const stored: StoredConsent = {
    ...record,
    capturedAt: iso(record.capturedAt),
    expiresAt: record.expiresAt === null ? null : iso(record.expiresAt),
    consentId: `con_${randomUUID()}`,
    recordedAt: new Date().toISOString(),
    recordedBy: meta.actor,
  };
  const { customerId, evidence, ...properties } = stored;
  const rows = await graph.write(CYPHER.appendConsent, {
    customerId,
    consent: { ...properties, evidenceKind: evidence.kind, evidenceReference: evidence.reference },
  }, meta);
  if (rows.length === 0) throw new IdentityGraphError(ErrorCode.NOT_FOUND, `customerId: no active customer "${customerId}"`, { field: 'customerId' });
  return stored;
}

/** A valid signal of the policy, stamped for storage; ValidationError names the field otherwise. */
function storedSignal(policy: Policy, input: unknown, meta: TransactionMeta): StoredOptOutSignal {
  const parsed = optOutSignalSchema.safeParse(input);
  if (!parsed.success) {
    throw new ValidationError(parsed.error.issues.map((i) => fieldIssue(i.path.join('.') || '(signal)', ErrorCode.INVALID_CONSENT, i.message)));
  }
  const signal = parsed.data;
  if (!policy.optOutSignals.has(signal.kind)) {
    throw new ValidationError([fieldIssue('kind', ErrorCode.INVALID_CONSENT, `"${signal.kind}" is not an opt-out signal of policy ${policy.version}`)]);
  }
  return {
    ...signal,
    capturedAt: iso(signal.capturedAt),
    withdrawnAt: signal.withdrawnAt === null ? null : iso(signal.withdrawnAt),
    signalId: `sig_${randomUUID()}`,
    recordedAt: new Date().toISOString(),
    recordedBy: meta.actor,
  };
}

/** Records an opt-out signal (GPC from the browser, Do Not Sell or Share, ...); it stands until withdrawn. */
export async function recordOptOutSignal(graph: GraphExecutor, policy: Policy, input: unknown, meta: TransactionMeta): Promise<StoredOptOutSignal> {
  const stored = storedSignal(policy, input, meta);
  const { customerId, ...properties } = stored;
  const rows = await graph.write(CYPHER.appendOptOutSignal, { customerId, signal: properties }, meta);
  if (rows.length === 0) throw new IdentityGraphError(ErrorCode.NOT_FOUND, `customerId: no active customer "${customerId}"`, { field: 'customerId' });
  return stored;
}

/**
 * Records a signal the customer's client repeats (Sec-GPC on every request) once: nothing is written while one
 * of that kind stands for the customer or an id merged into them. Null when no active customer has the id.
 */
export async function recordStandingOptOutSignal(graph: GraphExecutor, policy: Policy, input: unknown, meta: TransactionMeta): Promise<{ customerId: string; created: boolean } | null> {
  const { customerId, ...properties } = storedSignal(policy, input, meta);
  const [row] = await graph.write<{ customerId: string; created: boolean }>(CYPHER.recordStandingOptOutSignal, { customerId, signal: properties }, meta);
  return row ?? null;
}

/** The customer opted back in: standing signals of this kind end now. */
export async function withdrawOptOutSignal(graph: GraphExecutor, customerId: string, kind: string, meta: TransactionMeta): Promise<number> {
  const [row] = await graph.write<{ withdrawn: number }>(CYPHER.withdrawOptOutSignals, { customerId, kind, withdrawnAt: new Date().toISOString() }, meta);
  return row?.withdrawn ?? 0;
}

export interface ConsentState {
  consents: StoredConsent[];
  signals: StoredOptOutSignal[];
}

/** Shapes stored consent and signal nodes back into the consent model; a stored record that no longer parses is an error, not a silent skip. */
export function toConsentState(raw: { consents: Record<string, unknown>[]; signals: Record<string, unknown>[] }): ConsentState {
  return {
    consents: raw.consents.map((c) => {
      const { consentId, recordedAt, recordedBy, evidenceKind, evidenceReference, ...rest } = c;
      const record = consentRecordSchema.parse({ ...rest, evidence: { kind: evidenceKind, reference: evidenceReference } });
      return { ...record, consentId: String(consentId), recordedAt: String(recordedAt), recordedBy: String(recordedBy) };
    }),
    signals: raw.signals.map((s) => {
      const { signalId, recordedAt, recordedBy, ...rest } = s;
      return { ...optOutSignalSchema.parse(rest), signalId: String(signalId), recordedAt: String(recordedAt), recordedBy: String(recordedBy) };
    }),
  };
}

export async function listConsents(graph: GraphExecutor, customerId: string, meta: TransactionMeta): Promise<ConsentState | null> {
  const [row] = await graph.read<{ consents: Record<string, unknown>[]; signals: Record<string, unknown>[] }>(CYPHER.listConsents, { customerId }, meta);
  return row === undefined ? null : toConsentState(row);
}
