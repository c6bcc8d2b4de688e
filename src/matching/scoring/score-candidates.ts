import type { CandidatePairs } from '../blocking/candidate-pairs';
import type { MatchRecord } from '../records/match-record';
import { PairScorer } from './pair-scorer';

/** Match weights of every candidate pair, in the pairs' order. */
export function scoreCandidates(records: readonly MatchRecord[], pairs: CandidatePairs, scorer: PairScorer): Float64Array {
  const weights = new Float64Array(pairs.length);
  for (let k = 0; k < pairs.length; k++) {
    const left = records[pairs.left[k] ?? 0];
    const right = records[pairs.right[k] ?? 0];
    if (left === undefined || right === undefined) throw new Error('candidate pair outside the records');
    weights[k] = scorer.weight(left, right);
  }
  return weights;
}
