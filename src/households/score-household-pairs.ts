import { HouseholdSettings } from './household-settings';
import { CustomerSignals, HOUSEHOLD_IDENTIFIER_SIGNALS, HeldValue, HouseholdSignalKind } from './household-signals';
import { shareSurname, surnameParts } from './surname-parts';

/** Two customers who share household evidence, with the confidence it adds up to. */
export interface ScoredPair {
  a: string;
  b: string;
  confidence: number;
  signals: HouseholdSignalKind[];
  /** Identifier and Device keys behind the signals (a surname has no node, so no key). */
  keys: string[];
}

export function signalOf(value: HeldValue): HouseholdSignalKind {
  return value.type === 'device' ? 'shared_device' : HOUSEHOLD_IDENTIFIER_SIGNALS[value.type];
}

/** A value too common to say anything about a household: marked generic, or held by too many customers. */
export function isUsableValue(value: HeldValue, settings: HouseholdSettings): boolean {
  return !value.generic && value.holders <= settings.maxCustomersPerValue;
}

/**
 * Every pair of customers that share at least one usable value, scored. Pairs are found through the values
 * (an inverted index), never by comparing all customers, and a surname alone never makes a pair.
 */
export function scoreHouseholdPairs(customers: readonly CustomerSignals[], settings: HouseholdSettings): ScoredPair[] {
  const holdersOf = new Map<string, { value: HeldValue; customerIds: string[] }>();
  for (const customer of customers) {
    for (const value of customer.values) {
      if (!isUsableValue(value, settings)) continue;
      const entry = holdersOf.get(value.key) ?? { value, customerIds: [] };
      if (!entry.customerIds.includes(customer.customerId)) entry.customerIds.push(customer.customerId);
      holdersOf.set(value.key, entry);
    }
  }
  const shared = new Map<string, { a: string; b: string; values: HeldValue[] }>();
  for (const { value, customerIds } of holdersOf.values()) {
    const ids = [...customerIds].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [ids[i]!, ids[j]!];
        const id = `${a}\n${b}`;
        const entry = shared.get(id) ?? { a, b, values: [] };
        entry.values.push(value);
        shared.set(id, entry);
      }
    }
  }
  const surnames = new Map(customers.map((c) => [c.customerId, surnameParts(c.familyNames)]));
  return [...shared.values()].map(({ a, b, values }) => {
    const signals = new Set<HouseholdSignalKind>(values.map(signalOf));
    if (shareSurname(surnames.get(a) ?? new Set(), surnames.get(b) ?? new Set())) signals.add('shared_surname');
    return {
      a,
      b,
      confidence: combine([...signals].map((s) => settings.weights[s])),
      signals: [...signals].sort(),
      keys: values.map((v) => v.key).sort(),
    };
  });
}

/** Distinct signals as independent evidence (noisy-OR), rounded so re-runs compare equal. */
function combine(weights: number[]): number {
  const miss = weights.reduce((p, w) => p * (1 - w), 1);
  return Math.round((1 - miss) * 1e6) / 1e6;
}
