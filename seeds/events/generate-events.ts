import { Rng } from '../prng';
import { buildProductCatalogue, EVERYDAY_CATEGORIES, HEALTH_CATEGORIES, Product, STORE_BRAND } from './event-catalogue';

/** A person of the record set, with the source records events can name. */
export interface EventPerson {
  personId: string;
  records: { source: string; sourceId: string }[];
}

export type Persona = 'saver' | 'explorer' | 'routine' | 'casual';
export type Lifecycle = 'steady' | 'lapsed' | 'new';

/** What the generator meant a person to be: the ground truth segment results are checked against. */
export interface PersonaTruth {
  personId: string;
  persona: Persona;
  lifecycle: Lifecycle;
  vip: boolean;
  health: boolean;
}

export interface EventGenerationOptions {
  seed: string;
  /** The stream's end ("now"); events fall in the `days` before it. */
  end: Date;
  days?: number;
}

const DAY = 86_400_000;
const BANNERS = ['FreshWay', 'Valley Market', 'Harbor Foods'];
const PERSONAS: readonly (readonly [Persona, number])[] = [['saver', 0.22], ['explorer', 0.18], ['routine', 0.25], ['casual', 0.35]];
const THERAPEUTIC_CLASSES = ['statin', 'antihypertensive', 'antidiabetic', 'antibiotic', 'antihistamine'];

/**
 * A deterministic behavioural event stream for a set of people with built-in personas:
 * - Savers buy on promotion (about 70% of lines) and the store brand, from a few categories;
 * - Explorers buy across every category and keep trying new items, online and in store, in several banners;
 * - Routine Shoppers come every 7 days and buy the same basket;
 * - casual shoppers come every 1 to 4 weeks.
 * On top: some lapse (no purchases in their last 60-100 days), some are new (first event in the last 25 days),
 * some are VIPs (bigger baskets), some fill prescriptions and buy health products. Pharmacy fills, fuel, web and
 * email events come from the person's pharmacy, fuel, web and CRM records.
 */
export function generateEvents(people: readonly EventPerson[], options: EventGenerationOptions): { events: Record<string, unknown>[]; truth: PersonaTruth[] } {
  const catalogue = buildProductCatalogue(options.seed);
  const days = options.days ?? 180;
  const end = options.end.getTime();
  const start = end - days * DAY;
  const events: Record<string, unknown>[] = [];
  const truth: PersonaTruth[] = [];
  for (const person of people) {
    const rng = new Rng(`${options.seed}/events/${person.personId}`);
    const persona = rng.weighted(PERSONAS);
    const lifecycleRoll = rng.next();
    const lifecycle: Lifecycle = lifecycleRoll < 0.12 ? 'lapsed' : lifecycleRoll < 0.2 ? 'new' : 'steady';
    const vip = persona !== 'casual' && rng.chance(0.15);
    const recordOf = (...sources: string[]) => {
      for (const s of sources) {
        const r = person.records.find((x) => x.source === s);
        if (r) return r;
      }
      return undefined;
    };
    const health = recordOf('pharmacy') !== undefined && rng.chance(0.5);
    truth.push({ personId: person.personId, persona, lifecycle, vip, health });
    const from = lifecycle === 'new' ? end - rng.int(5, 25) * DAY : start + rng.int(0, 6) * DAY;
    const purchaseUntil = lifecycle === 'lapsed' ? end - rng.int(60, 100) * DAY : end - DAY / 2;
    let n = 0;
    const id = (type: string) => `ev-${type}-${person.personId}-${String(n++)}`;
    const at = (ms: number) => new Date(Math.min(ms, end - 60_000)).toISOString();

    // Purchases.
    const inStore = recordOf('loyalty', 'pos');
    const online = recordOf('ecommerce');
    if (inStore || online) {
      const homeBanner = rng.pick(BANNERS);
      const favourites = rng.shuffle([...EVERYDAY_CATEGORIES]).slice(0, persona === 'saver' ? 5 : 6);
      const usualBasket = favourites.flatMap((c) => rng.shuffle([...(catalogue.get(c) ?? [])]).slice(0, 2));
      let t = from + rng.int(0, 3) * DAY + rng.int(9, 19) * 3_600_000;
      while (t < purchaseUntil) {
        const channel = online && (!inStore || (persona === 'explorer' ? rng.chance(0.4) : rng.chance(0.1))) ? 'online' : 'in_store';
        const subject = channel === 'online' ? online : inStore;
        if (subject) {
          const lines = basket(rng, persona, vip, usualBasket, favourites, catalogue, health);
          const banner = persona === 'explorer' ? rng.pick(BANNERS) : rng.chance(0.9) ? homeBanner : rng.pick(BANNERS);
          events.push({ eventId: id('purchase'), type: 'purchase', occurredAt: at(t), source: subject.source, sourceId: subject.sourceId, banner, storeId: `S0${String(rng.int(100, 399))}`, channel, lines });
        }
        t += gapDays(rng, persona, vip) * DAY + (persona === 'routine' ? rng.int(-1, 1) * 1_800_000 : rng.int(-3, 3) * 3_600_000);
      }
    }
    // Pharmacy fills: monthly per therapeutic class.
    const pharmacy = recordOf('pharmacy');
    if (pharmacy && health) {
      const classes = rng.shuffle([...THERAPEUTIC_CLASSES]).slice(0, rng.int(1, 2));
      for (const therapeuticClass of classes) {
        for (let t = from + rng.int(0, 20) * DAY; t < end; t += rng.int(28, 33) * DAY) {
          events.push({ eventId: id('rx'), type: 'pharmacy_fill', occurredAt: at(t), source: pharmacy.source, sourceId: pharmacy.sourceId, storeId: `S0${String(rng.int(100, 399))}`, therapeuticClass, copay: rng.int(0, 40) });
        }
      }
    }
    // Fuel: every one to two weeks.
    const fuel = recordOf('fuel');
    if (fuel) {
      for (let t = from + rng.int(0, 10) * DAY; t < end; t += rng.int(6, 16) * DAY) {
        const gallons = Math.round((8 + rng.next() * 10) * 10) / 10;
        events.push({ eventId: id('fuel'), type: 'fuel_purchase', occurredAt: at(t), source: fuel.source, sourceId: fuel.sourceId, stationId: `F${String(rng.int(1000, 1999))}`, gallons, amount: Math.round(gallons * 3.6 * 100) / 100 });
      }
    }
    // Web and app sessions: about weekly, browsing the person's own tastes (explorers browse everything).
    const web = recordOf('web');
    if (web) {
      const tastes = persona === 'explorer' ? EVERYDAY_CATEGORIES : rng.shuffle([...EVERYDAY_CATEGORIES]).slice(0, 4);
      for (let t = from + rng.int(0, 7) * DAY; t < end; t += rng.int(4, 12) * DAY) {
        const channel = rng.chance(0.5) ? 'app' : 'web';
        const product = rng.pick(catalogue.get(rng.pick(tastes)) ?? []);
        events.push({ eventId: id('web'), type: 'web', occurredAt: at(t), source: web.source, sourceId: web.sourceId, action: 'search', channel, category: product.category });
        events.push({ eventId: id('web'), type: 'web', occurredAt: at(t + 60_000), source: web.source, sourceId: web.sourceId, action: 'view', channel, sku: product.sku, category: product.category, brand: product.brand });
        if (rng.chance(0.4)) {
          events.push({ eventId: id('web'), type: 'web', occurredAt: at(t + 120_000), source: web.source, sourceId: web.sourceId, action: 'add_to_cart', channel, sku: product.sku, category: product.category, brand: product.brand });
          if (rng.chance(0.3)) events.push({ eventId: id('web'), type: 'web', occurredAt: at(t + 1_800_000), source: web.source, sourceId: web.sourceId, action: 'cart_abandon', channel, sku: product.sku, category: product.category, brand: product.brand });
        }
      }
    }
    // Email: a weekly campaign; savers open most.
    const crm = recordOf('crm');
    if (crm) {
      const openRate = persona === 'saver' ? 0.6 : 0.3;
      for (let week = 0; start + week * 7 * DAY < end; week++) {
        const t = start + week * 7 * DAY + rng.int(1, 30) * 3_600_000;
        if (t < from || !rng.chance(openRate)) continue;
        events.push({ eventId: id('email'), type: 'email', occurredAt: at(t), source: crm.source, sourceId: crm.sourceId, action: 'open', campaignId: `CMP-${String(week)}` });
        if (rng.chance(0.25)) events.push({ eventId: id('email'), type: 'email', occurredAt: at(t + 300_000), source: crm.source, sourceId: crm.sourceId, action: 'click', campaignId: `CMP-${String(week)}` });
      }
    }
  }
  events.sort((a, b) => String(a.occurredAt).localeCompare(String(b.occurredAt)) || String(a.eventId).localeCompare(String(b.eventId)));
  return { events, truth };
}

