import { bcubed } from './bcubed';
import { clusterPairMetrics, pairwiseMetrics, truePairCount } from './pairwise-metrics';

// Truth: {0,1,2} and {3,4}; 4 true pairs. Prediction: {0,1}, {2,3,4}.
const truth = ['A', 'A', 'A', 'B', 'B'];
const predicted = [0, 0, 1, 1, 1];

describe('pairwise metrics', () => {
  it('counts true pairs', () => {
    expect(truePairCount(truth)).toBe(4);
  });

  it('scores explicit pairs', () => {
    const m = pairwiseMetrics(
      [
        [0, 1],
        [2, 3],
        [3, 4],
      ],
      truth,
    );
    expect(m).toMatchObject({ truePairs: 4, predictedPairs: 3, truePositives: 2 });
    expect(m.precision).toBeCloseTo(2 / 3, 12);
    expect(m.recall).toBeCloseTo(0.5, 12);
    expect(m.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5), 12);
  });

  it('scores the pairs a clustering implies', () => {
    // Clusters {0,1} and {2,3,4} imply 1 + 3 = 4 pairs; true among them: (0,1) and (3,4).
    const m = clusterPairMetrics(predicted, truth);
    expect(m).toMatchObject({ predictedPairs: 4, truePositives: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
  });
});

describe('B-cubed', () => {
  it('matches the hand computation', () => {
    // Precision per record: 0,1 -> 2/2; 2 -> 1/3; 3,4 -> 2/3.  Mean = (1 + 1 + 1/3 + 2/3 + 2/3) / 5 = 11/15.
    // Recall per record: 0,1 -> 2/3; 2 -> 1/3; 3,4 -> 2/2.      Mean = (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15.
    const m = bcubed(predicted, truth);
    expect(m.precision).toBeCloseTo(11 / 15, 12);
    expect(m.recall).toBeCloseTo(11 / 15, 12);
    expect(m.f1).toBeCloseTo(11 / 15, 12);
  });

  it('is perfect for the truth itself and refuses mismatched lengths', () => {
    expect(bcubed(truth, truth)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(() => bcubed([0], truth)).toThrow();
  });
});
