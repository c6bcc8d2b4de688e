import { BehaviourEvent } from '../events/event-schemas';
import { applyEvent, emptyState, mergeStates } from './behaviour-state';
import { DAY_MS } from './decay';
import { computeFeatures, entropy } from './features';

const NOW = Date.parse('2026-06-30T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW - d * DAY_MS).toISOString();
let n = 0;
function purchase(d: number, lines: [string, string, string, number, boolean][], channel: 'in_store' | 'online' = 'in_store', banner = 'FreshWay'): BehaviourEvent {
  return { eventId: `e${String(n++)}`, type: 'purchase', occurredAt: daysAgo(d), customerId: 'C-1', banner, channel, lines: lines.map(([sku, category, brand, price, promo]) => ({ sku, category, brand, price, quantity: 1, promo })) };
}

describe('features', () => {
  it('computes recency, frequency, monetary and basket size over the last 90 days', () => {
    const s = emptyState();
    applyEvent(s, purchase(100, [['A', 'Dairy', 'X', 10, false]]));
    applyEvent(s, purchase(20, [['A', 'Dairy', 'X', 10, false], ['B', 'Produce', 'Y', 5, true]]));
    applyEvent(s, purchase(3, [['C', 'Bakery', 'Z', 4, false]], 'online', 'Valley Market'));
    const f = computeFeatures(s, NOW);
    expect(f.recencyDays).toBe(3);
    expect(f.frequency90d).toBe(2);
    expect(f.monetary90d).toBe(19);
    expect(f.lifetimeOrders).toBe(3);
    expect(f.lifetimeSpend).toBe(29);
    expect(f.avgBasketItems).toBeCloseTo(4 / 3, 2);
    expect(f.promoShare).toBe(0.25);
    // SKU A bought twice: the second time is not a trial.
    expect(f.newItemTrialRate).toBe(0.75);
    expect(f.onlineShare).toBe(0.333);
    expect(f.channelMix).toEqual({ in_store: 0.667, online: 0.333 });
    expect(f.bannerMix).toEqual({ FreshWay: 0.667, 'Valley Market': 0.333 });
  });

  it('measures cadence and regularity from the gaps between purchase days', () => {
    const weekly = emptyState();
    for (const d of [35, 28, 21, 14, 7, 0]) applyEvent(weekly, purchase(d, [['A', 'Dairy', 'X', 10, false]]));
    expect(computeFeatures(weekly, NOW)).toMatchObject({ cadenceDays: 7, cadenceRegularity: 1 });
    const erratic = emptyState();
    for (const d of [60, 58, 30, 29, 2]) applyEvent(erratic, purchase(d, [['A', 'Dairy', 'X', 10, false]]));
    const f = computeFeatures(erratic, NOW);
    expect(f.cadenceDays).toBe(14.5);
    expect(f.cadenceRegularity).toBeLessThan(0.2);
  });

  it('has entropy 0 for one category and log2(k) for k equal ones', () => {
    expect(entropy([5])).toBe(0);
    expect(entropy([2, 2, 2, 2])).toBeCloseTo(2, 10);
    expect(entropy([])).toBe(0);
  });

  it('leaves features unknown (null) without purchases', () => {
    const f = computeFeatures(emptyState(), NOW);
    expect(f).toMatchObject({ recencyDays: null, promoShare: null, cadenceRegularity: null, frequency90d: 0 });
  });

  it('counts pharmacy fills and fuel visits as sensitive features, and health spend share', () => {
    const s = emptyState();
    applyEvent(s, { eventId: 'rx1', type: 'pharmacy_fill', occurredAt: daysAgo(10), customerId: 'C-1', storeId: 'S1', therapeuticClass: 'statin', copay: 10 });
    applyEvent(s, { eventId: 'f1', type: 'fuel_purchase', occurredAt: daysAgo(5), customerId: 'C-1', stationId: 'F1', gallons: 10, amount: 36 });
    applyEvent(s, purchase(4, [['D', 'Diabetes Care', 'G', 20, false], ['E', 'Dairy', 'X', 80, false]]));
    const f = computeFeatures(s, NOW);
    expect(f).toMatchObject({ pharmacyFills90d: 1, fuelVisits90d: 1 });
    // Spend by category: Pharmacy 10 (copay), Fuel 36, Diabetes Care 20, Dairy 80 -> health 30 / 146.
    expect(f.healthSpendShare).toBeCloseTo(30 / 146, 3);
  });

  it('merges two customers exactly as if one had done both', () => {
    const a = emptyState();
    const b = emptyState();
    const both = emptyState();
    const events = [purchase(30, [['A', 'Dairy', 'X', 10, true]]), purchase(10, [['B', 'Produce', 'Y', 5, false]]), purchase(1, [['C', 'Bakery', 'Z', 4, false]], 'online')];
    events.forEach((e, i) => {
      applyEvent(i % 2 === 0 ? a : b, e);
      applyEvent(both, e);
    });
    const merged = computeFeatures(mergeStates(a, b), NOW);
    expect(merged).toEqual(computeFeatures(both, NOW));
  });
});
