import type { ModelThreshold } from '../model/trained-model';
import { probabilityFromWeight, weightFromProbability } from '../scoring/pair-scorer';
import { max, min } from '../numeric';

/**
 * The link threshold from the model's own probabilities. Taking candidates from the most to the least
 * likely, the links' expected precision is the mean probability of those taken, and their expected recall
 * the share of all expected matches they hold. The threshold is the lowest probability at which the
 * expected precision is still at least `targetPrecision`, and never below `minimumProbability` (below 0.5 a
 * link is more likely wrong than right). Fellegi-Sunter probabilities tend to be over-confident (fields are
 * not truly independent), so the estimate is an upper bound to check against labelled pairs when there are any.
 */
export function chooseThreshold(weights: Float64Array, targetPrecision: number, minimumProbability: number): ModelThreshold {
  const probabilities = Array.from(weights, probabilityFromWeight).sort((a, b) => b - a);
  const expectedMatches = probabilities.reduce((a, b) => a + b, 0);
  let taken = 0;
  let sum = 0;
  let best = -1;
  let bestSum = 0;
  for (const p of probabilities) {
    if (p < minimumProbability) break;
    taken++;
    sum += p;
    if (sum / taken >= targetPrecision) {
      best = taken;
      bestSum = sum;
    }
  }
  // Any threshold between the last pair taken and the first left out links the same pairs: the lowest
  // such (half-way in weight to the first left out, or the minimum) generalises best to new pairs.
  const firstLeftOut = probabilities[best] ?? 0;
  if (best <= 0) {
    const probability = min(max(targetPrecision, minimumProbability), 1 - 1e-9);
    const above = probabilities.filter((p) => p >= probability);
    const aboveSum = above.reduce((a, b) => a + b, 0);
    return {
      probability,
      matchWeight: weightFromProbability(probability),
      estimatedPrecision: above.length === 0 ? 1 : aboveSum / above.length,
      estimatedRecall: expectedMatches === 0 ? 0 : aboveSum / expectedMatches,
      targetPrecision,
      source: 'estimated',
    };
  }
  const lastTaken = probabilities[best - 1] ?? minimumProbability;
  const between =
    firstLeftOut < minimumProbability
      ? minimumProbability
      : probabilityFromWeight((weightFromProbability(min(lastTaken, 1 - 1e-12)) + weightFromProbability(firstLeftOut)) / 2);
  const probability = min(max(between, minimumProbability), 1 - 1e-12);
  return {
    probability,
    matchWeight: weightFromProbability(probability),
    estimatedPrecision: bestSum / best,
    estimatedRecall: expectedMatches === 0 ? 0 : bestSum / expectedMatches,
    targetPrecision,
    source: 'estimated',
  };
}
