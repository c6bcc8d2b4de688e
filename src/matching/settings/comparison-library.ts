import type { ComparisonSpec } from './comparison-schema';
import type { LevelSpec } from './level-schema';

/**
 * Ready-made comparisons for person data, each a plain value that can be edited or serialised.
 * Levels run from the strongest agreement to the weakest, ending in `else`.
 */

const NULL: LevelSpec = { kind: 'null' };
const ELSE: LevelSpec = { kind: 'else' };

export interface NameOptions {
  /** Scale exact agreement by the name's frequency (Smith vs Zylstra). */
  tf?: boolean;
  /** Add the nickname level (first names only). */
  nicknames?: boolean;
  /** A column the name may have been swapped with (given name and surname transposed). */
  swappedWith?: string;
}

/** Names: exact, near-identical spelling, nickname, sound-alike, similar, else. */
export function nameComparison(name: string, column: string, options: NameOptions = {}): ComparisonSpec {
  const levels: LevelSpec[] = [NULL, { kind: 'exact', tf: options.tf ?? true }, { kind: 'jaroWinkler', threshold: 0.92 }];
  if (options.nicknames === true) levels.push({ kind: 'nickname' });
  levels.push({ kind: 'phonetic' }, { kind: 'jaroWinkler', threshold: 0.8 });
  if (options.swappedWith !== undefined) levels.push({ kind: 'columnsSwapped', otherColumn: options.swappedWith });
  levels.push(ELSE);
  return { name, column, levels };
}

/** Dates of birth (yyyy-mm-dd): exact, one keystroke off, day/month swapped, year off by one, same year, else. */
export function dateComparison(name: string, column: string): ComparisonSpec {
  return {
    name,
    column,
    levels: [
      NULL,
      { kind: 'exact' },
      { kind: 'levenshtein', maxDistance: 1, label: 'one character off' },
      { kind: 'dateMonthDaySwapped' },
      { kind: 'dateYearOffByOne' },
      { kind: 'dateSameMonthDay' },
      { kind: 'dateSameYear' },
      ELSE,
    ],
  };
}

/** Postal codes: exact, one digit off, same first `prefixDigits` digits, else. */
export function postalCodeComparison(name: string, column: string, prefixDigits = 3, tf = true): ComparisonSpec {
  return {
    name,
    column,
    levels: [
      NULL,
      { kind: 'exact', tf },
      { kind: 'levenshtein', maxDistance: 1, label: 'one digit off' },
      { kind: 'postalPrefix', digits: prefixDigits },
      ELSE,
    ],
  };
}

/** Identifiers keyed by hand (soc_sec_id, phone): exact, one or two keystrokes off, else. */
export function typedIdComparison(name: string, column: string): ComparisonSpec {
  return {
    name,
    column,
    levels: [NULL, { kind: 'exact' }, { kind: 'levenshtein', maxDistance: 1 }, { kind: 'levenshtein', maxDistance: 2 }, ELSE],
  };
}

/** Free text such as a street line or a suburb: exact, very similar, similar, else. */
export function textComparison(name: string, column: string, tf = false): ComparisonSpec {
  return {
    name,
    column,
    levels: [NULL, { kind: 'exact', tf }, { kind: 'jaroWinkler', threshold: 0.9 }, { kind: 'jaroWinkler', threshold: 0.7 }, ELSE],
  };
}

/** A value that either agrees or not (a device id, a loyalty card): exact, else. */
export function exactComparison(name: string, column: string, tf = false): ComparisonSpec {
  return { name, column, levels: [NULL, { kind: 'exact', tf }, ELSE] };
}
