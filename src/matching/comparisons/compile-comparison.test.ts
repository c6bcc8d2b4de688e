import { matchRecord } from '../records/match-record';
import { dateComparison, nameComparison, postalCodeComparison } from '../settings/comparison-library';
import type { ComparisonSpec } from '../settings/comparison-schema';
import { compileComparison, sharedValue } from './compile-comparison';

const person = (fields: Record<string, string | string[] | null>) => matchRecord('x', fields);

function levelLabel(spec: ComparisonSpec, a: Record<string, string | string[] | null>, b: Record<string, string | string[] | null>): string {
  const compiled = compileComparison(spec);
  return compiled.labels[compiled.levelOf(person(a), person(b))] ?? '?';
}

describe('first-name comparison levels, in order', () => {
  const spec = nameComparison('first', 'first', { nicknames: true, swappedWith: 'last' });
  it.each([
    [{ first: null }, { first: 'anne' }, 'null'],
    [{ first: 'anne' }, { first: 'anne' }, 'exact (tf)'],
    [{ first: 'lawrence' }, { first: 'lawrnece' }, 'Jaro-Winkler >= 0.92'],
    [{ first: 'william' }, { first: 'bill' }, 'nickname'],
    [{ first: 'catherine' }, { first: 'kathryn' }, 'Double Metaphone'],
    [{ first: 'dwayne' }, { first: 'duane' }, 'Double Metaphone'],
    [{ first: 'marta', last: 'hall' }, { first: 'hall', last: 'marta' }, 'swapped with last'],
    [{ first: 'anne' }, { first: 'robert' }, 'else'],
  ])('%j vs %j is %s', (a, b, expected) => {
    expect(levelLabel(spec, a, b)).toBe(expected);
  });

  it('agrees when any of several values agrees', () => {
    expect(levelLabel(spec, { first: ['ann', 'anne'] }, { first: ['anne'] })).toBe('exact (tf)');
  });
});

describe('date of birth levels', () => {
  const spec = dateComparison('dob', 'dob');
  it.each([
    ['1980-07-04', '1980-07-04', 'exact'],
    ['1980-07-04', '1980-07-05', 'one character off'],
    ['1980-07-14', '1980-12-07', 'same year'],
    ['1980-03-12', '1980-12-03', 'day/month swapped'],
    ['1989-07-04', '1990-07-04', 'year off by one'],
    ['1962-07-04', '1990-07-04', 'same month and day'],
    ['1980-01-04', '1980-12-25', 'same year'],
    ['1980-01-04', '1999-12-25', 'else'],
  ])('%s vs %s is %s', (a, b, expected) => {
    expect(levelLabel(spec, { dob: a }, { dob: b })).toBe(expected);
  });
});

describe('postal code levels', () => {
  const spec = postalCodeComparison('zip', 'zip', 3);
  it.each([
    ['64133', '64133', 'exact (tf)'],
    ['64133', '64134', 'one digit off'],
    ['64133', '64199', 'first 3 characters'],
    ['64133', '90210', 'else'],
  ])('%s vs %s is %s', (a, b, expected) => {
    expect(levelLabel(spec, { zip: a }, { zip: b })).toBe(expected);
  });
});

describe('sharedValue', () => {
  it('finds the value both records hold', () => {
    expect(sharedValue(person({ e: ['a', 'b'] }), person({ e: ['c', 'b'] }), 'e')).toBe('b');
    expect(sharedValue(person({ e: ['a'] }), person({ e: ['c'] }), 'e')).toBeNull();
  });
});

describe('minLength on an exact level', () => {
  const spec: ComparisonSpec = {
    name: 'email',
    column: 'email',
    levels: [{ kind: 'null' }, { kind: 'exact' }, { kind: 'exact', column: 'user', minLength: 4, label: 'same user name' }, { kind: 'else' }],
  };
  it('lets only values at least that long agree', () => {
    expect(levelLabel(spec, { email: 'f.s@a.com', user: 'f.s' }, { email: 'f.s@b.com', user: 'f.s' })).toBe('else');
    expect(levelLabel(spec, { email: 'freya@a.com', user: 'freya' }, { email: 'freya@b.com', user: 'freya' })).toBe('same user name');
  });
});
