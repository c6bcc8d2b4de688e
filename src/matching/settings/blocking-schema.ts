import { z } from 'zod';

/**
 * A blocking rule as a value: records are compared only when they share a key of at least one rule.
 * A rule's key joins one transformed value of each part (several values give several keys).
 */
export const blockingKeyPartSchema = z.object({
  column: z.string().min(1),
  transform: z.enum(['exact', 'doubleMetaphone', 'firstLetter', 'prefix', 'year']).default('exact'),
  /** For `prefix`: how many characters. */
  length: z.number().int().min(1).max(20).optional(),
});

export const blockingRuleSchema = z.object({
  name: z.string().min(1),
  parts: z.array(blockingKeyPartSchema).min(1),
  /** Blocks larger than this are skipped (and reported): a kiosk phone shared by hundreds is no evidence. */
  maxBlockSize: z.number().int().min(2).default(500),
});

export type BlockingKeyPart = z.output<typeof blockingKeyPartSchema>;
export type BlockingRule = z.output<typeof blockingRuleSchema>;
export type BlockingRuleInput = z.input<typeof blockingRuleSchema>;

/** The columns a rule reads: comparisons on them are held fixed while training on the rule's pairs. */
export function blockingColumns(rule: BlockingRule): string[] {
  return [...new Set(rule.parts.map((p) => p.column))];
}
