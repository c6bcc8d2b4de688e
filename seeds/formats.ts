import { City, DIRECTIONS, UNIT_DESIGNATORS } from './places';
import { Rng } from './prng';
import { Millis, PhoneNumber, StreetAddress, YMD } from './types';
import { typo } from './noise';

/** How a source writes a phone number. */
export type PhoneStyle = 'paren' | 'dash' | 'dot' | 'plus1-spaced' | 'e164' | 'digits' | 'one-dash' | 'spaced';

export function formatPhone(p: PhoneNumber, style: PhoneStyle): string {
  const { area: a, exchange: e, line: l } = p;
  switch (style) {
    case 'paren':
      return `(${a}) ${e}-${l}`;
    case 'dash':
      return `${a}-${e}-${l}`;
    case 'dot':
      return `${a}.${e}.${l}`;
    case 'plus1-spaced':
      return `+1 ${a} ${e} ${l}`;
    case 'e164':
      return `+1${a}${e}${l}`;
    case 'digits':
      return `${a}${e}${l}`;
    case 'one-dash':
      return `1-${a}-${e}-${l}`;
    case 'spaced':
      return `${a} ${e} ${l}`;
  }
}

/** A mix of the ways people and systems write US numbers. */
export const MIXED_PHONE_STYLES: readonly (readonly [PhoneStyle, number])[] = [
  ['paren', 30],
  ['dash', 25],
  ['dot', 10],
  ['plus1-spaced', 8],
  ['e164', 7],
  ['digits', 12],
  ['one-dash', 4],
  ['spaced', 4],
];

/** Placeholders cashiers and forms accept: never anyone's number. */
export const JUNK_PHONES: readonly string[] = ['000-000-0000', '555-555-5555', '123-456-7890', '(999) 999-9999', '111-111-1111'];

export type DateStyle = 'iso' | 'us' | 'compact' | 'us-short';

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function formatDate(d: YMD, style: DateStyle): string {
  switch (style) {
    case 'iso':
      return `${d.y}-${pad2(d.m)}-${pad2(d.d)}`;
    case 'us':
      return `${pad2(d.m)}/${pad2(d.d)}/${d.y}`;
    case 'compact':
      return `${d.y}${pad2(d.m)}${pad2(d.d)}`;
    case 'us-short':
      return `${d.m}/${d.d}/${d.y}`;
  }
}

export function isRealDate(d: YMD): boolean {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d));
  return t.getUTCFullYear() === d.y && t.getUTCMonth() === d.m - 1 && t.getUTCDate() === d.d;
}

export function ymdOf(ms: Millis): YMD {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function millisOf(d: YMD): Millis {
  return Date.UTC(d.y, d.m - 1, d.d);
}

/** How a source stamps `updatedAt` (all ISO 8601). */
export type TimestampStyle = 'iso-ms' | 'iso-seconds' | 'local-offset' | 'date';

export function formatTimestamp(ms: Millis, style: TimestampStyle, utcOffsetHours: number): string {
  const iso = new Date(ms).toISOString();
  switch (style) {
    case 'iso-ms':
      return iso;
    case 'iso-seconds':
      return `${iso.slice(0, 19)}Z`;
    case 'date':
      return iso.slice(0, 10);
    case 'local-offset': {
      const local = new Date(ms + utcOffsetHours * 3600_000).toISOString().slice(0, 19);
      const sign = utcOffsetHours < 0 ? '-' : '+';
      return `${local}${sign}${pad2(Math.abs(utcOffsetHours))}:00`;
    }
  }
}

export interface RenderedAddress {
  addressLine1: string;
  addressLine2?: string;
  city: string;
  state: string;
  zip: string;
}

export interface AddressStyle {
  /** USPS abbreviations ("123 N Oak St"), full words ("123 North Oak Street"), or a mix. */
  words: 'usps' | 'full' | 'mixed';
  upperCase: boolean;
  /** The apartment on its own line, or at the end of line 1. */
  unitOnLine2: boolean;
  zipPlus4: boolean;
  /** Write the city the way the source's users do (St. Louis / Saint Louis). */
  citySpelling: boolean;
  typo: boolean;
  lowerCaseState: boolean;
}

/** A typical style for a source: `formality` 0 (people typing) to 1 (validated at a counter or by USPS). */
export function randomAddressStyle(rng: Rng, formality: number, typoRate: number): AddressStyle {
  return {
    words: rng.chance(0.3 + 0.5 * formality) ? 'usps' : rng.chance(0.5) ? 'full' : 'mixed',
    upperCase: rng.chance(0.05 + 0.25 * formality),
    unitOnLine2: rng.chance(0.6),
    zipPlus4: rng.chance(0.03 + 0.3 * formality),
    citySpelling: rng.chance(0.3 * (1 - formality)),
    typo: rng.chance(typoRate),
    lowerCaseState: rng.chance(0.03 * (1 - formality)),
  };
}

/** One address written the way a source would hold it (every variant is a valid address). */
export function renderAddress(rng: Rng, a: StreetAddress, city: City, style: AddressStyle): RenderedAddress {
  const parts: string[] = [a.number];
  if (a.predir !== undefined) {
    parts.push(style.words === 'full' ? DIRECTIONS[a.predir] : style.words === 'mixed' && rng.chance(0.5) ? `${a.predir}.` : a.predir);
  }
  parts.push(style.typo && /^[A-Za-z]{4,}$/.test(a.street) ? typo(rng, a.street) : a.street);
  if (style.words === 'full') parts.push(a.suffix.full);
  else if (style.words === 'usps') parts.push(a.suffix.abbreviations[0] ?? a.suffix.full);
  else parts.push(rng.pick(a.suffix.abbreviations));
  let line1 = parts.join(' ');
  let line2: string | undefined;
  if (a.unit !== undefined) {
    const designator = style.words === 'usps' ? 'Apt ' : rng.weighted(UNIT_DESIGNATORS);
    const unit = `${designator}${a.unit}`;
    if (style.unitOnLine2) line2 = unit;
    else line1 = `${line1} ${unit}`;
  }
  let cityName = style.citySpelling && city.spellings !== undefined ? rng.pick(city.spellings) : city.city;
  if (style.upperCase) {
    line1 = line1.toUpperCase();
    line2 = line2?.toUpperCase();
    cityName = cityName.toUpperCase();
  }
  return {
    addressLine1: line1,
    ...(line2 === undefined ? {} : { addressLine2: line2 }),
    city: cityName,
    state: style.lowerCaseState ? city.state.toLowerCase() : city.state,
    zip: style.zipPlus4 ? `${a.zip5}-${a.zip4}` : a.zip5,
  };
}
