import type { Clustering, Link } from './cluster-links';

export interface SuspiciousCluster {
  cluster: number;
  size: number;
  reasons: string[];
  /** Links among the cluster's records above the threshold, over all pairs of its records. */
  density: number;
  /** The weakest link holding the cluster together (probability). */
  weakestTreeLink: number;
}

export interface SuspicionOptions {
  maxClusterSize: number;
  /** Clusters of at least 3 records whose link density falls below this are chains, worth a look. */
  minDensity?: number;
}

/**
 * Clusters a person should look at: touched by a cut link (a guard refused a join, so the evidence
 * disagrees), at the size cap, or held together by a chain of links rather than by links between most
 * of their records.
 */
export function suspiciousClusters(clustering: Clustering, links: readonly Link[], options: SuspicionOptions): SuspiciousCluster[] {
  const minDensity = options.minDensity ?? 0.5;
  const { clusterOf, clusters } = clustering;
  const internal = new Map<number, number>();
  for (const link of links) {
    const c = clusterOf[link.left];
    if (c !== undefined && c === clusterOf[link.right]) internal.set(c, (internal.get(c) ?? 0) + 1);
  }
  const weakest = new Map<number, number>();
  for (const link of clustering.treeLinks) {
    const c = clusterOf[link.left] ?? -1;
    weakest.set(c, Math.min(weakest.get(c) ?? 1, link.probability));
  }
  const cuts = new Map<number, string[]>();
  for (const cut of clustering.cutLinks) {
    for (const end of [cut.left, cut.right]) {
      const c = clusterOf[end] ?? -1;
      const list = cuts.get(c) ?? [];
      list.push(`${cut.reason}: ${cut.detail}`);
      cuts.set(c, list);
    }
  }
  const out: SuspiciousCluster[] = [];
  clusters.forEach((members, cluster) => {
    const size = members.length;
    const possible = (size * (size - 1)) / 2;
    const density = possible === 0 ? 1 : (internal.get(cluster) ?? 0) / possible;
    const reasons = [...new Set(cuts.get(cluster) ?? [])];
    if (size >= options.maxClusterSize) reasons.push(`at the size cap (${String(options.maxClusterSize)})`);
    if (size >= 3 && density < minDensity) reasons.push(`chained: only ${(density * 100).toFixed(0)}% of its pairs are links`);
    if (reasons.length > 0) out.push({ cluster, size, reasons, density, weakestTreeLink: weakest.get(cluster) ?? 1 });
  });
  return out.sort((a, b) => b.reasons.length - a.reasons.length || b.size - a.size);
}
