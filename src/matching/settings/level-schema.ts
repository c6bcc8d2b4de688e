import { z } from 'zod';

/**
 * One level of a comparison: a test on the two records' values, tried in order; the first that holds is the
 * pair's level. `column` overrides the comparison's column for this level only (e.g. a ZIP level inside an
 * address comparison); `m` is an optional starting value for expectation maximisation.
 */
const common = {
  label: z.string().min(1).optional(),
  column: z.string().min(1).optional(),
  m: z.number().gt(0).lt(1).optional(),
};

export const levelSchema = z.discriminatedUnion('kind', [
  /** Either record lacks the comparison's column: no evidence either way (Bayes factor 1). */
  z.object({ kind: z.literal('null'), ...common }),
  /** A shared value; with `tf`, the evidence is scaled by how rare the shared value is. */
  z.object({
    kind: z.literal('exact'),
    ...common,
    tf: z.boolean().optional(),
    /** Values shorter than this never agree at this level (an email user name "f.s" says little). */
    minLength: z.number().int().min(1).optional(),
  }),
  z.object({ kind: z.literal('jaroWinkler'), ...common, threshold: z.number().gt(0).lte(1) }),
  z.object({ kind: z.literal('levenshtein'), ...common, maxDistance: z.number().int().min(1).max(10) }),
  /** Double Metaphone: a shared primary or alternate code. */
  z.object({ kind: z.literal('phonetic'), ...common }),
  /** First names from one nickname group (Bill, William). */
  z.object({ kind: z.literal('nickname'), ...common }),
  z.object({ kind: z.literal('dateMonthDaySwapped'), ...common }),
  z.object({ kind: z.literal('dateYearOffByOne'), ...common }),
  z.object({ kind: z.literal('dateSameMonthDay'), ...common }),
  z.object({ kind: z.literal('dateSameYearMonth'), ...common }),
  z.object({ kind: z.literal('dateSameYear'), ...common }),
  /** The two dates are at most `days` apart (a birthday keyed a month or a year off). */
  z.object({ kind: z.literal('dateWithinDays'), ...common, days: z.number().int().min(1) }),
  /** The first `digits` characters agree (ZIP3: the same sectional centre). */
  z.object({ kind: z.literal('postalPrefix'), ...common, digits: z.number().int().min(1).max(9) }),
  /** The two columns are transposed between the records (given name and surname swapped). */
  z.object({ kind: z.literal('columnsSwapped'), ...common, otherColumn: z.string().min(1) }),
  /** Everything else: the values disagree. */
  z.object({ kind: z.literal('else'), ...common }),
]);

export type LevelSpec = z.output<typeof levelSchema>;
export type LevelKind = LevelSpec['kind'];

/** A readable default label, e.g. "Jaro-Winkler >= 0.92". */
export function defaultLevelLabel(level: LevelSpec): string {
  const on = level.column === undefined ? '' : ` (${level.column})`;
  switch (level.kind) {
    case 'null':
      return 'null';
    case 'exact':
      return `exact${level.tf === true ? ' (tf)' : ''}${on}`;
    case 'jaroWinkler':
      return `Jaro-Winkler >= ${String(level.threshold)}${on}`;
    case 'levenshtein':
      return `Levenshtein <= ${String(level.maxDistance)}${on}`;
    case 'phonetic':
      return `Double Metaphone${on}`;
    case 'nickname':
      return `nickname${on}`;
    case 'dateMonthDaySwapped':
      return `day/month swapped${on}`;
    case 'dateYearOffByOne':
      return `year off by one${on}`;
    case 'dateSameMonthDay':
      return `same month and day${on}`;
    case 'dateSameYearMonth':
      return `same year and month${on}`;
    case 'dateSameYear':
      return `same year${on}`;
    case 'dateWithinDays':
      return `within ${String(level.days)} days${on}`;
    case 'postalPrefix':
      return `first ${String(level.digits)} characters${on}`;
    case 'columnsSwapped':
      return `swapped with ${level.otherColumn}`;
    case 'else':
      return 'else';
  }
}
