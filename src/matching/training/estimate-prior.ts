import { probabilityFromWeight } from '../scoring/pair-scorer';
import { abs, log2, max, min } from '../numeric';

export interface PriorEstimate {
  lambda: number;
  expectedMatches: number;
  iterations: number;
}

/**
 * The prior lambda (chance two random records match) from the candidate pairs: the expected number of
 * matches is the sum of the candidates' match probabilities, which in turn depend on lambda, so the two are
 * iterated to a fixed point. `evidenceWeights` are the candidates' match weights without the prior's term.
 * Matches that blocking missed are not counted, so lambda is, if anything, slightly low.
 */
export function estimatePrior(evidenceWeights: Float64Array, totalPairs: number, maxIterations = 200): PriorEstimate {
  if (totalPairs <= 0 || evidenceWeights.length === 0) return { lambda: 1e-6, expectedMatches: 0, iterations: 0 };
  let lambda = min(0.5, (evidenceWeights.length / totalPairs) * 0.5);
  let expected = 0;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const priorWeight = log2(lambda / (1 - lambda));
    expected = 0;
    for (const w of evidenceWeights) expected += probabilityFromWeight(w + priorWeight);
    const next = min(max(expected / totalPairs, 1e-12), 0.5);
    if (abs(next - lambda) <= lambda * 1e-7) return { lambda: next, expectedMatches: expected, iterations: iteration };
    lambda = next;
  }
  return { lambda, expectedMatches: expected, iterations: maxIterations };
}
