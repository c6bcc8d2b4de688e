/** ZIP comparisons: the 5-digit code and its 3-digit sectional centre prefix. */
export function zip5(value: string): string | null {
  const match = /^(\d{5})(?:-?\d{4})?$/.exec(value.trim());
  return match?.[1] ?? null;
}

/** True when both values start with the same `digits` digits (e.g. 3: the same sectional centre). */
export function samePostalPrefix(a: string, b: string, digits: number): boolean {
  const [x, y] = [a.trim(), b.trim()];
  return x.length >= digits && y.length >= digits && x.slice(0, digits) === y.slice(0, digits);
}

/**
 * A comparable street line: upper case, punctuation dropped, common suffixes and directions abbreviated,
 * so that "12 North Main Street" and "12 N MAIN ST." agree exactly.
 */
export function normaliseStreetLine(value: string): string {
  const words = value
    .toUpperCase()
    .replace(/[.,#]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => STREET_WORDS[w] ?? w);
  return words.join(' ');
}

const STREET_WORDS: Readonly<Record<string, string>> = {
  STREET: 'ST',
  AVENUE: 'AVE',
  ROAD: 'RD',
  DRIVE: 'DR',
  LANE: 'LN',
  BOULEVARD: 'BLVD',
  COURT: 'CT',
  PLACE: 'PL',
  TERRACE: 'TER',
  CIRCLE: 'CIR',
  HIGHWAY: 'HWY',
  PARKWAY: 'PKWY',
  NORTH: 'N',
  SOUTH: 'S',
  EAST: 'E',
  WEST: 'W',
  APARTMENT: 'APT',
  SUITE: 'STE',
};
