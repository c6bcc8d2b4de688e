/**
 * Placeholder detection shared by the normalisers. A placeholder is a well-formed value a clerk or a form
 * put in to get past a required field ("n/a", 000-000-0000); it is junk, not an error, so it never rejects
 * a record and never links anything.
 */
import { collapseWhitespace, stripDiacritics } from './text';

/**
 * Words that, as the whole value of any field, mean "no value". Compared after {@link foldPlaceholder}.
 * Kept short on purpose: every word here is one a real value can never be.
 */
export const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set([
  'n/a',
  'na',
  'n.a.',
  'none',
  'null',
  'nil',
  'undefined',
  'unknown',
  'unk',
  'test',
  'tbd',
  'refused',
  'declined',
  'not provided',
  'not given',
  'no email',
  'noemail',
  'no phone',
  'nophone',
  '-',
  '--',
  '?',
  '.',
]);

/** Lower-case, strip diacritics, collapse whitespace: the form placeholder lists are written in. */
export function foldPlaceholder(value: string): string {
  return collapseWhitespace(stripDiacritics(value)).toLowerCase();
}

export function isPlaceholderWord(value: string): boolean {
  return PLACEHOLDER_WORDS.has(foldPlaceholder(value));
}

/** True when the value is non-empty and every character is the same one ("0000", "xxx", "7"). */
export function isAllSameCharacter(value: string): boolean {
  if (value.length === 0) return false;
  const chars = Array.from(value);
  return chars.every((c) => c === chars[0]);
}

const ASCENDING = '01234567890';
const DESCENDING = '09876543210';

/**
 * True for runs of consecutive digits of at least `minLength` ("123456789", "0123456789", "987654321"),
 * the other thing people type to get past a numeric field.
 */
export function isSequentialDigits(value: string, minLength = 6): boolean {
  if (value.length < minLength || !/^\d+$/.test(value)) return false;
  return ASCENDING.includes(value) || DESCENDING.includes(value);
}
