import { abs } from '../numeric';
/** Partial agreements of two ISO dates (yyyy-mm-dd): the usual ways a date of birth is mis-keyed. */
export interface DateParts {
  y: number;
  m: number;
  d: number;
}

const parsed = new Map<string, DateParts | null>();

/** Reads yyyy-mm-dd or yyyymmdd; null for anything else. Results are cached (dates repeat across pairs). */
export function parseDate(value: string): DateParts | null {
  const cached = parsed.get(value);
  if (cached !== undefined) return cached;
  const result = readDate(value);
  if (parsed.size >= 100_000) parsed.clear();
  parsed.set(value, result);
  return result;
}

function readDate(value: string): DateParts | null {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value.trim());
  if (match === null) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { y, m, d };
}

function both(a: string, b: string, test: (x: DateParts, y: DateParts) => boolean): boolean {
  const [x, y] = [parseDate(a), parseDate(b)];
  return x !== null && y !== null && test(x, y);
}

/** Same year, day and month swapped (04/07 keyed as 07/04); equal dates do not count. */
export function monthDaySwapped(a: string, b: string): boolean {
  return both(a, b, (x, y) => x.y === y.y && x.m !== x.d && x.m === y.d && x.d === y.m);
}

/** Same month and day, years one apart. */
export function yearOffByOne(a: string, b: string): boolean {
  return both(a, b, (x, y) => x.m === y.m && x.d === y.d && abs(x.y - y.y) === 1);
}

/** Same month and day, any year. */
export function sameMonthAndDay(a: string, b: string): boolean {
  return both(a, b, (x, y) => x.m === y.m && x.d === y.d);
}

/** Same year and month, any day. */
export function sameYearAndMonth(a: string, b: string): boolean {
  return both(a, b, (x, y) => x.y === y.y && x.m === y.m);
}

/** Same year. */
export function sameYear(a: string, b: string): boolean {
  return both(a, b, (x, y) => x.y === y.y);
}

/** Days between two dates, or null when either is not a date. */
export function daysApart(a: string, b: string): number | null {
  const [x, y] = [parseDate(a), parseDate(b)];
  if (x === null || y === null) return null;
  return abs(Date.UTC(x.y, x.m - 1, x.d) - Date.UTC(y.y, y.m - 1, y.d)) / 86_400_000;
}

/** The dates are at most `days` apart. */
export function withinDays(a: string, b: string, days: number): boolean {
  const apart = daysApart(a, b);
  return apart !== null && apart <= days;
}
