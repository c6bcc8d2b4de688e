import { z } from 'zod';
import { FEATURE_NAMES, FeatureName, Features } from './features';

/**
 * A segment rule is an expression over features, kept as data: a comparison of one feature with a number, or
 * all / any / not of rules. Evaluating it gives the outcome and the reason in words, with the values used.
 */
export type Rule =
  | { feature: FeatureName; op: 'gte' | 'gt' | 'lte' | 'lt' | 'eq'; value: number }
  | { all: Rule[] }
  | { any: Rule[] }
  | { not: Rule };

export const RULE_SCHEMA: z.ZodType<Rule> = z.lazy(() =>
  z.union([
    z.strictObject({ feature: z.enum(FEATURE_NAMES), op: z.enum(['gte', 'gt', 'lte', 'lt', 'eq']), value: z.number().finite() }),
    z.strictObject({ all: z.array(RULE_SCHEMA).min(1) }),
    z.strictObject({ any: z.array(RULE_SCHEMA).min(1) }),
    z.strictObject({ not: RULE_SCHEMA }),
  ]),
);

const SYMBOL = { gte: '>=', gt: '>', lte: '<=', lt: '<', eq: '=' } as const;

export interface RuleOutcome {
  matched: boolean;
  /** Why, in words: the comparisons that decided the outcome, with the customer's values. */
  reason: string;
}

export function evaluateRule(rule: Rule, features: Features): RuleOutcome {
  if ('feature' in rule) {
    const value = features[rule.feature];
    const shown = `${rule.feature} ${value === null ? 'unknown' : String(value)} ${SYMBOL[rule.op]} ${String(rule.value)}`;
    if (value === null) return { matched: false, reason: `${rule.feature} is unknown (needs ${SYMBOL[rule.op]} ${String(rule.value)})` };
    return { matched: compare(value, rule.op, rule.value), reason: shown };
  }
  if ('all' in rule) {
    const outcomes = rule.all.map((r) => evaluateRule(r, features));
    const failed = outcomes.filter((o) => !o.matched);
    return failed.length === 0
      ? { matched: true, reason: outcomes.map((o) => o.reason).join(' and ') }
      : { matched: false, reason: `not: ${failed.map((o) => o.reason).join('; ')}` };
  }
  if ('any' in rule) {
    const outcomes = rule.any.map((r) => evaluateRule(r, features));
    const passed = outcomes.filter((o) => o.matched);
    return passed.length > 0
      ? { matched: true, reason: passed.map((o) => o.reason).join(' or ') }
      : { matched: false, reason: `none of: ${outcomes.map((o) => o.reason).join('; ')}` };
  }
  const inner = evaluateRule(rule.not, features);
  return { matched: !inner.matched, reason: `not (${inner.reason})` };
}

/** The rule in words, for documentation and the API. */
export function describeRule(rule: Rule): string {
  if ('feature' in rule) return `${rule.feature} ${SYMBOL[rule.op]} ${String(rule.value)}`;
  if ('all' in rule) return rule.all.map((r) => wrap(r)).join(' AND ');
  if ('any' in rule) return rule.any.map((r) => wrap(r)).join(' OR ');
  return `NOT ${wrap(rule.not)}`;
}

/** Every feature a rule reads. */
export function featuresOf(rule: Rule): FeatureName[] {
  if ('feature' in rule) return [rule.feature];
  if ('all' in rule) return rule.all.flatMap(featuresOf);
  if ('any' in rule) return rule.any.flatMap(featuresOf);
  return featuresOf(rule.not);
}

function wrap(rule: Rule): string {
  return 'feature' in rule ? describeRule(rule) : `(${describeRule(rule)})`;
}

function compare(a: number, op: 'gte' | 'gt' | 'lte' | 'lt' | 'eq', b: number): boolean {
  switch (op) {
    case 'gte':
      return a >= b;
    case 'gt':
      return a > b;
    case 'lte':
      return a <= b;
    case 'lt':
      return a < b;
    case 'eq':
      return a === b;
  }
}
