import { formatPhone, MIXED_PHONE_STYLES } from './formats';
import { Rng } from './prng';
import { Catalogue } from './stores';
import { PhoneNumber } from './types';

/**
 * Harder cases for evaluating a matcher, added on top of the everyday data when asked for (the demo set
 * and every default run stay as they were). Each is a way real retail data tempts a matcher to join two
 * different people.
 */
export interface AdversarialOptions {
  /** Chance per household unit of adult twins living with their parents: same birth date, home, surname. */
  adultTwins: number;
  /** Chance that a family household without a shared email gets one (on top of the everyday 14%). */
  familyEmail: number;
  /**
   * Chance that a POS or fuel record carries a phone that looks real but is the one shoppers give to avoid
   * giving theirs, (area code) 867-5309: a valid number, so the adapters keep it.
   */
  validJunkPhone: number;
  /** Chance that a web record was made at the chain's busiest store kiosk, wherever the shopper lives. */
  busyKiosk: number;
  /** Chance that a POS record with no phone gets the busiest store's phone, keyed in by a cashier. */
  busyStorePhone: number;
}

/** Rates that put hundreds of records on the busy kiosk and store phone at 2,000 people. */
export const DEFAULT_ADVERSARIAL: AdversarialOptions = {
  adultTwins: 0.015,
  familyEmail: 0.35,
  validJunkPhone: 0.03,
  busyKiosk: 0.2,
  busyStorePhone: 0.3,
};

export function adversarialOptions(option: boolean | Partial<AdversarialOptions> | undefined): AdversarialOptions | undefined {
  if (option === undefined || option === false) return undefined;
  return option === true ? DEFAULT_ADVERSARIAL : { ...DEFAULT_ADVERSARIAL, ...option };
}

/**
 * A stream for one adversarial decision, forked by label from the seed: drawing from it never shifts the
 * everyday streams, so turning the cases on adds to the data rather than reshuffling it.
 */
export function adversarialRng(rng: Rng, label: string): Rng {
  return rng.fork(`adversarial:${label}`);
}

/** The store whose kiosk and phone the busy cases use: the first store with a kiosk, else the first. */
export function busyStore(catalogue: Catalogue): { kioskId: string; phone: PhoneNumber } {
  const store = catalogue.stores.find((s) => s.kioskIds.length > 0) ?? catalogue.stores[0];
  if (store === undefined) throw new Error('the catalogue has no store');
  return { kioskId: store.kioskIds[0] ?? `kiosk-${store.storeId}-1`, phone: store.phone };
}

export function validJunkPhone(rng: Rng, areaCodes: readonly string[]): string {
  return formatPhone({ area: rng.pick(areaCodes), exchange: '867', line: '5309' }, rng.weighted(MIXED_PHONE_STYLES));
}
