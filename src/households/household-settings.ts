import { z } from 'zod';
import { ConfigError } from '../errors';
import { HOUSEHOLD_SIGNAL_KINDS, HouseholdSignalKind } from './household-signals';

export interface HouseholdSettings {
  /**
   * Probability-like weight of each signal; a pair's confidence combines the distinct signals it shares as
   * 1 - Π(1 - weight). A shared surname only ever adds to another signal: alone it is a namesake.
   */
  weights: Record<HouseholdSignalKind, number>;
  /** A pair below this confidence is not evidence of a household; members are proposed at or above it. */
  minConfidence: number;
  /** Most customers one proposed household may hold; stronger pairs are joined first up to this size. */
  maxHouseholdSize: number;
  /**
   * A value held by more active customers than this is not household evidence (a store's address or phone
   * keyed in by cashiers, a shared inbox). Identifier.generic values never are.
   */
  maxCustomersPerValue: number;
  /** Customers read per transaction, and households written per transaction. */
  pageSize: number;
  /**
   * How far a run for given customers follows shared values to find who else to plan with. Customers at
   * the last hop are planned with but not written, since their own neighbours were not read.
   */
  maxNeighbourHops: number;
}

export const DEFAULT_HOUSEHOLD_SETTINGS: HouseholdSettings = {
  weights: {
    shared_address: 0.6,
    shared_surname: 0.5,
    shared_payment_card: 0.7,
    shared_loyalty_card: 0.7,
    shared_device: 0.6,
    shared_email: 0.55,
    shared_phone: 0.4,
  },
  minConfidence: 0.55,
  maxHouseholdSize: 10,
  maxCustomersPerValue: 12,
  pageSize: 500,
  maxNeighbourHops: 4,
};

const probability = z.number().min(0).max(1);
const settingsSchema = z.strictObject({
  weights: z.strictObject(Object.fromEntries(HOUSEHOLD_SIGNAL_KINDS.map((k) => [k, probability])) as Record<HouseholdSignalKind, typeof probability>),
  minConfidence: z.number().gt(0).max(1),
  maxHouseholdSize: z.number().int().min(2),
  maxCustomersPerValue: z.number().int().min(2),
  pageSize: z.number().int().min(1).max(10_000),
  maxNeighbourHops: z.number().int().min(1).max(10),
});

/** Defaults overlaid with `overrides`, checked as a whole: every problem is reported at once. */
export function householdSettings(overrides: Partial<HouseholdSettings> = {}): HouseholdSettings {
  const merged = { ...DEFAULT_HOUSEHOLD_SETTINGS, ...overrides, weights: { ...DEFAULT_HOUSEHOLD_SETTINGS.weights, ...overrides.weights } };
  const parsed = settingsSchema.safeParse(merged);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `households.${i.path.join('.')}: ${i.message}`));
  }
  return parsed.data;
}
