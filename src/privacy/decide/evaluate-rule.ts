import { Channel } from '../consent/channel';
import { ConsentRecord } from '../consent/consent-record';
import { effectiveConsent } from '../consent/effective-consent';
import { Policy } from '../policy/policy';
import { PURPOSE_PLACEHOLDER } from '../policy/policy-ids';
import { Rule } from '../policy/rule-schema';
import { Reason } from './reason';

export interface RuleSituation {
  purpose: string;
  channel: Channel;
  category: string;
  jurisdiction: string;
  consents: readonly ConsentRecord[];
  signalsInForce: ReadonlySet<string>;
  at: Date;
}

/** Whether one applicable rule lets the field through for this customer now, and why. */
export function evaluateRule(policy: Policy, rule: Rule, s: RuleSituation): { allowed: boolean; reasons: Reason[] } {
  const about = { ruleId: rule.id, category: s.category, jurisdiction: s.jurisdiction };
  const prefix = `rule ${rule.id} (${s.category}, ${s.purpose}, ${s.jurisdiction})`;
  if (rule.decision === 'ALLOW') return { allowed: true, reasons: [{ code: 'RULE_ALLOWS', message: `${prefix} allows`, ...about }] };
  if (rule.decision === 'DENY') return { allowed: false, reasons: [{ code: 'RULE_DENIES', message: `${prefix} denies`, ...about }] };

  const reasons: Reason[] = [];
  for (const signal of rule.signals) {
    if (s.signalsInForce.has(signal)) reasons.push({ code: 'OPT_OUT_SIGNAL', message: `${prefix}: opt-out signal ${signal} is in force`, ...about });
  }
  const channel = s.channel === 'any' ? 'any channel' : `channel ${s.channel}`;
  for (const ref of rule.consents) {
    const topic = ref.purpose === PURPOSE_PLACEHOLDER ? s.purpose : ref.purpose;
    const consent = effectiveConsent(s.consents, topic, s.channel, s.at, {
      category: s.category,
      categorySpecific: ref.categorySpecific,
      grantMustExpire: policy.authorizations.get(topic)?.grantMustExpire ?? false,
    });
    const what = `consent to ${topic}${ref.categorySpecific ? ` naming ${s.category}` : ''} (${channel})`;
    if (consent.status === 'DENIED' || consent.status === 'REVOKED') {
      reasons.push({ code: rule.decision === 'REQUIRES_OPT_IN' ? 'CONSENT_REFUSED' : 'OPTED_OUT', message: `${prefix}: ${what} is ${consent.status.toLowerCase()}`, ...about });
    } else if (rule.decision === 'REQUIRES_OPT_IN') {
      reasons.push(
        consent.status === 'GRANTED'
          ? { code: 'CONSENT_GRANTED', message: `${prefix}: ${what} is granted`, ...about }
          : { code: 'CONSENT_MISSING', message: `${prefix}: requires ${what}, which is absent or expired`, ...about },
      );
    }
  }
  const allowed = !reasons.some((r) => r.code === 'OPT_OUT_SIGNAL' || r.code === 'OPTED_OUT' || r.code === 'CONSENT_REFUSED' || r.code === 'CONSENT_MISSING');
  if (allowed && rule.decision === 'ALLOW_UNLESS_OPTED_OUT') reasons.push({ code: 'NOT_OPTED_OUT', message: `${prefix}: the customer has not opted out`, ...about });
  return { allowed, reasons };
}
