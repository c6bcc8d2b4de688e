import type { CandidatePairs } from '../blocking/candidate-pairs';
import type { MatchRecord } from '../records/match-record';
import { min } from '../numeric';
import { PairScorer, probabilityFromWeight } from '../scoring/pair-scorer';

/**
 * The match rate among all pairs where each comparison is not null: the candidates' expected matches with
 * the comparison known, over the number of such pairs in the whole data (all pairs times the share of
 * sampled pairs where it is known).
 */
export function comparisonMatchRates(
  records: readonly MatchRecord[],
  candidates: CandidatePairs,
  weights: Float64Array,
  scorer: PairScorer,
  nonNullShare: readonly number[],
  totalPairs: number,
): number[] {
  const expected = nonNullShare.map(() => 0);
  for (let k = 0; k < candidates.length; k++) {
    const p = probabilityFromWeight(weights[k] ?? 0);
    if (p < 1e-6) continue;
    const left = records[candidates.left[k] ?? 0];
    const right = records[candidates.right[k] ?? 0];
    if (left === undefined || right === undefined) continue;
    scorer.vector(left, right).forEach((level, c) => {
      if (level !== 0) expected[c] = (expected[c] ?? 0) + p;
    });
  }
  return expected.map((e, c) => {
    const pairs = totalPairs * (nonNullShare[c] ?? 0);
    return pairs <= 0 ? 0 : min(e / pairs, 0.5);
  });
}
