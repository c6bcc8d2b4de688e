import { z } from 'zod';
import { CHANNELS } from './channel';

export const CONSENT_STATUSES = ['GRANTED', 'DENIED', 'REVOKED'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** Where the customer expressed the choice. */
export const CONSENT_SOURCES = [
  'preference_center',
  'account_signup',
  'checkout',
  'pharmacy_counter',
  'email_link',
  'sms_reply',
  'call_center',
  'mobile_app',
  'in_store',
  'browser_signal',
  'data_import',
] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

export const EVIDENCE_KINDS = ['web_form', 'signed_authorization', 'recorded_call', 'email_click', 'sms_keyword', 'browser_header', 'import_batch'] as const;

const isoDateTime = z.iso.datetime({ offset: true });

/**
 * One choice of one customer about one purpose (or authorization) over one channel (`any` = every channel).
 * `categories` narrows the record to data categories ("use my health data for personalization"); empty means
 * the purpose in general. Evidence points at the stored proof (form version and submission, signed document);
 * it holds a reference, never the customer's data.
 */
export const consentRecordSchema = z
  .strictObject({
    customerId: z.string().min(1),
    purpose: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be a purpose or authorization id'),
    channel: z.enum(CHANNELS),
    categories: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be a category id')).default([]),
    status: z.enum(CONSENT_STATUSES),
    source: z.enum(CONSENT_SOURCES),
    capturedAt: isoDateTime,
    expiresAt: isoDateTime.nullable().default(null),
    evidence: z.strictObject({ kind: z.enum(EVIDENCE_KINDS), reference: z.string().min(1).max(200) }),
  })
  .refine((r) => r.expiresAt === null || Date.parse(r.expiresAt) > Date.parse(r.capturedAt), {
    message: 'must be later than capturedAt',
    path: ['expiresAt'],
  });

export type ConsentRecord = z.infer<typeof consentRecordSchema>;
