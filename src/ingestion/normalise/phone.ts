/**
 * Phone numbers -> E.164 ("+13125550143") via libphonenumber-js.
 *
 * Decisions a reviewer should know:
 * - Validity is libphonenumber-js's strict `isValid()` (area code and exchange must be assignable).
 *   Its metadata (checked at 1.13.16, both the default "min" and the "max" sets) calls the NANP fictional
 *   range 555-0100..555-0199 VALID, e.g. +13125550143, so the strict check does not reject our test data.
 *   `phone.test.ts` pins that verdict: if a metadata update flips it, that test fails rather than the
 *   seeds silently turning into rejects.
 * - Extensions ("x12", "ext. 12", ";ext=12", "#12") are stripped: the identity is the line, not the desk.
 * - Letters are invalid (vanity numbers such as 1-800-FLOWERS are not customer phones); placeholder
 *   words ("n/a", "none", "refused") are junk, as is an empty value.
 * - Placeholder digit patterns are junk at ANY length, checked before the length rules, so "0", "000-0000"
 *   or "1234567" is junk (a clerk getting past a field), while any other number of the wrong length
 *   ("555-0143", 9 or 11 digits) is invalid.
 */
import { type CountryCode, ParseError, parsePhoneNumberWithError, validatePhoneNumberLength } from 'libphonenumber-js';

import { ErrorCode } from '../../errors';
import { invalid, junk, type NormaliseResult, ok } from './normalise-result';
import { isAllSameCharacter, isPlaceholderWord, isSequentialDigits } from './placeholders';
import { collapseWhitespace, countDigits } from './text';

/** A trailing extension: "x12", "ext 12", "ext. 12", "extension 12", ";ext=12", "#12". */
const EXTENSION = /\s*(?:;\s*ext=|(?:ext(?:ension)?|x)[.:]?|#)\s*\d{1,7}\s*$/i;
/** What may remain once the extension is gone: digits and the usual punctuation. */
const PHONE_CHARACTERS = /^[\d\s+().\-/]*$/;
/** Sequential runs this long or longer are placeholders (1234567, 123-456-7890, 0123456789). */
const MIN_SEQUENTIAL = 7;
/** NANP numbers that are not a person's line: 555-1212 is directory assistance in every area code. */
const NANP_JUNK_LOCAL = new Set(['5551212']);

const NANP_NATIONAL_DIGITS = 10;

function junkDigitsReason(digits: string): string | null {
  // Look at the digits as typed and without a NANP trunk "1", so 1-111-111-1111 is caught too.
  const candidates = digits.length === 11 && digits.startsWith('1') ? [digits, digits.slice(1)] : [digits];
  for (const candidate of candidates) {
    if (isAllSameCharacter(candidate)) return 'phone number is one digit repeated';
    if (isSequentialDigits(candidate, MIN_SEQUENTIAL)) return 'phone number is a run of consecutive digits';
    if (candidate.length === NANP_NATIONAL_DIGITS && NANP_JUNK_LOCAL.has(candidate.slice(3))) {
      return 'phone number is a directory-assistance number';
    }
  }
  return null;
}

function lengthMessage(core: string, region: CountryCode): string {
  const verdict = validatePhoneNumberLength(core, region);
  if (verdict === 'TOO_SHORT') return 'phone number has too few digits for its country';
  if (verdict === 'TOO_LONG') return 'phone number has too many digits for its country';
  return 'phone number has a length no number in its country has';
}

export function normalisePhone(raw: string, defaultRegion: CountryCode = 'US'): NormaliseResult<string> {
  const trimmed = collapseWhitespace(raw);
  if (trimmed.length === 0) return junk('phone number is empty');
  if (isPlaceholderWord(trimmed)) return junk('phone number is a placeholder word');

  const core = trimmed.replace(EXTENSION, '').trim();
  if (/\p{L}/u.test(core)) {
    return invalid(ErrorCode.INVALID_PHONE, 'phone number contains letters; only digits, spaces and + ( ) - . / are allowed');
  }
  if (!PHONE_CHARACTERS.test(core)) {
    return invalid(ErrorCode.INVALID_PHONE, 'phone number contains characters other than digits, spaces and + ( ) - . /');
  }
  const digits = core.replace(/\D/g, '');
  if (digits.length === 0) return invalid(ErrorCode.INVALID_PHONE, 'phone number has no digits');

  const junkReason = junkDigitsReason(digits);
  if (junkReason !== null) return junk(junkReason);

  let phone;
  try {
    phone = parsePhoneNumberWithError(core, defaultRegion);
  } catch (error) {
    if (error instanceof ParseError) {
      if (error.message === 'TOO_SHORT') return invalid(ErrorCode.INVALID_PHONE, `phone number has ${countDigits(core)} digits, too few for any country`);
      if (error.message === 'TOO_LONG') return invalid(ErrorCode.INVALID_PHONE, `phone number has ${countDigits(core)} digits, too many for any country`);
      if (error.message === 'INVALID_COUNTRY') return invalid(ErrorCode.INVALID_PHONE, 'phone number has an unknown country calling code');
      return invalid(ErrorCode.INVALID_PHONE, 'phone number is not a phone number');
    }
    throw error;
  }

  if (phone.countryCallingCode === '1') {
    const n = phone.nationalNumber.length;
    if (n !== NANP_NATIONAL_DIGITS) {
      const label = defaultRegion === 'US' ? 'a US phone number' : 'a +1 (North American) number';
      return invalid(ErrorCode.INVALID_PHONE, `phone number has ${n} digits; ${label} needs ${NANP_NATIONAL_DIGITS}`);
    }
  } else if (!phone.isPossible()) {
    return invalid(ErrorCode.INVALID_PHONE, lengthMessage(core, defaultRegion));
  }

  if (!phone.isValid()) {
    return invalid(
      ErrorCode.INVALID_PHONE,
      phone.countryCallingCode === '1'
        ? 'phone number has an area code or exchange that is not in service in the North American plan'
        : 'phone number is not a valid number for its country',
    );
  }
  return ok(phone.number);
}
