import { z } from 'zod';

/**
 * Which identifier values count as generic (shared by too many unrelated people to be evidence) and are
 * treated as unknown by the resolution pipeline (see generic/detect-generic-values.ts). No columns: off.
 */
export const genericValuesSchema = z
  .object({
    columns: z.array(z.string().min(1)).default([]),
    /** More records than this hold the value: generic. Above a household's records (6 people x 5). */
    maxRecords: z.number().int().min(2).default(40),
    /** More mutually incompatible given names than this among its records: generic. Above a household's 6. */
    maxIncompatibleGivenNames: z.number().int().min(1).default(6),
    givenNameColumn: z.string().min(1).default('givenName'),
  })
  .prefault({});

export type GenericValuesSettings = z.output<typeof genericValuesSchema>;
