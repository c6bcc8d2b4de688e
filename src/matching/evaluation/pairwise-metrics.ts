/** Precision, recall and F1 of a set of predicted pairs against the true entities. */
export interface PairwiseMetrics {
  truePairs: number;
  predictedPairs: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
}

const choose2 = (n: number): number => (n * (n - 1)) / 2;

export function f1Of(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function metrics(truePairs: number, predictedPairs: number, truePositives: number): PairwiseMetrics {
  const precision = predictedPairs === 0 ? 1 : truePositives / predictedPairs;
  const recall = truePairs === 0 ? 1 : truePositives / truePairs;
  return { truePairs, predictedPairs, truePositives, precision, recall, f1: f1Of(precision, recall) };
}

/** How many pairs of records share an entity. */
export function truePairCount(truth: readonly string[]): number {
  const sizes = new Map<string, number>();
  for (const entity of truth) sizes.set(entity, (sizes.get(entity) ?? 0) + 1);
  let total = 0;
  for (const size of sizes.values()) total += choose2(size);
  return total;
}

/** Metrics of explicit pairs (record indices); each pair must be listed once. */
export function pairwiseMetrics(pairs: Iterable<readonly [number, number]>, truth: readonly string[]): PairwiseMetrics {
  let predicted = 0;
  let correct = 0;
  for (const [a, b] of pairs) {
    predicted++;
    if (truth[a] === truth[b]) correct++;
  }
  return metrics(truePairCount(truth), predicted, correct);
}

/** Metrics of the pairs a clustering implies (every two records in one cluster). */
export function clusterPairMetrics(clusterOf: readonly (string | number)[], truth: readonly string[]): PairwiseMetrics {
  const clusterSizes = new Map<string | number, number>();
  const cellSizes = new Map<string, number>();
  clusterOf.forEach((cluster, i) => {
    clusterSizes.set(cluster, (clusterSizes.get(cluster) ?? 0) + 1);
    const cell = `${String(cluster)}\u0000${truth[i] ?? ''}`;
    cellSizes.set(cell, (cellSizes.get(cell) ?? 0) + 1);
  });
  let predicted = 0;
  let correct = 0;
  for (const size of clusterSizes.values()) predicted += choose2(size);
  for (const size of cellSizes.values()) correct += choose2(size);
  return metrics(truePairCount(truth), predicted, correct);
}
