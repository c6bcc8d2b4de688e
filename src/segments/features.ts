import { BehaviourState, dayKey } from './behaviour-state';
import { sensitivityOf } from './catalogue';
import { DAY_MS } from './decay';

/** The recent window most features look at. */
export const RECENT_DAYS = 90;

/**
 * Per-customer features (signal OBSERVED: counted from what the customer did), computed from the aggregate at a
 * moment `now`. A feature is null when there is nothing to compute it from; a rule on a null feature is false.
 */
export const FEATURE_NAMES = [
  'recencyDays', 'frequency90d', 'monetary90d', 'lifetimeOrders', 'lifetimeSpend', 'avgBasketValue', 'avgBasketItems',
  'cadenceDays', 'cadenceRegularity', 'promoShare', 'categoryEntropy', 'newItemTrialRate', 'onlineShare', 'topBannerShare',
  'bannerCount', 'daysSinceFirstSeen', 'pharmacyFills90d', 'fuelVisits90d', 'healthSpendShare', 'webEvents', 'cartAbandons',
  'emailOpens', 'emailClicks',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number | null> & { channelMix: Record<string, number>; bannerMix: Record<string, number> };

export function computeFeatures(state: BehaviourState, now: number): Features {
  const since = dayKey(now - RECENT_DAYS * DAY_MS);
  const recent = Object.entries(state.days).filter(([day]) => day >= since && day <= dayKey(now));
  const sum = (pick: (b: (typeof recent)[number][1]) => number) => recent.reduce((acc, [, b]) => acc + pick(b), 0);
  const purchaseDays = Object.entries(state.days).filter(([, b]) => b.o > 0).map(([day]) => Date.parse(`${day}T00:00:00Z`)).sort((a, b) => a - b);
  const gaps = purchaseDays.slice(1).map((d, i) => (d - (purchaseDays[i] as number)) / DAY_MS);
  const mean = gaps.length > 0 ? gaps.reduce((a, b) => a + b, 0) / gaps.length : null;
  const sd = mean !== null && gaps.length > 0 ? Math.sqrt(gaps.reduce((a, g) => a + (g - mean) ** 2, 0) / gaps.length) : null;
  const channelMix = shares(state.channels);
  const bannerMix = shares(state.banners);
  const healthSpend = Object.entries(state.categories).filter(([c]) => sensitivityOf(c).includes('health')).reduce((a, [, t]) => a + t.spend, 0);
  const purchaseSpend = Object.values(state.categories).reduce((a, t) => a + t.spend, 0);
  return {
    recencyDays: state.lastPurchaseAt === null ? null : round((now - state.lastPurchaseAt) / DAY_MS, 1),
    frequency90d: sum((b) => b.o),
    monetary90d: round(sum((b) => b.s), 2),
    lifetimeOrders: state.orders,
    lifetimeSpend: round(state.spend, 2),
    avgBasketValue: state.orders > 0 ? round(state.spend / state.orders, 2) : null,
    avgBasketItems: state.orders > 0 ? round(state.items / state.orders, 2) : null,
    cadenceDays: mean === null ? null : round(mean, 2),
    // 1 when visits come at a fixed interval, falling to 0 as the gaps vary as much as their mean (coefficient of variation).
    cadenceRegularity: mean === null || sd === null || gaps.length < 3 || mean === 0 ? null : round(Math.max(0, 1 - sd / mean), 3),
    promoShare: state.lines > 0 ? round(state.promoLines / state.lines, 3) : null,
    categoryEntropy: state.lines > 0 ? round(entropy(Object.values(state.categories).map((t) => t.lines)), 3) : null,
    newItemTrialRate: state.lines > 0 ? round(state.newSkuLines / state.lines, 3) : null,
    onlineShare: state.orders > 0 ? round((state.channels.online ?? 0) / state.orders, 3) : null,
    topBannerShare: state.orders > 0 ? round(Math.max(...Object.values(bannerMix)), 3) : null,
    bannerCount: Object.keys(state.banners).length,
    daysSinceFirstSeen: state.firstAt === null ? null : round((now - state.firstAt) / DAY_MS, 1),
    pharmacyFills90d: sum((b) => b.f),
    fuelVisits90d: sum((b) => b.g),
    healthSpendShare: purchaseSpend > 0 ? round(healthSpend / purchaseSpend, 3) : null,
    webEvents: (state.web.view ?? 0) + (state.web.search ?? 0) + (state.web.add_to_cart ?? 0) + (state.web.cart_abandon ?? 0),
    cartAbandons: state.web.cart_abandon ?? 0,
    emailOpens: state.email.open ?? 0,
    emailClicks: state.email.click ?? 0,
    channelMix,
    bannerMix,
  };
}

/** Shannon entropy in bits of a distribution given by counts. */
export function entropy(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) return 0;
  return counts.reduce((h, c) => (c > 0 ? h - (c / total) * Math.log2(c / total) : h), 0);
}

function shares(counts: Record<string, number>): Record<string, number> {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, total > 0 ? round(v / total, 3) : 0]));
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
