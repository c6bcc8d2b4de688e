import type { AdversarialOptions } from './adversarial';
import { IdAllocator } from './ids';
import { NoiseProfile } from './noise';
import { Rng } from './prng';
import { Catalogue } from './stores';
import { Dated, Millis, YMD } from './types';
import { UniqueRegistry } from './unique-registry';

export const DAY_MS = 86_400_000;
export const YEAR_MS = 365.25 * DAY_MS;

/** Everything shared while one dataset is generated: fixed for a seed, walked household by household. */
export interface GenerationContext {
  rng: Rng;
  /** The dataset's "now": records are stamped within the three years before it. */
  asOf: Millis;
  windowStart: Millis;
  registry: UniqueRegistry;
  catalogue: Catalogue;
  ids: IdAllocator;
  noise: NoiseProfile;
  /** The adversarial cases to add (adversarial.ts); absent for everyday data. */
  adversarial?: AdversarialOptions;
  nextPersonId(): string;
  nextHouseholdId(): string;
}

/** The value a history holds at time `at`. */
export function valueAt<T>(history: readonly Dated<T>[], at: Millis): T | undefined {
  let current: T | undefined;
  for (const entry of history) if (entry.from <= at) current = entry.value;
  return current;
}

/** The value before the latest change that happened by `at` (what a stale record still shows). */
export function previousValueAt<T>(history: readonly Dated<T>[], at: Millis): T | undefined {
  let previous: T | undefined;
  let current: T | undefined;
  for (const entry of history) {
    if (entry.from > at) break;
    previous = current;
    current = entry.value;
  }
  return previous;
}

export function ageAt(birth: YMD, at: Millis): number {
  const t = new Date(at);
  let age = t.getUTCFullYear() - birth.y;
  if (t.getUTCMonth() + 1 < birth.m || (t.getUTCMonth() + 1 === birth.m && t.getUTCDate() < birth.d)) age--;
  return age;
}

/** The moment a person born on `birth` turns `years`. */
export function birthdayMillis(birth: YMD, years: number): Millis {
  return Date.UTC(birth.y + years, birth.m - 1, birth.d);
}
