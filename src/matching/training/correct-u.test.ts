import { correctU } from './correct-u';

describe('correctU', () => {
  it('takes the matches among random pairs out of the observed shares', () => {
    // Observed among random non-null pairs: 1% agree exactly; a tenth of a percent of pairs are matches,
    // and 90% of matches agree, so the non-matches' own rate of agreement is (0.01 - 0.0009) / 0.999.
    const [u] = correctU([[0, 0.01, 0.99]], [[0, 0.9, 0.1]], [0.001], [100_000]);
    expect(u?.[1]).toBeCloseTo((0.01 - 0.0009) / 0.999 / ((0.01 - 0.0009) / 0.999 + (0.99 - 0.0001) / 0.999), 12);
    expect((u?.[1] ?? 0) + (u?.[2] ?? 0)).toBeCloseTo(1, 12);
  });

  it('floors a level the matches explain entirely at half a sampled pair', () => {
    const [u] = correctU([[0, 0.0005, 0.9995]], [[0, 0.9, 0.1]], [0.001], [10_000]);
    expect(u?.[1]).toBeCloseTo(0.5 / 10_000 / (0.5 / 10_000 + (0.9995 - 0.0001) / 0.999), 12);
  });
});
