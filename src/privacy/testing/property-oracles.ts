import { ConsentRecord } from '../consent/consent-record';
import { OptOutSignal } from '../consent/opt-out-signal';
import { Policy } from '../policy/policy';
import { Scope } from '../policy/scope-schema';
import { SignalClass, SourceSystem } from '../../model';

/**
 * Deliberately naive re-statements of what the law and the policy require, written without the engine's code,
 * for the property tests to hold the engine's output against.
 */
export interface OracleContext {
  customerIds: ReadonlySet<string>;
  consents: readonly ConsentRecord[];
  signals: readonly OptOutSignal[];
  scope: Scope;
  at: Date;
}

const mine = (o: OracleContext, customerId: string) => o.customerIds.has(customerId);
const live = (o: OracleContext, capturedAt: string, until: string | null) => Date.parse(capturedAt) <= o.at.getTime() && (until === null || Date.parse(until) > o.at.getTime());
const onChannel = (o: OracleContext, channel: string) => channel === 'any' || channel === o.scope.channel;

/** Some grant of the customer's exists that could justify the use: necessary, not sufficient. */
export function hasGrant(o: OracleContext, topic: string, options: { category?: string; mustExpire?: boolean } = {}): boolean {
  return o.consents.some(
    (c) =>
      mine(o, c.customerId) && c.purpose === topic && c.status === 'GRANTED' && onChannel(o, c.channel) && live(o, c.capturedAt, c.expiresAt) &&
      (options.category === undefined || c.categories.includes(options.category)) && (options.mustExpire !== true || c.expiresAt !== null),
  );
}

export function signalInForce(o: OracleContext, kinds: readonly string[]): boolean {
  return o.signals.some((s) => mine(o, s.customerId) && kinds.includes(s.kind) && live(o, s.capturedAt, s.withdrawnAt));
}

/** The customer's latest general choice about the purpose on the scope's channel is a refusal. */
export function generalRefusalInForce(o: OracleContext, topic: string): boolean {
  const applicable = o.consents.filter((c) => mine(o, c.customerId) && c.purpose === topic && c.categories.length === 0 && onChannel(o, c.channel) && live(o, c.capturedAt, c.expiresAt));
  if (applicable.length === 0) return false;
  const latest = Math.max(...applicable.map((c) => Date.parse(c.capturedAt)));
  return applicable.some((c) => Date.parse(c.capturedAt) === latest && c.status !== 'GRANTED');
}

/** Some approve rule of the policy covers this category for this use: the authority gate, restated. */
export function someRuleApproves(policy: Policy, q: { category: string; signal: SignalClass; source: SourceSystem | null; purpose: string; jurisdiction: string }): boolean {
  const covers = (list: '*' | readonly string[], value: string | null) => list === '*' || (value !== null && list.includes(value));
  return policy.rules.some(
    (r) =>
      r.role === 'approve' && covers(r.match.categories, q.category) && covers(r.match.signals, q.signal) && covers(r.match.purposes, q.purpose) &&
      covers(r.match.jurisdictions, q.jurisdiction) && covers(r.match.sources, q.source),
  );
}
