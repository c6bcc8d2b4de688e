import { CITIES } from './places';
import { randomPhone } from './phones';
import { Rng } from './prng';
import { PhoneNumber } from './types';
import { UniqueRegistry } from './unique-registry';

export const GROCERY_BANNERS = ['FreshWay', 'Valley Market', 'Harbor Foods'] as const;
export type GroceryBanner = (typeof GROCERY_BANNERS)[number];
export const FUEL_BANNER = 'QuickFuel';

export interface Store {
  storeId: string;
  banner: GroceryBanner;
  cityIndex: number;
  phone: PhoneNumber;
  /** In-store kiosks where shoppers log in to the web shop: one id is seen with many shoppers. */
  kioskIds: string[];
  /** How often cashiers key in the store's own phone for a shopper who gives none. */
  cashierPhoneHabit: number;
  hasPharmacy: boolean;
}

export interface Station {
  stationId: string;
  cityIndex: number;
}

export interface Catalogue {
  stores: Store[];
  stations: Station[];
  storesByCity: number[][];
  stationsByCity: number[][];
}

const HARBOR_CITIES = new Set(['Boston', 'Seattle', 'San Diego', 'Miami', 'Baltimore', 'Providence', 'Tampa', 'New Orleans', 'Honolulu', 'Anchorage']);

function bannerFor(rng: Rng, cityIndex: number): GroceryBanner {
  const city = CITIES[cityIndex];
  if (city === undefined) throw new Error(`no city ${cityIndex}`);
  if (HARBOR_CITIES.has(city.city) && rng.chance(0.7)) return 'Harbor Foods';
  if (city.utcOffset <= -7 && rng.chance(0.75)) return 'Valley Market';
  return 'FreshWay';
}

/** The chain's stores and fuel stations: a few per city, fixed for a seed. */
export function buildCatalogue(rng: Rng, registry: UniqueRegistry): Catalogue {
  const stores: Store[] = [];
  const stations: Station[] = [];
  const storesByCity: number[][] = [];
  const stationsByCity: number[][] = [];
  let storeNumber = 100;
  let stationNumber = 10;
  CITIES.forEach((city, cityIndex) => {
    const storeCount = Math.min(6, 1 + Math.round(city.weight / 6));
    const here: number[] = [];
    for (let i = 0; i < storeCount; i++) {
      storeNumber += rng.int(1, 9);
      const storeId = `S${String(storeNumber).padStart(4, '0')}`;
      const kiosks = rng.chance(0.2) ? rng.int(1, 2) : 0;
      here.push(stores.length);
      stores.push({
        storeId,
        banner: bannerFor(rng, cityIndex),
        cityIndex,
        phone: randomPhone(rng, city.areaCodes, registry),
        kioskIds: Array.from({ length: kiosks }, (_, k) => `kiosk-${storeId}-${k + 1}`),
        cashierPhoneHabit: rng.chance(0.15) ? 0.25 : 0.01,
        hasPharmacy: rng.chance(0.65),
      });
    }
    storesByCity.push(here);
    const stationCount = Math.max(1, Math.round(city.weight / 8));
    const stationsHere: number[] = [];
    for (let i = 0; i < stationCount; i++) {
      stationNumber += rng.int(1, 5);
      stationsHere.push(stations.length);
      stations.push({ stationId: `QF-${String(stationNumber).padStart(4, '0')}`, cityIndex });
    }
    stationsByCity.push(stationsHere);
  });
  return { stores, stations, storesByCity, stationsByCity };
}