function gapDays(rng: Rng, persona: Persona, vip: boolean): number {
  switch (persona) {
    case 'routine':
      return 7;
    case 'saver':
      return vip ? rng.int(4, 7) : rng.int(5, 12);
    case 'explorer':
      return vip ? rng.int(3, 6) : rng.int(4, 10);
    case 'casual':
      return rng.int(8, 30);
  }
}

function basket(rng: Rng, persona: Persona, vip: boolean, usual: readonly Product[], favourites: readonly string[], catalogue: Map<string, Product[]>, health: boolean): Record<string, unknown>[] {
  const products: Product[] = [];
  const size = (lo: number, hi: number) => Math.round(rng.int(lo, hi) * (vip ? 2 : 1));
  switch (persona) {
    case 'routine':
      products.push(...usual);
      if (rng.chance(0.1)) products.push(rng.pick(catalogue.get(rng.pick(favourites)) ?? []));
      break;
    case 'saver':
      for (let i = 0; i < size(6, 12); i++) {
        const options = catalogue.get(rng.pick(favourites)) ?? [];
        const storeBrand = options.filter((p) => p.brand === STORE_BRAND);
        products.push(rng.pick(rng.chance(0.6) && storeBrand.length > 0 ? storeBrand : options));
      }
      break;
    case 'explorer':
      for (let i = 0; i < size(8, 14); i++) products.push(rng.pick(catalogue.get(rng.pick(EVERYDAY_CATEGORIES)) ?? []));
      break;
    case 'casual':
      for (let i = 0; i < size(3, 9); i++) products.push(rng.chance(0.7) ? rng.pick(usual) : rng.pick(catalogue.get(rng.pick(favourites)) ?? []));
      break;
  }
  if (health && rng.chance(0.5)) products.push(rng.pick(catalogue.get(rng.pick(HEALTH_CATEGORIES)) ?? []));
  const promoRate = persona === 'saver' ? 0.75 : persona === 'explorer' ? 0.2 : persona === 'routine' ? 0.08 : 0.25;
  return products.map((p) => {
    const quantity = rng.chance(0.2) ? 2 : 1;
    const promo = rng.chance(promoRate);
    const price = Math.round(p.price * quantity * (promo ? 0.75 : 1) * (vip ? 1.5 : 1) * 100) / 100;
    return { sku: p.sku, category: p.category, brand: p.brand, price, quantity, promo };
  });
}
