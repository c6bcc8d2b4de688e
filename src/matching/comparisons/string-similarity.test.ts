import fc from 'fast-check';
import stringComparison from 'string-comparison';
import { jaroWinkler, levenshtein } from './string-similarity';

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'A', ' ', 'x'), maxLength: 12 });

describe('string similarity', () => {
  it('gives the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 4);
    expect(jaroWinkler('mcgilc hrist', 'mcgilchrist')).toBe(1);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
  });

  it('agrees with the string-comparison package', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(jaroWinkler(a, b)).toBeCloseTo(stringComparison.jaroWinkler.similarity(a, b), 12);
        expect(levenshtein(a, b)).toBe(stringComparison.levenshtein.distance(a, b));
      }),
      { numRuns: 2000 },
    );
  });
});
