/**
 * Calendar dates (birth dates by default) -> "yyyy-mm-dd".
 *
 * Accepted shapes:
 *   1980-03-05, 1980/03/05, 19800305, 1980-03-05T14:30:00Z (date part as written, no time-zone shift:
 *   a birth date is a calendar date, not an instant), 03/05/1980, 3/5/1980, 03-05-1980, 05.03.1980,
 *   "Mar 5 1980", "Mar. 5, 1980", "March 5, 1980", "5 March 1980", "5-Mar-1980".
 *
 * Ambiguity rule: slashed and dashed day-first-or-month-first dates are US MONTH/DAY (03/05/1980 is
 * 5 March); only the dotted form is European DAY.MONTH (05.03.1980 is 5 March). Two-digit years are
 * rejected rather than guessed.
 *
 * Bounds: by default not before 1900-01-01 and not after today (UTC). Both are options, compared as
 * UTC calendar days and inclusive.
 *
 * Junk (placeholders, checked before calendar validity so 0000-00-00 is junk, not invalid): 0000-00-00,
 * 1900-01-01 (the SQL Server zero date), 1899-12-30 / 1899-12-31 (spreadsheet epochs), 9999-12-31 (the
 * "end of time" default), and any date whose eight digits are one digit repeated (1111-11-11).
 */
import { ErrorCode } from '../../errors';
import { invalid, junk, type NormaliseResult, ok } from './normalise-result';
import { isAllSameCharacter, isPlaceholderWord } from './placeholders';
import { collapseWhitespace } from './text';

export interface DateBounds {
  /** Latest accepted date, inclusive; default: today (UTC). */
  notAfter?: Date;
  /** Earliest accepted date, inclusive; default: 1900-01-01. */
  notBefore?: Date;
}

export const DEFAULT_NOT_BEFORE = new Date(Date.UTC(1900, 0, 1));

const JUNK_DATES: ReadonlySet<string> = new Set(['0000-00-00', '1900-01-01', '1899-12-30', '1899-12-31', '9999-12-31']);

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** "mar", "march", "sept" -> 3 / 9; undefined for anything else. */
function monthFromName(name: string): number | undefined {
  const lower = name.toLowerCase();
  if (lower === 'sept') return 9;
  if (lower.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((m) => m === lower || (lower.length === 3 && m.startsWith(lower)));
  return index >= 0 ? index + 1 : undefined;
}

type Matcher = (value: string) => DateParts | undefined;

const num = (s: string | undefined): number => Number(s);

const MATCHERS: readonly Matcher[] = [
  // yyyy-mm-dd, yyyy/mm/dd, optionally followed by an ISO time part.
  (v) => {
    const m = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i.exec(v);
    return m ? { year: num(m[1]), month: num(m[3]), day: num(m[4]) } : undefined;
  },
  // yyyymmdd
  (v) => {
    const m = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
    return m ? { year: num(m[1]), month: num(m[2]), day: num(m[3]) } : undefined;
  },
  // US: m/d/yyyy, mm-dd-yyyy
  (v) => {
    const m = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/.exec(v);
    return m ? { year: num(m[4]), month: num(m[1]), day: num(m[3]) } : undefined;
  },
  // European dotted: dd.mm.yyyy
  (v) => {
    const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
    return m ? { year: num(m[3]), month: num(m[2]), day: num(m[1]) } : undefined;
  },
  // Month name first: "Mar 5 1980", "March 5, 1980", "Mar. 5th, 1980"
  (v) => {
    const m = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i.exec(v);
    const month = m ? monthFromName(m[1] ?? '') : undefined;
    return m && month !== undefined ? { year: num(m[3]), month, day: num(m[2]) } : undefined;
  },
  // Day first: "5 March 1980", "5-Mar-1980", "5th of March, 1980"
  (v) => {
    const m = /^(\d{1,2})(?:st|nd|rd|th)?(?: of)?[ -]([a-z]+)\.?,?[ -](\d{4})$/i.exec(v);
    const month = m ? monthFromName(m[2] ?? '') : undefined;
    return m && month !== undefined ? { year: num(m[3]), month, day: num(m[1]) } : undefined;
  },
];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const isoOf = ({ year, month, day }: DateParts): string => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
const isoDayOf = (date: Date): string => date.toISOString().slice(0, 10);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

export function normaliseDate(raw: string, options: DateBounds = {}): NormaliseResult<string> {
  const value = collapseWhitespace(raw);
  if (value.length === 0) return junk('date is empty');
  if (isPlaceholderWord(value)) return junk('date is a placeholder word');

  let parts: DateParts | undefined;
  for (const match of MATCHERS) {
    parts = match(value);
    if (parts !== undefined) break;
  }
  if (parts === undefined) {
    if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/.test(value)) {
      return invalid(ErrorCode.INVALID_DATE, 'date has a two-digit year; a four-digit year is required');
    }
    return invalid(ErrorCode.INVALID_DATE, 'date is not in a recognised format (e.g. yyyy-mm-dd or mm/dd/yyyy)');
  }

  const iso = isoOf(parts);
  if (JUNK_DATES.has(iso) || isAllSameCharacter(iso.replaceAll('-', ''))) return junk('date is a placeholder value');

  const { year, month, day } = parts;
  if (month < 1 || month > 12) return invalid(ErrorCode.INVALID_DATE, `month ${month} does not exist`);
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return invalid(ErrorCode.INVALID_DATE, `day ${day} does not exist in ${capitalisedMonth(month)} ${year}`);
  }

  const notBefore = isoDayOf(options.notBefore ?? DEFAULT_NOT_BEFORE);
  const notAfter = isoDayOf(options.notAfter ?? new Date());
  if (iso < notBefore) return invalid(ErrorCode.INVALID_DATE, `date is before the earliest accepted date ${notBefore}`);
  if (iso > notAfter) {
    return invalid(
      ErrorCode.INVALID_DATE,
      options.notAfter === undefined ? 'date is in the future' : `date is after the latest accepted date ${notAfter}`,
    );
  }
  return ok(iso);
}

function capitalisedMonth(month: number): string {
  const name = MONTH_NAMES[month - 1] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}
