import { z } from 'zod';
import { defaultLevelLabel, levelSchema } from './level-schema';

/**
 * A comparison: one attribute's ordered levels, from "unknown" through "the same" and fuzzier agreements to
 * "different". The first level must be `null` and the last `else`; nothing else may be either.
 */
export const comparisonSchema = z
  .object({
    name: z.string().min(1),
    column: z.string().min(1),
    description: z.string().optional(),
    levels: z.array(levelSchema).min(3),
  })
  .superRefine((comparison, ctx) => {
    const kinds = comparison.levels.map((l) => l.kind);
    if (kinds[0] !== 'null') ctx.addIssue({ code: 'custom', message: 'the first level must be null', path: ['levels', 0] });
    if (kinds[kinds.length - 1] !== 'else') {
      ctx.addIssue({ code: 'custom', message: 'the last level must be else', path: ['levels', kinds.length - 1] });
    }
    kinds.forEach((kind, i) => {
      if ((kind === 'null' && i !== 0) || (kind === 'else' && i !== kinds.length - 1)) {
        ctx.addIssue({ code: 'custom', message: `${kind} may only be the ${kind === 'null' ? 'first' : 'last'} level`, path: ['levels', i] });
      }
    });
    const labels = comparison.levels.map((l) => l.label ?? defaultLevelLabel(l));
    const duplicate = labels.find((label, i) => labels.indexOf(label) !== i);
    if (duplicate !== undefined) ctx.addIssue({ code: 'custom', message: `two levels are labelled "${duplicate}"`, path: ['levels'] });
  });

export type ComparisonSpec = z.output<typeof comparisonSchema>;

/** The level labels of a comparison, defaults filled in. */
export function levelLabels(comparison: ComparisonSpec): string[] {
  return comparison.levels.map((l) => l.label ?? defaultLevelLabel(l));
}
