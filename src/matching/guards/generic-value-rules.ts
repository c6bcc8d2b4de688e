import { z } from 'zod';

/**
 * When a shared value stops being evidence that its holders are one person. A store's phone, a kiosk, an
 * address of a care home or a family inbox is held by many records or by several people; such a value is
 * marked generic and never links people again (it stays as household evidence).
 */
export const genericValueRulesSchema = z.object({
  /** More holders than this make any value generic. */
  maxHolders: z.number().int().min(2).default(25),
  /** Per identifier type (`phone`, `email`, `device`...), overriding `maxHolders`. */
  maxHoldersByType: z.record(z.string(), z.number().int().min(2)).default({}),
  /** A value whose holders carry this many mutually incompatible given names belongs to several people. */
  maxDistinctPeople: z.number().int().min(2).default(3),
  /** Types the people rule does not apply to: several people at one address is a household, not noise. */
  peopleRuleExempt: z.array(z.string()).default(['postal_address']),
  /** Given names read per value to count people: enough to see three people, bounded for dense values. */
  givenNameSample: z.number().int().min(2).max(1000).default(50),
});

export type GenericValueRules = z.output<typeof genericValueRulesSchema>;

export const DEFAULT_GENERIC_VALUE_RULES: GenericValueRules = genericValueRulesSchema.parse({
  // Families of four or five share a landline and an inbox; the people rule catches those, this the rest.
  maxHoldersByType: { loyalty_card: 12, postal_address: 40 },
});
