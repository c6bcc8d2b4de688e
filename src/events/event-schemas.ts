import { z } from 'zod';
import { SOURCE_SYSTEMS } from '../model';

/**
 * Behavioural event formats (strict: an unknown field is an error, as for source records). Every event names
 * its subject either by a source record (`source` + `sourceId`, resolved through RESOLVES_TO when it is
 * aggregated) or by a customer id (an absorbed id resolves to its survivor). Events carry no free text typed by
 * the customer (no search terms, no email addresses): only ids, categories, brands and amounts.
 */
const text = z.string().trim().min(1).max(120);
const money = z.number().finite().min(0).max(100_000);
const isoTime = z
  .string()
  .trim()
  .refine((v) => /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)), {
    message: 'must be an ISO 8601 date-time with a zone, e.g. 2026-05-01T10:00:00Z',
  })
  .transform((v) => new Date(v).toISOString());

const subject = {
  eventId: z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9:_.-]+$/, 'may hold letters, digits and : _ . - only'),
  occurredAt: isoTime,
  customerId: text.optional(),
  source: z.enum(SOURCE_SYSTEMS).optional(),
  sourceId: text.optional(),
};

export const BASKET_LINE = z.strictObject({
  sku: text,
  category: text,
  brand: text,
  /** Price paid for the line (all units), after promotions. */
  price: money,
  quantity: z.number().int().min(1).max(1000).default(1),
  /** Bought on a promotion or with a coupon. */
  promo: z.boolean().default(false),
});
export type BasketLine = z.infer<typeof BASKET_LINE>;

export const PURCHASE_EVENT = z.strictObject({
  ...subject,
  type: z.literal('purchase'),
  banner: text,
  storeId: text.optional(),
  channel: z.enum(['in_store', 'online']),
  lines: z.array(BASKET_LINE).min(1).max(500),
});

/** A prescription filled at a pharmacy: health by nature. No drug name, only a therapeutic class. */
export const PHARMACY_FILL_EVENT = z.strictObject({
  ...subject,
  type: z.literal('pharmacy_fill'),
  storeId: text,
  therapeuticClass: text,
  copay: money,
});

/** A fuel purchase at a station: a precise location by nature. */
export const FUEL_PURCHASE_EVENT = z.strictObject({
  ...subject,
  type: z.literal('fuel_purchase'),
  stationId: text,
  gallons: z.number().finite().min(0).max(500),
  amount: money,
});

export const WEB_EVENT = z.strictObject({
  ...subject,
  type: z.literal('web'),
  action: z.enum(['view', 'search', 'add_to_cart', 'cart_abandon']),
  channel: z.enum(['web', 'app']),
  sku: text.optional(),
  category: text.optional(),
  brand: text.optional(),
});

export const EMAIL_EVENT = z.strictObject({
  ...subject,
  type: z.literal('email'),
  action: z.enum(['open', 'click']),
  campaignId: text,
});

export const BEHAVIOUR_EVENT = z.discriminatedUnion('type', [PURCHASE_EVENT, PHARMACY_FILL_EVENT, FUEL_PURCHASE_EVENT, WEB_EVENT, EMAIL_EVENT]);
export type BehaviourEvent = z.infer<typeof BEHAVIOUR_EVENT>;
export type EventType = BehaviourEvent['type'];
export const EVENT_TYPES: readonly EventType[] = ['purchase', 'pharmacy_fill', 'fuel_purchase', 'web', 'email'];

/** Where an event points: a source record key or a customer id. */
export function subjectOf(event: BehaviourEvent): { recordKey: string | null; customerId: string | null } {
  return {
    recordKey: event.source !== undefined && event.sourceId !== undefined ? `${event.source}:${event.sourceId}` : null,
    customerId: event.customerId ?? null,
  };
}
