import { BehaviourEvent } from '../events/event-schemas';
import { FUEL_CATEGORY, PHARMACY_CATEGORY } from './catalogue';
import { addDecayed, DAY_MS, Decayed, mergeDecayed } from './decay';

/** One day of activity: orders, spend, items, basket lines, promo lines, pharmacy fills, fuel visits. */
export interface DayBucket {
  o: number;
  s: number;
  i: number;
  l: number;
  p: number;
  f: number;
  g: number;
}

/** What a customer did with one category or brand. `d` is the time-decayed evidence behind its affinity. */
export interface TargetStats {
  lines: number;
  spend: number;
  views: number;
  d: Decayed;
}

/**
 * The aggregate a customer's events fold into (a BehaviourProfile node holds it as JSON). Everything in it is
 * a sum, a count, a min/max or a decayed sum, so two states merge exactly (customers merged by matching), and
 * windowed features come from the day buckets of the last WINDOW_DAYS days.
 */
export interface BehaviourState {
  v: 1;
  events: number;
  firstAt: number | null;
  lastAt: number | null;
  firstPurchaseAt: number | null;
  lastPurchaseAt: number | null;
  orders: number;
  spend: number;
  items: number;
  lines: number;
  promoLines: number;
  /** Lines whose SKU the customer had not bought before (trial of new items). */
  newSkuLines: number;
  days: Record<string, DayBucket>;
  categories: Record<string, TargetStats>;
  brands: Record<string, TargetStats>;
  /** SKUs bought, most recent last, capped at SKU_MEMORY. */
  skus: string[];
  channels: Record<string, number>;
  banners: Record<string, number>;
  pharmacyFills: number;
  fuelVisits: number;
  web: Record<string, number>;
  email: Record<string, number>;
}

export const WINDOW_DAYS = 120;
export const SKU_MEMORY = 400;
/** Affinity evidence per kind of event: a bought line counts 1, an add-to-cart 0.5, a product view 0.2. */
export const EVIDENCE_WEIGHT = { line: 1, pharmacyFill: 1, fuel: 1, view: 0.2, search: 0.2, add_to_cart: 0.5, cart_abandon: 0.3 } as const;

export function emptyState(): BehaviourState {
  return {
    v: 1, events: 0, firstAt: null, lastAt: null, firstPurchaseAt: null, lastPurchaseAt: null, orders: 0, spend: 0, items: 0, lines: 0, promoLines: 0, newSkuLines: 0,
    days: {}, categories: {}, brands: {}, skus: [], channels: {}, banners: {}, pharmacyFills: 0, fuelVisits: 0, web: {}, email: {},
  };
}

export function dayKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The change one event makes to the population baseline (category and brand evidence), for the caller to add up. */
export interface EvidenceDelta {
  kind: 'category' | 'brand';
  target: string;
  weight: number;
  at: number;
}

/** Folds one event into a state (mutates and returns it) and returns the affinity evidence it added. */
export function applyEvent(state: BehaviourState, event: BehaviourEvent): EvidenceDelta[] {
  const at = Date.parse(event.occurredAt);
  const evidence: EvidenceDelta[] = [];
  const touch = (kind: 'category' | 'brand', target: string, weight: number, spend: number, lines: number, views: number) => {
    const map = kind === 'category' ? state.categories : state.brands;
    const stats = map[target] ?? { lines: 0, spend: 0, views: 0, d: { s: 0, t: at } };
    stats.lines += lines;
    stats.spend = round2(stats.spend + spend);
    stats.views += views;
    stats.d = addDecayed(stats.d, weight, at);
    map[target] = stats;
    evidence.push({ kind, target, weight, at });
  };
  state.events += 1;
  state.firstAt = state.firstAt === null ? at : Math.min(state.firstAt, at);
  state.lastAt = state.lastAt === null ? at : Math.max(state.lastAt, at);
  const bucket = () => (state.days[dayKey(at)] ??= { o: 0, s: 0, i: 0, l: 0, p: 0, f: 0, g: 0 });

  switch (event.type) {
    case 'purchase': {
      markPurchase(state, at);
      const b = bucket();
      const seen = new Set(state.skus);
      let spend = 0;
      for (const line of event.lines) {
        spend += line.price;
        state.items += line.quantity;
        state.lines += 1;
        if (line.promo) state.promoLines += 1;
        if (!seen.has(line.sku)) {
          state.newSkuLines += 1;
          seen.add(line.sku);
        }
        state.skus = [...state.skus.filter((s) => s !== line.sku), line.sku];
        b.i += line.quantity;
        b.l += 1;
        if (line.promo) b.p += 1;
        touch('category', line.category, EVIDENCE_WEIGHT.line, line.price, 1, 0);
        touch('brand', line.brand, EVIDENCE_WEIGHT.line, line.price, 1, 0);
      }
      if (state.skus.length > SKU_MEMORY) state.skus = state.skus.slice(state.skus.length - SKU_MEMORY);
      state.orders += 1;
      state.spend = round2(state.spend + spend);
      b.o += 1;
      b.s = round2(b.s + spend);
      state.channels[event.channel] = (state.channels[event.channel] ?? 0) + 1;
      state.banners[event.banner] = (state.banners[event.banner] ?? 0) + 1;
      break;
    }
    case 'pharmacy_fill':
      state.pharmacyFills += 1;
      bucket().f += 1;
      touch('category', PHARMACY_CATEGORY, EVIDENCE_WEIGHT.pharmacyFill, event.copay, 0, 0);
      break;
    case 'fuel_purchase':
      state.fuelVisits += 1;
      bucket().g += 1;
      touch('category', FUEL_CATEGORY, EVIDENCE_WEIGHT.fuel, event.amount, 0, 0);
      break;
    case 'web': {
      state.web[event.action] = (state.web[event.action] ?? 0) + 1;
      state.web[`channel:${event.channel}`] = (state.web[`channel:${event.channel}`] ?? 0) + 1;
      const weight = EVIDENCE_WEIGHT[event.action];
      if (event.category !== undefined) touch('category', event.category, weight, 0, 0, 1);
      if (event.brand !== undefined) touch('brand', event.brand, weight, 0, 0, 1);
      break;
    }
    case 'email':
      state.email[event.action] = (state.email[event.action] ?? 0) + 1;
      break;
  }
  pruneDays(state);
  return evidence;
}

