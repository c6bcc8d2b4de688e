import { emptyState } from './behaviour-state';
import { computeFeatures, Features } from './features';
import { evaluateSegments, loadSegmentDefinitions } from './segment-definitions';
import { describeRule, evaluateRule, Rule, RULE_SCHEMA } from './segment-rules';

const base = computeFeatures(emptyState(), 0);
const features = (overrides: Partial<Features>): Features => ({ ...base, ...overrides });

describe('segment rules', () => {
  const explorer: Rule = { all: [{ feature: 'categoryEntropy', op: 'gte', value: 3 }, { feature: 'newItemTrialRate', op: 'gte', value: 0.4 }] };

  it('matches when every comparison of an all holds, and says why with the values', () => {
    const outcome = evaluateRule(explorer, features({ categoryEntropy: 3.4, newItemTrialRate: 0.52 }));
    expect(outcome).toEqual({ matched: true, reason: 'categoryEntropy 3.4 >= 3 and newItemTrialRate 0.52 >= 0.4' });
  });

  it('does not match below a threshold and names the failing comparison', () => {
    const outcome = evaluateRule(explorer, features({ categoryEntropy: 3.4, newItemTrialRate: 0.39 }));
    expect(outcome).toEqual({ matched: false, reason: 'not: newItemTrialRate 0.39 >= 0.4' });
  });

  it('treats an unknown feature as not meeting the rule', () => {
    expect(evaluateRule({ feature: 'cadenceRegularity', op: 'gte', value: 0.5 }, features({ cadenceRegularity: null })).matched).toBe(false);
    expect(evaluateRule({ not: { feature: 'recencyDays', op: 'lt', value: 5 } }, features({ recencyDays: 10 })).matched).toBe(true);
  });

  it('any matches on one branch and reports the branches that held', () => {
    const rule: Rule = { any: [{ feature: 'pharmacyFills90d', op: 'gte', value: 2 }, { feature: 'healthSpendShare', op: 'gte', value: 0.15 }] };
    expect(evaluateRule(rule, features({ pharmacyFills90d: 0, healthSpendShare: 0.2 }))).toEqual({ matched: true, reason: 'healthSpendShare 0.2 >= 0.15' });
    expect(describeRule(rule)).toBe('pharmacyFills90d >= 2 OR healthSpendShare >= 0.15');
  });

  it('rejects a rule on an unknown feature or operator', () => {
    expect(RULE_SCHEMA.safeParse({ feature: 'shoeSize', op: 'gte', value: 1 }).success).toBe(false);
    expect(RULE_SCHEMA.safeParse({ feature: 'recencyDays', op: 'approx', value: 1 }).success).toBe(false);
    expect(RULE_SCHEMA.safeParse({ all: [{ feature: 'recencyDays', op: 'lt', value: 1 }] }).success).toBe(true);
  });

  it('the built-in definitions load, are versioned, owned, and label sensitive segments', () => {
    const defs = loadSegmentDefinitions();
    expect(defs.map((d) => d.segmentId).sort()).toEqual(['explorer', 'frequent', 'fuel_regular', 'health_focused', 'lapsed', 'new', 'routine_shopper', 'saver', 'vip']);
    expect(defs.find((d) => d.segmentId === 'health_focused')?.categories).toContain('health');
    expect(defs.find((d) => d.segmentId === 'fuel_regular')?.categories).toContain('precise_location');
    for (const d of defs) expect(d.owner.length).toBeGreaterThan(0);
  });

  it('puts a weekly same-basket shopper in routine_shopper and a promotion hunter in saver', () => {
    const defs = loadSegmentDefinitions();
    const routine = evaluateSegments(defs, features({ cadenceRegularity: 0.95, newItemTrialRate: 0.05, lifetimeOrders: 20, recencyDays: 2, daysSinceFirstSeen: 150, frequency90d: 13, promoShare: 0.08 }));
    expect(routine.map((m) => m.segmentId).sort()).toEqual(['frequent', 'routine_shopper']);
    const saver = evaluateSegments(defs, features({ promoShare: 0.7, lifetimeOrders: 15, recencyDays: 50, daysSinceFirstSeen: 170 }));
    expect(saver.map((m) => m.segmentId).sort()).toEqual(['lapsed', 'saver']);
  });
});
