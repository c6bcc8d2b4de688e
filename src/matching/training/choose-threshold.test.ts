import { probabilityFromWeight, weightFromProbability } from '../scoring/pair-scorer';
import { estimatePrior } from './estimate-prior';
import { chooseThreshold } from './choose-threshold';

const weights = (probabilities: number[]) => Float64Array.from(probabilities, weightFromProbability);

describe('chooseThreshold', () => {
  it('goes as low as the estimated precision allows, never below the minimum', () => {
    // Mean of the top 4 = 0.9975; adding 0.97 drops it to 0.992 < 0.995.
    const t = chooseThreshold(weights([0.999, 0.999, 0.998, 0.994, 0.97, 0.6, 0.1]), 0.995, 0.5);
    expect(t.probability).toBeLessThan(0.994);
    expect(t.probability).toBeGreaterThan(0.97);
    expect(t.estimatedPrecision).toBeCloseTo((0.999 + 0.999 + 0.998 + 0.994) / 4, 12);
    expect(t.estimatedRecall).toBeCloseTo((0.999 + 0.999 + 0.998 + 0.994) / (0.999 + 0.999 + 0.998 + 0.994 + 0.97 + 0.6 + 0.1), 12);
    expect(t.matchWeight).toBeCloseTo(weightFromProbability(t.probability), 9);
  });

  it('stops at the minimum probability when the precision stays high', () => {
    const t = chooseThreshold(weights([0.9999, 0.9999, 0.9999, 0.9999, 0.2, 0.1]), 0.995, 0.5);
    expect(t.probability).toBe(0.5);
  });
});

describe('estimatePrior', () => {
  it('finds lambda as the expected number of matches over all pairs', () => {
    // 100 candidates with overwhelming evidence among 1e6 pairs: lambda = 1e-4.
    const evidence = new Float64Array(100).fill(60);
    const prior = estimatePrior(evidence, 1_000_000);
    expect(prior.lambda).toBeCloseTo(1e-4, 8);
    expect(prior.expectedMatches).toBeCloseTo(100, 3);
    expect(probabilityFromWeight(60 + Math.log2(prior.lambda))).toBeGreaterThan(0.999);
  });
});
