/**
 * Which product categories reveal something sensitive. A category named here makes every affinity on it, and
 * every segment built on it, carry the policy's data category, so the privacy engine can withhold it.
 * Matching is case-insensitive on the category name as events carry it.
 */
export const SENSITIVE_PRODUCT_CATEGORIES: Readonly<Record<string, readonly ('health' | 'precise_location')[]>> = {
  pharmacy: ['health'],
  'health & wellness': ['health'],
  'diabetes care': ['health'],
  'vitamins & supplements': ['health'],
  'baby formula': ['health'],
  fuel: ['precise_location'],
};

/** The category name a pharmacy fill and a fuel purchase count under. */
export const PHARMACY_CATEGORY = 'Pharmacy';
export const FUEL_CATEGORY = 'Fuel';

export function sensitivityOf(category: string): readonly ('health' | 'precise_location')[] {
  return SENSITIVE_PRODUCT_CATEGORIES[category.trim().toLowerCase()] ?? [];
}
