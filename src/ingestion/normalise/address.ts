/**
 * US postal addresses -> USPS-style upper-case parts plus a match key.
 *
 * - Upper case, diacritics removed, punctuation removed (apostrophes vanish: O'HARE -> OHARE; other
 *   punctuation becomes a space), whitespace collapsed. "/" survives only between digits (123 1/2) and
 *   "-" only inside a token (house numbers such as 72-15).
 * - Street: directional after the house number and at the end are abbreviated (NORTH -> N, SOUTH WEST ->
 *   SW), and the LAST street word is abbreviated if it is a Pub 28 C1 suffix (STREET -> ST). Words in
 *   other positions are left as written, so "AVENUE B" stays "AVENUE B" (the USPS form).
 * - P.O. boxes ("P.O. Box 12", "Post Office Box 12", "POB 12") become "PO BOX 12" and get no street rules.
 * - Secondary units (Pub 28 C2; "#" read as APT) are pulled out of line1 and line2 into `line2`
 *   ("APT 4", "BLDG 2 APT 4"). In line1 a designator is only taken as a unit after the house number and
 *   at least one street word, and only when followed by an identifier with a digit or a single letter,
 *   so "123 LOT RD" or "12 KEY WEST DR" stay streets. A bare identifier in line2 ("4", "4B") is an APT.
 *   Other text in line2 (c/o lines) is kept after the unit but is not part of the key.
 * - state: USPS code; full names accepted. zip: ZIP5 from 12345, 12345-6789, 123456789 (no padding of
 *   4-digit ZIPs that lost a leading zero in a spreadsheet: that is invalid, not guessed).
 * - key: LINE1|UNIT|CITY|STATE|ZIP5 where UNIT is the unit identifiers only, without designators
 *   ("APT 4", "UNIT 4" and "#4" all give "4"), because sources disagree on the designator far more often
 *   than one building has both an apartment 4 and a suite 4.
 *
 * Junk (small on purpose): line1 or city is a placeholder word ("unknown", "n/a", "none", ...), or the ZIP
 * is 00000. "General Delivery" is a real USPS address and is accepted.
 */
import type { PostalAddressParts } from '../../model';
import { ErrorCode } from '../../errors';
import { invalid, junk, type NormaliseResult, ok } from './normalise-result';
import { isPlaceholderWord } from './placeholders';
import { collapseWhitespace, stripDiacritics } from './text';
import { DIRECTIONALS, STREET_SUFFIXES, UNIT_DESIGNATORS } from './usps-tables';
import { usStateCode } from './us-states';

export interface RawUsAddress {
  line1?: string;
  line2?: string;
  city?: string;
  state?: string;
  zip?: string;
}

export type NormalisedUsAddress = PostalAddressParts & { key: string };

interface Unit {
  designator: string;
  identifier?: string;
}

