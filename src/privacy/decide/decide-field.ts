import { signalsInForce } from '../consent/opt-out-signal';
import { Policy } from '../policy/policy';
import { Decision, Obligations } from '../policy/rule-schema';
import { Scope } from '../policy/scope-schema';
import { combineObligations, stricter } from './combine';
import { DecisionContext, FieldDecision, FieldFacts, NO_OBLIGATIONS } from './decision-types';
import { evaluateRule } from './evaluate-rule';
import { ruleMatches } from './match-rule';
import { Reason } from './reason';
import { resolveJurisdictions } from './resolve-jurisdictions';

/**
 * Decides whether one field may be served in `scope`. Deny by default: the purpose must be in the policy, the
 * customer's jurisdiction(s), the field's source and link confidence inside the scope, and for every category of
 * the field, in every jurisdiction of the customer, an approve rule must apply and every applying rule (approve
 * or restrict) must allow it for this customer now.
 */
export function decideField(policy: Policy, field: FieldFacts, scope: Scope, context: DecisionContext): FieldDecision {
  const purpose = policy.purposes.get(scope.purpose);
  if (purpose === undefined) return deny('UNKNOWN_PURPOSE', `purpose ${scope.purpose} is not in policy ${policy.version}`);

  const jurisdictions = resolveJurisdictions(policy, context.jurisdiction);
  const outside = scope.jurisdictions === '*' ? [] : jurisdictions.filter((j) => !(scope.jurisdictions as readonly string[]).includes(j));
  if (outside.length > 0) return deny('JURISDICTION_OUT_OF_SCOPE', `scope ${scope.id} does not cover jurisdiction ${outside.join(', ')}`);

  if (field.source !== null && !scope.sources.includes(field.source)) {
    return deny('SOURCE_NOT_IN_SCOPE', `scope ${scope.id} does not accept source ${field.source}`);
  }
  const minConfidence = Math.max(scope.minLinkConfidence, purpose.minLinkConfidence);
  if (minConfidence > 0 && (field.linkConfidence === null || field.linkConfidence < minConfidence)) {
    return deny('LINK_CONFIDENCE_BELOW_SCOPE', `link confidence ${field.linkConfidence ?? 'unknown'} is below ${minConfidence} (scope ${scope.id})`);
  }

  const categories = [...new Set(field.categories)];
  if (categories.length === 0) return deny('UNLABELLED_FIELD', 'the policy gives this field no data category');
  const unknown = categories.filter((c) => !policy.categories.has(c));
  if (unknown.length > 0) return deny('UNKNOWN_CATEGORY', `category ${unknown.join(', ')} is not in policy ${policy.version}`);

  const inForce = signalsInForce(context.signals, context.at);
  const reasons: Reason[] = [];
  let allowed = true;
  let decision: Decision = 'ALLOW';
  let obligations: Obligations = NO_OBLIGATIONS;
  for (const jurisdiction of jurisdictions) {
    for (const category of categories) {
      const applying = policy.rules.filter((rule) =>
        ruleMatches(rule, { category, signal: field.signal, source: field.source, purpose: scope.purpose, jurisdiction }),
      );
      if (!applying.some((rule) => rule.role === 'approve')) {
        allowed = false;
        decision = 'DENY';
        reasons.push({ code: 'NO_APPROVING_RULE', message: `no rule approves ${category} for ${scope.purpose} in ${jurisdiction}`, category, jurisdiction });
      }
      for (const rule of applying) {
        const outcome = evaluateRule(policy, rule, { purpose: scope.purpose, channel: scope.channel, category, jurisdiction, consents: context.consents, signalsInForce: inForce, at: context.at });
        allowed &&= outcome.allowed;
        reasons.push(...outcome.reasons);
        decision = stricter(decision, rule.decision);
        if (rule.decision !== 'DENY') obligations = combineObligations(obligations, rule.obligations);
      }
    }
  }
  if (allowed && obligations.aggregateOnly && !scope.aggregate) {
    allowed = false;
    reasons.push({ code: 'AGGREGATE_ONLY', message: `the policy allows this field in aggregate only; scope ${scope.id} is not an aggregate scope` });
  }
  return { allowed, decision, reasons, obligations };
}

function deny(code: Reason['code'], message: string): FieldDecision {
  return { allowed: false, decision: 'DENY', reasons: [{ code, message }], obligations: NO_OBLIGATIONS };
}
