import type { z } from 'zod';
import type { SourceSystem } from '../../src/model/source-system';
import type { crmAdapter } from '../../src/sources/crm';
import type { ecommerceAdapter } from '../../src/sources/ecommerce';
import type { fuelAdapter } from '../../src/sources/fuel';
import type { loyaltyAdapter } from '../../src/sources/loyalty';
import type { pharmacyAdapter } from '../../src/sources/pharmacy';
import type { posAdapter } from '../../src/sources/pos';
import type { webAdapter } from '../../src/sources/web';

/**
 * The raw input format of each source, taken from the source adapters' zod schemas (type-only imports, so
 * the generator does not load the ingestion code at run time, yet will not compile if a format changes).
 */
export interface SourceRecordMap {
  ecommerce: z.input<typeof ecommerceAdapter.schema>;
  pos: z.input<typeof posAdapter.schema>;
  loyalty: z.input<typeof loyaltyAdapter.schema>;
  pharmacy: z.input<typeof pharmacyAdapter.schema>;
  fuel: z.input<typeof fuelAdapter.schema>;
  web: z.input<typeof webAdapter.schema>;
  crm: z.input<typeof crmAdapter.schema>;
}

export type SourceRecord = SourceRecordMap[SourceSystem];

/**
 * Fields of a record whose value belongs to another household member or to the whole household (a shared
 * loyalty card, family payment card, family email, landline, shared tablet, a guardian's phone): evidence of
 * the household, not of the person. The truth's personId is still the person the record is about.
 */
export type HouseholdSignal = 'loyaltyCard' | 'cardToken' | 'paymentToken' | 'nameOnCard' | 'email' | 'receiptEmail' | 'phone' | 'cookieIds' | 'appInstallIds';

/** Drops keys whose value is undefined or an empty list, so absent optional fields are omitted. */
export function compact<T extends object>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out as T;
}
