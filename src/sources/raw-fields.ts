import { z } from 'zod';

/**
 * Field types shared by the source formats. Every format is flat so that the same record can arrive as an
 * NDJSON object or a CSV row: CSV cells are strings, so booleans and lists also accept their text forms.
 */
const MAX_TEXT = 200;

export const requiredText = z.string().trim().min(1).max(MAX_TEXT);
export const optionalText = z
  .string()
  .trim()
  .max(MAX_TEXT)
  .optional()
  .transform((v) => (v === '' ? undefined : v));

const TRUE_WORDS = new Set(['true', '1', 'yes', 'y']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'n', '']);

export const flag = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || typeof v === 'boolean') return v ?? false;
    const word = v.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
    ctx.addIssue({ code: 'custom', message: 'must be true or false (or yes/no, 1/0)' });
    return z.NEVER;
  });

/** A list of ids: a JSON array, or in CSV one cell with `;` between the values. */
export const idList = z
  .union([z.array(z.string().trim().max(MAX_TEXT)), z.string()])
  .optional()
  .transform((v) => {
    const items = typeof v === 'string' ? v.split(';') : (v ?? []);
    return items.map((s) => s.trim()).filter((s) => s.length > 0);
  });

/** The time the source last changed the record: an ISO 8601 date or date-time. */
export const sourceTimestamp = z
  .string()
  .trim()
  .min(1)
  .refine((v) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v)), {
    message: 'must be an ISO 8601 date or date-time, e.g. 2024-05-01T10:00:00Z',
  })
  .transform((v) => new Date(v).toISOString());

export const addressFields = {
  addressLine1: optionalText,
  addressLine2: optionalText,
  city: optionalText,
  state: optionalText,
  zip: optionalText,
};
