import { CITIES, STREET_NAMES, STREET_SUFFIXES } from './places';
import { Rng, WeightedTable } from './prng';
import { StreetAddress } from './types';

const CITY_TABLE = new WeightedTable(
  CITIES.map((_, i) => i),
  CITIES.map((c) => c.weight),
);
const SUFFIX_TABLE = new WeightedTable(STREET_SUFFIXES, STREET_SUFFIXES.map((s) => s.weight));

export function randomCityIndex(rng: Rng): number {
  return CITY_TABLE.pick(rng);
}

/** A street address in the city, its ZIP from the city's range. About 30% are apartments. */
export function randomAddress(rng: Rng, cityIndex: number): StreetAddress {
  const city = CITIES[cityIndex];
  if (city === undefined) throw new Error(`no city ${cityIndex}`);
  const apartment = rng.chance(0.3);
  const number = rng.chance(0.15) ? rng.int(1, 99) : rng.chance(0.7) ? rng.int(100, 4999) : rng.int(5000, 19999);
  const unit = apartment
    ? rng.weighted<string>([
        [String(rng.int(1, 30)), 4],
        [`${rng.int(1, 12)}${'ABCDEF'.charAt(rng.int(0, 5))}`, 3],
        [String(rng.int(1, 9) * 100 + rng.int(1, 24)), 3],
      ])
    : undefined;
  const predir = rng.chance(0.15) ? rng.pick(['N', 'S', 'E', 'W'] as const) : undefined;
  return {
    number: String(number),
    ...(predir === undefined ? {} : { predir }),
    street: rng.pick(STREET_NAMES),
    suffix: SUFFIX_TABLE.pick(rng),
    ...(unit === undefined ? {} : { unit }),
    cityIndex,
    zip5: city.zipPrefix + String(rng.int(city.zipFrom, city.zipTo)).padStart(2, '0'),
    zip4: rng.digits(4).replace(/^0/, '1'),
  };
}

/** The address as households.ndjson shows it (the clean, USPS-style form). */
export function plainAddress(a: StreetAddress): { line1: string; line2?: string; city: string; state: string; zip: string } {
  const city = CITIES[a.cityIndex];
  if (city === undefined) throw new Error(`no city ${a.cityIndex}`);
  const line1 = [a.number, a.predir, a.street, a.suffix.abbreviations[0] ?? a.suffix.full].filter((p) => p !== undefined).join(' ');
  return {
    line1,
    ...(a.unit === undefined ? {} : { line2: `Apt ${a.unit}` }),
    city: city.city,
    state: city.state,
    zip: a.zip5,
  };
}

export function sameAddress(a: StreetAddress, b: StreetAddress): boolean {
  return a.number === b.number && a.street === b.street && a.suffix === b.suffix && a.unit === b.unit && a.zip5 === b.zip5 && a.predir === b.predir;
}
