import { MatchRecord, valuesOf } from '../records/match-record';
import type { LevelSpec } from '../settings/level-schema';
import { monthDaySwapped, sameMonthAndDay, sameYear, sameYearAndMonth, withinDays, yearOffByOne } from './dates';
import { areNicknameEquivalent } from './nicknames';
import { phoneticMatch } from './phonetic';
import { samePostalPrefix } from './postal';
import { jaroWinkler, levenshtein } from './string-similarity';
import { abs } from '../numeric';

/** Whether a pair of records satisfies a level (the null and else levels are decided by the caller). */
export type PairPredicate = (left: MatchRecord, right: MatchRecord) => boolean;
type ValueTest = (a: string, b: string) => boolean;

/** True when some value of the left record and some value of the right record pass the test. */
export function anyValuePair(left: readonly string[], right: readonly string[], test: ValueTest): boolean {
  for (const a of left) for (const b of right) if (test(a, b)) return true;
  return false;
}

function onColumn(column: string, test: ValueTest): PairPredicate {
  return (left, right) => anyValuePair(valuesOf(left, column), valuesOf(right, column), test);
}

const exact: ValueTest = (a, b) => a === b;

/** Compiles a level (other than null and else) into a predicate over the comparison's column. */
export function compileLevel(level: LevelSpec, comparisonColumn: string): PairPredicate {
  const column = level.column ?? comparisonColumn;
  switch (level.kind) {
    case 'null':
    case 'else':
      throw new Error(`the ${level.kind} level is not a test`);
    case 'exact': {
      const minLength = level.minLength ?? 0;
      return onColumn(column, minLength === 0 ? exact : (a, b) => a === b && a.length >= minLength);
    }
    case 'jaroWinkler': {
      const threshold = level.threshold;
      return onColumn(column, (a, b) => a === b || jaroWinkler(a, b) >= threshold);
    }
    case 'levenshtein': {
      const max = level.maxDistance;
      return onColumn(column, (a, b) => abs(a.length - b.length) <= max && levenshtein(a, b) <= max);
    }
    case 'phonetic':
      return onColumn(column, phoneticMatch);
    case 'nickname':
      return onColumn(column, areNicknameEquivalent);
    case 'dateMonthDaySwapped':
      return onColumn(column, monthDaySwapped);
    case 'dateYearOffByOne':
      return onColumn(column, yearOffByOne);
    case 'dateSameMonthDay':
      return onColumn(column, sameMonthAndDay);
    case 'dateSameYearMonth':
      return onColumn(column, sameYearAndMonth);
    case 'dateSameYear':
      return onColumn(column, sameYear);
    case 'dateWithinDays': {
      const days = level.days;
      return onColumn(column, (a, b) => withinDays(a, b, days));
    }
    case 'postalPrefix': {
      const digits = level.digits;
      return onColumn(column, (a, b) => samePostalPrefix(a, b, digits));
    }
    case 'columnsSwapped': {
      const other = level.otherColumn;
      return (left, right) =>
        anyValuePair(valuesOf(left, column), valuesOf(right, other), exact) &&
        anyValuePair(valuesOf(left, other), valuesOf(right, column), exact);
    }
  }
}
