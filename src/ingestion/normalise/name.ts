/**
 * Person names (one name part or a full name) -> trimmed, diacritic-free, title-cased
 * ("  JOSÉ   o'brien-SMITH " -> "Jose O'Brien-Smith").
 *
 * - Letters, spaces, hyphens and apostrophes are kept; periods and commas are dropped ("Jr." -> "Jr").
 * - Typographic apostrophes and dashes are folded to ' and -.
 * - Leading titles (Mr, Mrs, Ms, Miss, Mx, Dr, Prof, Rev) are removed; a value that is only titles is junk.
 * - Casing is deliberately simple: every part after a space, hyphen or apostrophe is capitalised, the rest
 *   lower-cased. "MCDONALD" becomes "Mcdonald", not "McDonald": Mc/Mac/van/de rules guess wrong as often as
 *   right (Macy, Mack), and matching compares case-insensitively anyway. Roman-numeral suffixes (II, III, IV)
 *   after the first word stay upper case.
 * - Digits or other symbols are invalid. There is no INVALID_NAME error code, so this uses
 *   {@link INVALID_NAME_CODE} (INVALID_NAME).
 */
import { ErrorCode } from '../../errors';
import { invalid, junk, type NormaliseResult, ok } from './normalise-result';
import { collapseWhitespace, stripDiacritics } from './text';

export const MAX_NAME_LENGTH = 100;
export const INVALID_NAME_CODE = ErrorCode.INVALID_NAME;

/** Whole values (lower-cased, diacritics removed) that are not a name. "na" is also a Korean surname: a
 * known, accepted loss, because as a whole field value it is far more often "n/a" typed without the slash. */
const JUNK_NAMES: ReadonlySet<string> = new Set([
  'unknown',
  'n/a',
  'na',
  'none',
  'test',
  'customer',
  'valued customer',
  'guest',
  'x',
  '-',
  '?',
  'null',
  'undefined',
]);
/** Words that make a name junk when every word of it is one of them ("Test Customer", "Unknown Unknown"). */
const JUNK_WORDS: ReadonlySet<string> = new Set(['unknown', 'none', 'test', 'customer', 'valued', 'guest', 'null', 'undefined', 'n/a']);

const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'rev']);
const ROMAN_SUFFIXES: ReadonlySet<string> = new Set(['ii', 'iii', 'iv', 'vi']);

const ALLOWED = /^[\p{L}\s'.,-]*$/u;

function capitalise(part: string): string {
  const [first = '', ...rest] = Array.from(part);
  return first.toUpperCase() + rest.join('').toLowerCase();
}

function titleCaseWord(word: string, isFirst: boolean): string {
  if (!isFirst && ROMAN_SUFFIXES.has(word.toLowerCase())) return word.toUpperCase();
  // Capitalise each piece between hyphens and apostrophes, keeping the separators.
  return word
    .split(/([-'])/)
    .map((piece) => (piece === '-' || piece === "'" ? piece : capitalise(piece)))
    .join('');
}

export function normaliseName(raw: string): NormaliseResult<string> {
  const collapsed = collapseWhitespace(raw);
  if (collapsed.length === 0) return junk('name is empty');
  if (collapsed.length > MAX_NAME_LENGTH) {
    return invalid(ErrorCode.VALUE_TOO_LONG, `name is ${collapsed.length} characters long; the limit is ${MAX_NAME_LENGTH}`);
  }

  const folded = stripDiacritics(collapsed)
    .replace(/[\u2018\u2019\u02BC`\u00B4]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-');
  const lower = folded.toLowerCase();
  if (JUNK_NAMES.has(lower)) return junk('name is a placeholder word');
  if (/^x+$/.test(lower)) return junk('name is a row of x');

  if (/\p{N}/u.test(folded)) return invalid(INVALID_NAME_CODE, 'name contains digits');
  if (!/\p{L}/u.test(folded)) return junk('name has no letters');
  if (!ALLOWED.test(folded)) {
    return invalid(INVALID_NAME_CODE, 'name contains characters other than letters, spaces, hyphens, apostrophes and periods');
  }

  // Drop periods and commas, then tidy hyphens/apostrophes that no longer join two letters.
  const words = collapseWhitespace(folded.replace(/[.,]/g, ' '))
    .split(' ')
    .map((w) => w.replace(/-{2,}/g, '-').replace(/^['-]+|['-]+$/g, ''))
    .filter((w) => w.length > 0);
  if (words.length === 0) return junk('name has no letters');
  if (words.every((w) => TITLES.has(w.toLowerCase()))) return junk('name is only a title');
  while (words.length > 1 && TITLES.has((words[0] ?? '').toLowerCase())) words.shift();

  if (words.every((w) => JUNK_WORDS.has(w.toLowerCase()))) return junk('name is a placeholder word');
  if (words.length === 1 && JUNK_NAMES.has((words[0] ?? '').toLowerCase())) return junk('name is a placeholder word');

  return ok(words.map((w, i) => titleCaseWord(w, i === 0)).join(' '));
}
