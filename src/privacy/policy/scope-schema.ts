import { z } from 'zod';
import { SOURCE_SYSTEMS } from '../../model';
import { CHANNELS } from '../consent/channel';
import { ANY, consentTopicId, jurisdictionId, scopeId } from './policy-ids';

/**
 * What a caller may see: one purpose, over one channel, for customers of some jurisdictions, from some sources,
 * through links at least this confident. `aggregate` says the caller only computes aggregates, which is what
 * aggregate-only obligations require.
 */
export const scopeSchema = z.strictObject({
  id: scopeId,
  description: z.string().min(1),
  purpose: consentTopicId,
  channel: z.enum(CHANNELS),
  jurisdictions: z.union([z.literal(ANY), z.array(jurisdictionId).min(1)]),
  sources: z.array(z.enum(SOURCE_SYSTEMS)).min(1),
  minLinkConfidence: z.number().min(0).max(1),
  aggregate: z.boolean(),
});

export type Scope = z.infer<typeof scopeSchema>;
