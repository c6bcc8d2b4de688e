import { BehaviourEvent } from '../events/event-schemas';
import { decideField, Scope } from '../privacy';
import { consent } from '../privacy/testing/consent-fixtures';
import { addToBaseline, computeAffinities, emptyBaseline } from './affinities';
import { applyEvent, emptyState } from './behaviour-state';
import { defaultPolicy, gateInsights, insightCategories } from './policy-gate';
import { loadSegmentDefinitions } from './segment-definitions';

const POLICY = defaultPolicy();
const AT = new Date('2026-06-30T12:00:00Z');
const scope = (id: string): Scope => {
  const s = POLICY.scopes.get(id);
  if (s === undefined) throw new Error(`no scope ${id}`);
  return s;
};

// A customer in Virginia (sensitive data needs an opt-in there) who fills prescriptions and buys groceries.
const events: BehaviourEvent[] = [
  { eventId: 'rx-1', type: 'pharmacy_fill', occurredAt: '2026-06-20T10:00:00Z', customerId: 'C-1', storeId: 'S1', therapeuticClass: 'statin', copay: 10 },
  { eventId: 'rx-2', type: 'pharmacy_fill', occurredAt: '2026-06-25T10:00:00Z', customerId: 'C-1', storeId: 'S1', therapeuticClass: 'statin', copay: 10 },
  { eventId: 'p-1', type: 'purchase', occurredAt: '2026-06-26T10:00:00Z', customerId: 'C-1', banner: 'FreshWay', channel: 'in_store', lines: [{ sku: 'A', category: 'Dairy', brand: 'X', price: 4, quantity: 1, promo: false }] },
];
const state = emptyState();
const baseline = emptyBaseline();
for (const e of events) addToBaseline(baseline, applyEvent(state, e));
const affinities = computeAffinities(state, baseline, [], 'category', AT.getTime()).map((a) => ({ ...a, signal: 'INFERRED' as const }));
const context = { jurisdiction: 'VA', consents: [], signals: [], at: AT };

describe('policy gate of segments and affinities', () => {
  it('labels a health-inferred affinity with the policy categories of healthAffinities', () => {
    const pharmacy = affinities.find((a) => a.target === 'Pharmacy');
    expect(pharmacy).toBeDefined();
    expect(insightCategories(POLICY, 'affinity', pharmacy?.categories ?? []).sort()).toEqual(['health', 'inferred_profile']);
  });

  it('withholds the health-inferred affinity from email campaigns without an opt-in, and serves the grocery one', () => {
    const gated = gateInsights(POLICY, 'affinity', affinities, scope('email-campaigns'), context);
    expect(gated.served.map((a) => a.target)).toEqual(['Dairy']);
    expect(gated.withheld.map((w) => w.item.target)).toEqual(['Pharmacy']);
    expect(gated.withheld[0]?.decision.reasons.map((r) => r.code)).toContain('CONSENT_MISSING');
  });

  it('decideField on the same facts agrees (the engine decides, not the gate)', () => {
    const facts = { categories: ['inferred_profile', 'health'], signal: 'INFERRED' as const, source: null, linkConfidence: 1 };
    expect(decideField(POLICY, facts, scope('email-campaigns'), context).allowed).toBe(false);
    expect(decideField(POLICY, { ...facts, categories: ['inferred_profile'] }, scope('email-campaigns'), context).allowed).toBe(true);
  });

  it('serves the health affinity in the same scope once the customer opted in to health data for the purpose', () => {
    const optIn = { ...context, consents: [consent({ purpose: 'email_marketing', status: 'GRANTED', capturedAt: '2026-01-01T00:00:00Z', categories: ['health'] })] };
    const gated = gateInsights(POLICY, 'affinity', affinities, scope('email-campaigns'), optIn);
    expect(gated.served.map((a) => a.target).sort()).toEqual(['Dairy', 'Pharmacy']);
  });

  it('withholds the sensitive segments (health, precise location) from audience export', () => {
    const defs = loadSegmentDefinitions();
    const memberships = defs.map((d) => ({ segmentId: d.segmentId, categories: d.categories, signal: 'INFERRED' as const }));
    const gated = gateInsights(POLICY, 'segment', memberships, scope('audience-export'), context);
    expect(gated.withheld.map((w) => w.item.segmentId).sort()).toEqual(['fuel_regular', 'health_focused']);
    expect(gated.served.length).toBe(defs.length - 2);
  });
});
