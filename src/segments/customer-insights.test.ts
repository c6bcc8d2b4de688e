import { BehaviourEvent } from '../events/event-schemas';
import { addToBaseline, emptyBaseline } from './affinities';
import { applyEvent, emptyState } from './behaviour-state';
import { CustomerBehaviour, householdAffinities, membershipViews } from './customer-insights';
import { DAY_MS } from './decay';
import { loadSegmentDefinitions } from './segment-definitions';

const NOW = Date.parse('2026-06-30T12:00:00Z');
let n = 0;
const buy = (customerId: string, daysAgo: number, category: string): BehaviourEvent => ({
  eventId: `e${String(n++)}`, type: 'purchase', occurredAt: new Date(NOW - daysAgo * DAY_MS).toISOString(), customerId, banner: 'FreshWay', channel: 'in_store',
  lines: [{ sku: `${category}-${String(n % 3)}`, category, brand: `${category} Co`, price: 5, quantity: 1, promo: false }],
});

describe('household affinities', () => {
  // The population buys mostly Dairy and Produce; one member buys baby products, the other craft beer.
  const baseline = emptyBaseline();
  const crowd = emptyState();
  for (let i = 0; i < 200; i++) addToBaseline(baseline, applyEvent(crowd, buy('crowd', i % 40, i % 2 === 0 ? 'Dairy' : 'Produce')));
  const behaviour = (customerId: string, categories: string[]): CustomerBehaviour => {
    const state = emptyState();
    for (let i = 0; i < 12; i++) for (const c of categories) addToBaseline(baseline, applyEvent(state, buy(customerId, i * 3, c)));
    return { customerId, state, preferences: [], memberships: [] };
  };
  const parent = behaviour('C-1', ['Baby', 'Dairy']);
  const partner = behaviour('C-2', ['Wine & Beer', 'Dairy']);
  const members = [{ customerId: 'C-1', status: 'CONFIRMED' }, { customerId: 'C-2', status: 'PROPOSED' }];
  const view = householdAffinities(members, new Map([['C-1', parent], ['C-2', partner]]), baseline, 'category', 3, NOW);

  it('keeps each member\'s distinct taste in their own persona instead of averaging it away', () => {
    expect(view.personas.map((p) => [p.customerId, p.distinct])).toEqual([['C-1', ['Baby']], ['C-2', ['Wine & Beer']]]);
    expect(view.personas[0]?.top[0]?.target).toBe('Baby');
    expect(view.personas[1]?.top[0]?.target).toBe('Wine & Beer');
  });

  it('combines the members\' evidence for the household view, where a shared staple is not distinct to anyone', () => {
    const combined = view.combined.map((a) => a.target);
    expect(combined).toEqual(expect.arrayContaining(['Baby', 'Wine & Beer']));
    for (const p of view.personas) expect(p.distinct).not.toContain('Dairy');
  });

  it('explains memberships with the definition, version, owner, since and reason', () => {
    const [view1] = membershipViews(loadSegmentDefinitions(), [{ segmentId: 'saver', version: 1, since: '2026-06-01T00:00:00.000Z', reason: 'promoShare 0.7 >= 0.5 and lifetimeOrders 9 >= 3', evaluatedAt: null }]);
    expect(view1).toMatchObject({ name: 'Saver', kind: 'persona', sensitive: false, signal: 'INFERRED' });
    expect(view1?.explanation).toBe('Saver (v1, owner personalization) since 2026-06-01T00:00:00.000Z: promoShare 0.7 >= 0.5 and lifetimeOrders 9 >= 3');
  });
});
