import { givenNamesCompatible } from './given-names-compatible';

describe('givenNamesCompatible', () => {
  it.each([
    ['Ann', 'Ann'],
    ['ann', 'ANN'],
    ['Rob', 'Robert'],
    ['Chris', 'Christopher'],
    ['Lawrence', 'Lawrnece'],
    ['José', 'Jose'],
    [null, 'Ann'],
    ['Ann', undefined],
  ])('%s and %s may be one person', (a, b) => {
    expect(givenNamesCompatible(a, b)).toBe(true);
  });

  it.each([
    ['Liam', 'Lisa'],
    ['Thomas', 'Kayla'],
    ['Brittany', 'Terrell'],
    ['Bill', 'William'],
  ])('%s and %s block a deterministic link', (a, b) => {
    expect(givenNamesCompatible(a, b)).toBe(false);
  });
});
