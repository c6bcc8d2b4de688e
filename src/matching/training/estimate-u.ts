import { CompiledComparison, comparisonVector } from '../comparisons/compile-comparison';
import type { MatchRecord } from '../records/match-record';
import { levelShares, PatternCounter } from './pattern-counts';
import { SeededRandom } from './seeded-random';

export interface UEstimate {
  /** Per comparison, per level: the chance a non-matching pair lands there (null level: 0). */
  u: number[][];
  sampledPairs: number;
  /** Per comparison: the share of sampled pairs where neither record lacks the value. */
  nonNullShare: number[];
}

/**
 * u from random pairs: nearly all random pairs are non-matches, so each level's share among them estimates
 * u. Pairs are drawn with a seeded generator (same seed, same u); every pair is sampled when there are
 * fewer than asked. Half a pair is added to every level so that a level no random pair reached (an exact
 * national id) gets a small u rather than zero.
 */
export function estimateU(
  records: readonly MatchRecord[],
  comparisons: readonly CompiledComparison[],
  sampleSize: number,
  seed: string | number,
): UEstimate {
  const n = records.length;
  const counter = new PatternCounter();
  const allPairs = (n * (n - 1)) / 2;
  if (allPairs <= sampleSize) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) counter.add(vector(i, j));
  } else {
    const random = new SeededRandom(seed);
    for (let k = 0; k < sampleSize; k++) {
      const i = random.int(n);
      let j = random.int(n - 1);
      if (j >= i) j++;
      counter.add(vector(i, j));
    }
  }
  const counts = counter.result();
  return {
    u: comparisons.map((c, ci) => levelShares(counts, ci, c.labels.length, 0.5)),
    sampledPairs: counts.total,
    nonNullShare: comparisons.map((_, ci) => {
      let nonNull = 0;
      counts.patterns.forEach((gamma, p) => {
        if ((gamma[ci] ?? 0) !== 0) nonNull += counts.counts[p] ?? 0;
      });
      return counts.total === 0 ? 0 : nonNull / counts.total;
    }),
  };

  function vector(i: number, j: number): number[] {
    const [left, right] = [records[i], records[j]];
    if (left === undefined || right === undefined) throw new Error('record index out of range');
    return comparisonVector(comparisons, left, right);
  }
}
