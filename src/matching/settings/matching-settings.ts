import { z } from 'zod';
import { blockingRuleSchema } from './blocking-schema';
import { comparisonSchema } from './comparison-schema';
import { genericValuesSchema } from './generic-values-schema';

/** Settings format version: bump when a field's meaning changes, so old trained models are refused. */
export const SETTINGS_FORMAT_VERSION = 1;

export const uniqueConstraintSchema = z.object({
  /** A cluster may not hold two values of this column that differ by more than `maxEdits` edits. */
  column: z.string().min(1),
  /** Values this close may be one value with a typo (a soc_sec_id keyed wrong), not a conflict. */
  maxEdits: z.number().int().min(0).max(5).default(0),
  /**
   * `givenName`: the values are first names, and names that are compatible (equal, one a short form of the
   * other, a nickname, a near spelling) do not conflict. Catches household members (Maria and Christian at
   * one address) whose shared address, phone and surname outweigh the names in a pairwise score.
   *
   * `date`: yyyy-mm-dd values that may be one date keyed wrong (one character off within the year, day and
   * month swapped, the same day and month a year off) do not conflict; counting edits would let 1960 and
   * 1988 pass as two edits, and a father and son of one name merge.
   */
  compatibility: z.enum(['edits', 'givenName', 'date']).default('edits'),
});

export const matchingSettingsSchema = z
  .object({
    formatVersion: z.literal(SETTINGS_FORMAT_VERSION),
    name: z.string().min(1),
    description: z.string().optional(),
    comparisons: z.array(comparisonSchema).min(1),
    /** Rules that produce the candidate pairs to score. */
    blockingRules: z.array(blockingRuleSchema).min(1),
    /** Rules whose pairs train m by expectation maximisation (each holds its own columns' m fixed). */
    trainingBlockingRules: z.array(blockingRuleSchema).min(1),
    training: z
      .object({
        /** Random pairs drawn to estimate u (the chance of each level among non-matching pairs). */
        uSampleSize: z.number().int().min(100).default(300_000),
        seed: z.union([z.string(), z.number()]).default('identity-graph-matching'),
        emMaxIterations: z.number().int().min(1).max(500).default(50),
        /** EM stops when no m moves more than this. */
        emTolerance: z.number().positive().default(1e-5),
        /** Starting share of matches among a training rule's pairs. */
        emInitialLambda: z.number().gt(0).lt(1).default(0.3),
        /**
         * Matched pairs added to every level when EM sets m (0 turns it off): as u gets half a sampled pair
         * per level, so no m is zero and no single rare level vetoes a pair.
         */
        mPseudoCount: z.number().min(0).max(100).default(0),
        /**
         * Rounds of taking the true matches among the random pairs out of u and training m and the prior
         * again (see training/correct-u.ts); 0 keeps u as sampled. Three rounds reach a fixed point on the
         * sets measured.
         */
        uCorrectionRounds: z.number().int().min(0).max(10).default(3),
      })
      .prefault({}),
    threshold: z
      .object({
        /** The model's own estimated precision the link threshold must reach. */
        targetPrecision: z.number().gt(0).lte(1).default(0.995),
        /** Never link below this probability, whatever the estimate says. */
        minimumProbability: z.number().gt(0).lt(1).default(0.5),
      })
      .prefault({}),
    clustering: z
      .object({
        maxClusterSize: z.number().int().min(2).default(50),
        uniqueConstraints: z.array(uniqueConstraintSchema).default([]),
      })
      .prefault({}),
    genericValues: genericValuesSchema,
  })
  .superRefine((settings, ctx) => {
    const names = settings.comparisons.map((c) => c.name);
    const duplicate = names.find((name, i) => names.indexOf(name) !== i);
    if (duplicate !== undefined) ctx.addIssue({ code: 'custom', message: `two comparisons are named "${duplicate}"`, path: ['comparisons'] });
  });

export type MatchingSettings = z.output<typeof matchingSettingsSchema>;
export type MatchingSettingsInput = z.input<typeof matchingSettingsSchema>;

/** Validates settings (throws a ZodError listing every problem) and fills in the defaults. */
export function parseMatchingSettings(input: unknown): MatchingSettings {
  return matchingSettingsSchema.parse(input);
}
