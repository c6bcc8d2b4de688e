import { f1Of } from './pairwise-metrics';

export interface BCubedMetrics {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * B-cubed precision and recall (Bagga and Baldwin): for each record, the share of its predicted cluster that
 * is truly its entity, and the share of its entity that landed in its cluster; both averaged over records.
 */
export function bcubed(clusterOf: readonly (string | number)[], truth: readonly string[]): BCubedMetrics {
  if (clusterOf.length !== truth.length) throw new Error('clusters and truth must cover the same records');
  const n = clusterOf.length;
  if (n === 0) return { precision: 1, recall: 1, f1: 1 };
  const clusterSizes = new Map<string | number, number>();
  const entitySizes = new Map<string, number>();
  const cellSizes = new Map<string, number>();
  clusterOf.forEach((cluster, i) => {
    const entity = truth[i] ?? '';
    clusterSizes.set(cluster, (clusterSizes.get(cluster) ?? 0) + 1);
    entitySizes.set(entity, (entitySizes.get(entity) ?? 0) + 1);
    const cell = `${String(cluster)}\u0000${entity}`;
    cellSizes.set(cell, (cellSizes.get(cell) ?? 0) + 1);
  });
  let precision = 0;
  let recall = 0;
  clusterOf.forEach((cluster, i) => {
    const entity = truth[i] ?? '';
    const overlap = cellSizes.get(`${String(cluster)}\u0000${entity}`) ?? 0;
    precision += overlap / (clusterSizes.get(cluster) ?? 1);
    recall += overlap / (entitySizes.get(entity) ?? 1);
  });
  precision /= n;
  recall /= n;
  return { precision, recall, f1: f1Of(precision, recall) };
}
