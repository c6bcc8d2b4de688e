import { BehaviourEvent } from '../events/event-schemas';
import { addToBaseline, computeAffinities, emptyBaseline, LIFT_PRIOR } from './affinities';
import { applyEvent, emptyState } from './behaviour-state';
import { addDecayed, DAY_MS, mergeDecayed, valueAt } from './decay';

const NOW = Date.parse('2026-06-30T12:00:00Z');
const at = (daysAgo: number) => new Date(NOW - daysAgo * DAY_MS).toISOString();
let n = 0;
const buy = (daysAgo: number, category: string, brand = 'B'): BehaviourEvent => ({
  eventId: `e${String(n++)}`, type: 'purchase', occurredAt: at(daysAgo), customerId: 'C', banner: 'FreshWay', channel: 'in_store',
  lines: [{ sku: `${category}-1`, category, brand, price: 5, quantity: 1, promo: false }],
});

describe('time decay', () => {
  it('halves evidence every 30 days, in any order of arrival', () => {
    const t0 = NOW - 30 * DAY_MS;
    expect(valueAt({ s: 1, t: t0 }, NOW)).toBeCloseTo(0.5, 10);
    const inOrder = addDecayed(addDecayed(undefined, 1, t0), 1, NOW);
    const outOfOrder = addDecayed(addDecayed(undefined, 1, NOW), 1, t0);
    expect(valueAt(inOrder, NOW)).toBeCloseTo(1.5, 10);
    expect(valueAt(outOfOrder, NOW)).toBeCloseTo(1.5, 10);
    expect(valueAt(mergeDecayed({ s: 1, t: t0 }, { s: 1, t: NOW }) ?? { s: 0, t: 0 }, NOW)).toBeCloseTo(1.5, 10);
  });
});

describe('affinities', () => {
  // Population: most evidence is Dairy; Baby is rare.
  const population = emptyBaseline();
  const others = emptyState();
  for (let i = 0; i < 90; i++) addToBaseline(population, applyEvent(others, buy(i % 30, 'Dairy')));
  for (let i = 0; i < 10; i++) addToBaseline(population, applyEvent(others, buy(i % 30, 'Baby')));

  it('gives lift above 1 to a category the customer buys more than the population, below 1 to one bought less', () => {
    const me = emptyState();
    for (let i = 0; i < 6; i++) applyEvent(me, buy(i, 'Baby'));
    for (let i = 0; i < 6; i++) applyEvent(me, buy(i, 'Dairy'));
    const [baby, dairy] = computeAffinities(me, population, [], 'category', NOW);
    expect(baby?.target).toBe('Baby');
    expect(baby?.lift).toBeGreaterThan(3);
    expect(dairy?.target).toBe('Dairy');
    expect(dairy?.lift).toBeLessThan(1);
    expect(baby?.basis).toBe('IMPLICIT');
  });

  it('follows the formula: share = (x + a p) / (X + a), lift = share / p', () => {
    const me = emptyState();
    applyEvent(me, buy(0, 'Baby'));
    const baby = computeAffinities(me, population, [], 'category', NOW).find((a) => a.target === 'Baby');
    const popBaby = valueAt(population.categories.Baby ?? { s: 0, t: 0 }, NOW);
    const popAll = popBaby + valueAt(population.categories.Dairy ?? { s: 0, t: 0 }, NOW);
    const p = popBaby / popAll;
    expect(baby?.lift).toBeCloseTo((1 + LIFT_PRIOR * p) / (1 + LIFT_PRIOR) / p, 2);
    expect(baby?.confidence).toBeCloseTo(1 - Math.exp(-1 / 3), 3);
  });

  it('lets old evidence fade: the same purchases long ago give less confidence', () => {
    const recent = emptyState();
    const old = emptyState();
    for (let i = 0; i < 5; i++) applyEvent(recent, buy(i, 'Baby'));
    for (let i = 0; i < 5; i++) applyEvent(old, buy(120 + i, 'Baby'));
    const r = computeAffinities(recent, population, [], 'category', NOW)[0];
    const o = computeAffinities(old, population, [], 'category', NOW)[0];
    expect(o?.confidence).toBeLessThan((r?.confidence ?? 0) / 4);
  });

  it('keeps a stated preference as stated, ahead of inference, even when behaviour says otherwise', () => {
    const me = emptyState();
    for (let i = 0; i < 10; i++) applyEvent(me, buy(i, 'Baby'));
    const all = computeAffinities(me, population, [{ kind: 'category', target: 'Baby', polarity: 'DISLIKE', setAt: '2026-06-01T00:00:00.000Z' }, { kind: 'category', target: 'Organic', polarity: 'LIKE', setAt: '2026-06-01T00:00:00.000Z' }], 'category', NOW);
    // Ten Baby purchases do not turn the stated dislike into an implicit like.
    expect(all.map((a) => [a.target, a.basis])).toEqual([['Organic', 'EXPLICIT'], ['Baby', 'EXPLICIT']]);
    const baby = all.find((a) => a.target === 'Baby');
    expect(baby).toMatchObject({ basis: 'EXPLICIT', score: -10, confidence: 1, lift: null });
    expect(baby?.explanation).toMatch(/does not replace it/);
  });

  it('labels affinities to health and fuel categories for the policy', () => {
    const me = emptyState();
    applyEvent(me, { eventId: 'rx', type: 'pharmacy_fill', occurredAt: at(1), customerId: 'C', storeId: 'S', therapeuticClass: 'statin', copay: 5 });
    applyEvent(me, { eventId: 'fu', type: 'fuel_purchase', occurredAt: at(1), customerId: 'C', stationId: 'F', gallons: 9, amount: 30 });
    applyEvent(me, buy(1, 'Dairy'));
    const byTarget = new Map(computeAffinities(me, population, [], 'category', NOW).map((a) => [a.target, a.categories]));
    expect(byTarget.get('Pharmacy')).toEqual(['inferred_profile', 'health']);
    expect(byTarget.get('Fuel')).toEqual(['inferred_profile', 'precise_location']);
    expect(byTarget.get('Dairy')).toEqual(['inferred_profile']);
  });
});