/** Upper case, no diacritics, no punctuation but # (units), / between digits and - inside tokens. */
export function cleanAddressText(value: string): string {
  const upper = stripDiacritics(value).toUpperCase();
  return collapseWhitespace(
    upper
      .replace(/['\u2018\u2019`]/g, '')
      .replace(/#/g, ' # ')
      .replace(/(?<=\d)\/(?=\d)/g, '\u0000')
      .replace(/[^A-Z0-9#\u0000\s-]/g, ' ')
      .replace(/\u0000/g, '/')
      .replace(/(?<![A-Z0-9])-|-(?![A-Z0-9])/g, ' '),
  );
}

const hasDigit = (token: string): boolean => /\d/.test(token);
const unitId = (token: string): string => token.replaceAll('-', '');

/** Identifier that line1 context accepts after a designator: has a digit, or is one letter. */
const isLine1Identifier = (token: string | undefined): token is string =>
  token !== undefined && (hasDigit(token) || /^[A-Z]$/.test(token));
/** Line2 is explicitly the unit line, so any alphanumeric token will do. */
const isLine2Identifier = (token: string | undefined): token is string => token !== undefined && /^[A-Z0-9][A-Z0-9/-]*$/.test(token);

/** Remove unit designators (and their identifiers) from line1 tokens, from index 2 on. */
function takeUnitsFromLine1(tokens: string[]): Unit[] {
  const units: Unit[] = [];
  let i = 2;
  while (i < tokens.length) {
    const designator = UNIT_DESIGNATORS.get(tokens[i] ?? '');
    if (designator === undefined) {
      i += 1;
      continue;
    }
    if (designator.takesIdentifier) {
      const skipHash = tokens[i + 1] === '#' ? 1 : 0;
      const identifier = tokens[i + 1 + skipHash];
      if (isLine1Identifier(identifier)) {
        units.push({ designator: designator.abbreviation, identifier: unitId(identifier) });
        tokens.splice(i, 2 + skipHash);
        continue;
      }
    } else if (i === tokens.length - 1) {
      units.push({ designator: designator.abbreviation });
      tokens.splice(i, 1);
      continue;
    }
    i += 1;
  }
  return units;
}

/** Read line2 as units where it can; return the rest as free text. */
function readLine2(tokens: readonly string[]): { units: Unit[]; rest: string[] } {
  if (tokens.length === 1 && (hasDigit(tokens[0] ?? '') || /^[A-Z]$/.test(tokens[0] ?? ''))) {
    return { units: [{ designator: 'APT', identifier: unitId(tokens[0] ?? '') }], rest: [] };
  }
  const units: Unit[] = [];
  const rest: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] ?? '';
    const designator = UNIT_DESIGNATORS.get(token);
    if (designator?.takesIdentifier === true) {
      const skipHash = tokens[i + 1] === '#' ? 1 : 0;
      const identifier = tokens[i + 1 + skipHash];
      if (isLine2Identifier(identifier)) {
        units.push({ designator: designator.abbreviation, identifier: unitId(identifier) });
        i += 2 + skipHash;
        continue;
      }
    } else if (designator !== undefined) {
      units.push({ designator: designator.abbreviation });
      i += 1;
      continue;
    }
    rest.push(token);
    i += 1;
  }
  return { units, rest };
}

const PO_BOX = /^(?:(?:P O|PO|POST OFFICE) BOX|POB|BOX) ([A-Z0-9-]+)$/;
const COMPOUND_DIRECTIONS: ReadonlyMap<string, string> = new Map([
  ['N E', 'NE'],
  ['N W', 'NW'],
  ['S E', 'SE'],
  ['S W', 'SW'],
  ['NORTH EAST', 'NE'],
  ['NORTH WEST', 'NW'],
  ['SOUTH EAST', 'SE'],
  ['SOUTH WEST', 'SW'],
]);

/** Merge a two-word directional at `index` ("SOUTH WEST", "N W") into one token, in place. */
function mergeCompoundDirection(tokens: string[], index: number): void {
  const pair = COMPOUND_DIRECTIONS.get(`${tokens[index] ?? ''} ${tokens[index + 1] ?? ''}`);
  if (pair !== undefined) tokens.splice(index, 2, pair);
}

/** Apply directional and suffix abbreviations to the street tokens (units already removed). */
function standardiseStreet(tokens: string[]): string[] {
  const out = [...tokens];
  const first = out.length > 1 && hasDigit(out[0] ?? '') ? 1 : 0;

  // Pre-directional: the first street word, when a street name follows it.
  if (out.length - first > 2) mergeCompoundDirection(out, first);
  const pre = DIRECTIONALS.get(out[first] ?? '');
  if (pre !== undefined && out.length - first > 1) out[first] = pre;

  // Post-directional: the last word, when something other than the pre-directional precedes it.
  if (out.length - first > 3) mergeCompoundDirection(out, out.length - 2);
  let last = out.length - 1;
  const post = DIRECTIONALS.get(out[last] ?? '');
  if (post !== undefined && last > first + 1) {
    out[last] = post;
    last -= 1;
  }

  // Suffix: the last street word.
  const suffix = STREET_SUFFIXES.get(out[last] ?? '');
  if (suffix !== undefined && last >= first && last > 0) out[last] = suffix;
  return out;
}

function normaliseLine1(line1: string): { street: string; units: Unit[] } {
  const cleaned = cleanAddressText(line1);
  const poBox = PO_BOX.exec(cleaned);
  if (poBox) return { street: `PO BOX ${poBox[1] ?? ''}`, units: [] };
  const tokens = cleaned.split(' ').filter((t) => t.length > 0);
  const units = takeUnitsFromLine1(tokens);
  return { street: standardiseStreet(tokens.filter((t) => t !== '#')).join(' '), units };
}

const isBlank = (value: string | undefined): boolean => value === undefined || value.trim().length === 0;

function sameUnit(a: Unit, b: Unit): boolean {
  return a.designator === b.designator && a.identifier === b.identifier;
}

export function normaliseUsAddress(raw: RawUsAddress): NormaliseResult<NormalisedUsAddress> {
  if (!isBlank(raw.line1) && isPlaceholderWord(raw.line1 ?? '')) return junk('address line1 is a placeholder word');
  if (!isBlank(raw.city) && isPlaceholderWord(raw.city ?? '')) return junk('address city is a placeholder word');

  const missing = (['line1', 'city', 'state', 'zip'] as const).filter((part) => isBlank(raw[part]));
  if (missing.length > 0) {
    return invalid(
      ErrorCode.REQUIRED_FIELD_MISSING,
      `address ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing`,
    );
  }

  const zipDigits = (raw.zip ?? '').replace(/\s/g, '');
  const zip = /^(\d{5})(?:-?\d{4})?$/.exec(zipDigits);
  if (zip && /^0{5}/.test(zipDigits)) return junk('ZIP code is 00000');

  const stateText = cleanAddressText(raw.state ?? '');
  const state = usStateCode(stateText);
  if (state === undefined) {
    return invalid(
      ErrorCode.INVALID_STATE,
      /^[A-Z]{1,2}$/.test(stateText)
        ? `state '${stateText}' is not a US state or territory code`
        : 'state is not a US state or territory code or name',
    );
  }
  if (!zip) {
    return invalid(
      ErrorCode.INVALID_POSTAL_CODE,
      'ZIP code must be 5 digits or ZIP+4 (12345, 12345-6789 or 123456789)',
    );
  }
  const zip5 = zip[1] ?? '';

  const { street, units: line1Units } = normaliseLine1(raw.line1 ?? '');
  if (street.length === 0) return invalid(ErrorCode.REQUIRED_FIELD_MISSING, 'address line1 has no street once punctuation is removed');
  const city = collapseWhitespace(cleanAddressText(raw.city ?? '').replaceAll('#', ' '));
  if (city.length === 0) return invalid(ErrorCode.REQUIRED_FIELD_MISSING, 'address city has no letters once punctuation is removed');

  const line2 = readLine2(cleanAddressText(raw.line2 ?? '').split(' ').filter((t) => t.length > 0));
  const units = [...line1Units];
  for (const unit of line2.units) if (!units.some((u) => sameUnit(u, unit))) units.push(unit);

  const unitText = units.map((u) => (u.identifier === undefined ? u.designator : `${u.designator} ${u.identifier}`)).join(' ');
  const line2Text = [unitText, ...line2.rest.filter((t) => t !== '#')].filter((t) => t.length > 0).join(' ');
  const unitKey = units.map((u) => u.identifier ?? u.designator).join(' ');

  return ok({
    line1: street,
    ...(line2Text.length > 0 ? { line2: line2Text } : {}),
    city,
    state,
    zip5,
    key: [street, unitKey, city, state, zip5].join('|'),
  });
}
