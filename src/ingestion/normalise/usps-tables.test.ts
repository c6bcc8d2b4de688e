import { US_STATES, usStateCode } from './us-states';
import { DIRECTIONALS, STREET_SUFFIXES, UNIT_DESIGNATORS } from './usps-tables';

describe('USPS tables', () => {
  it('has at least 30 standard street suffixes, each mapping to itself', () => {
    const standards = new Set(STREET_SUFFIXES.values());
    expect(standards.size).toBeGreaterThanOrEqual(30);
    for (const s of standards) expect(STREET_SUFFIXES.get(s)).toBe(s);
  });

  it('maps no spelling to two abbreviations (every key is upper case without spaces)', () => {
    for (const key of [...STREET_SUFFIXES.keys(), ...DIRECTIONALS.keys(), ...UNIT_DESIGNATORS.keys()]) {
      expect(key).toMatch(/^[A-Z#]+$/);
    }
  });

  it('reads # as APT', () => {
    expect(UNIT_DESIGNATORS.get('#')).toEqual({ abbreviation: 'APT', takesIdentifier: true });
  });

  it('has 50 states, DC, 5 territories, 3 freely associated states and 3 military codes', () => {
    expect(Object.keys(US_STATES)).toHaveLength(62);
  });

  it.each([
    ['IL', 'IL'],
    ['ILLINOIS', 'IL'],
    ['D C', 'DC'],
    ['WASHINGTON', 'WA'],
    ['WASHINGTON DC', 'DC'],
    ['XX', undefined],
    ['CONSTRUCTOR', undefined],
    ['TOSTRING', undefined],
  ])('usStateCode(%j) = %s', (value, expected) => {
    expect(usStateCode(value)).toBe(expected);
  });
});