function markPurchase(state: BehaviourState, at: number): void {
  state.firstPurchaseAt = state.firstPurchaseAt === null ? at : Math.min(state.firstPurchaseAt, at);
  state.lastPurchaseAt = state.lastPurchaseAt === null ? at : Math.max(state.lastPurchaseAt, at);
}

/** Drops day buckets older than the window before the latest event. */
function pruneDays(state: BehaviourState): void {
  if (state.lastAt === null) return;
  const oldest = dayKey(state.lastAt - WINDOW_DAYS * DAY_MS);
  for (const key of Object.keys(state.days)) if (key < oldest) delete state.days[key];
}

/** Two customers' states as one (a merge by matching). New-item counts of the two stay as they were. */
export function mergeStates(a: BehaviourState, b: BehaviourState): BehaviourState {
  const min = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.min(x, y));
  const max = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.max(x, y));
  const sumMap = (x: Record<string, number>, y: Record<string, number>) => {
    const out = { ...x };
    for (const [k, v] of Object.entries(y)) out[k] = (out[k] ?? 0) + v;
    return out;
  };
  const mergeTargets = (x: Record<string, TargetStats>, y: Record<string, TargetStats>) => {
    const out: Record<string, TargetStats> = { ...x };
    for (const [k, v] of Object.entries(y)) {
      const o = out[k];
      out[k] = o === undefined ? v : { lines: o.lines + v.lines, spend: round2(o.spend + v.spend), views: o.views + v.views, d: mergeDecayed(o.d, v.d) ?? v.d };
    }
    return out;
  };
  const days: Record<string, DayBucket> = { ...a.days };
  for (const [k, v] of Object.entries(b.days)) {
    const o = days[k];
    days[k] = o === undefined ? v : { o: o.o + v.o, s: round2(o.s + v.s), i: o.i + v.i, l: o.l + v.l, p: o.p + v.p, f: o.f + v.f, g: o.g + v.g };
  }
  const merged: BehaviourState = {
    v: 1,
    events: a.events + b.events,
    firstAt: min(a.firstAt, b.firstAt),
    lastAt: max(a.lastAt, b.lastAt),
    firstPurchaseAt: min(a.firstPurchaseAt, b.firstPurchaseAt),
    lastPurchaseAt: max(a.lastPurchaseAt, b.lastPurchaseAt),
    orders: a.orders + b.orders,
    spend: round2(a.spend + b.spend),
    items: a.items + b.items,
    lines: a.lines + b.lines,
    promoLines: a.promoLines + b.promoLines,
    newSkuLines: a.newSkuLines + b.newSkuLines,
    days,
    categories: mergeTargets(a.categories, b.categories),
    brands: mergeTargets(a.brands, b.brands),
    skus: [...new Set([...a.skus, ...b.skus])].slice(-SKU_MEMORY),
    channels: sumMap(a.channels, b.channels),
    banners: sumMap(a.banners, b.banners),
    pharmacyFills: a.pharmacyFills + b.pharmacyFills,
    fuelVisits: a.fuelVisits + b.fuelVisits,
    web: sumMap(a.web, b.web),
    email: sumMap(a.email, b.email),
  };
  pruneDays(merged);
  return merged;
}

export function parseState(json: string | null | undefined): BehaviourState {
  if (json === null || json === undefined || json === '') return emptyState();
  const parsed = JSON.parse(json) as BehaviourState;
  return parsed.v === 1 ? parsed : emptyState();
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
