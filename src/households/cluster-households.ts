import { UnionFind } from '../matching/clustering/union-find';
import { ScoredPair } from './score-household-pairs';

/**
 * Groups customers into households from their scored pairs: strongest pairs first, and a pair joins two
 * groups only if the result stays within `maxSize`, so one weak link cannot chain two families (or a
 * building) into one household. Pairs below `minConfidence` are ignored. Returns groups of two or more.
 */
export function clusterHouseholds(pairs: readonly ScoredPair[], minConfidence: number, maxSize: number): string[][] {
  const groups = new UnionFind();
  const sizeOf = new Map<string, number>();
  const ordered = pairs
    .filter((p) => p.confidence >= minConfidence)
    .sort((x, y) => y.confidence - x.confidence || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  for (const { a, b } of ordered) {
    const [rootA, rootB] = [groups.find(a), groups.find(b)];
    if (rootA === rootB) continue;
    const size = (sizeOf.get(rootA) ?? 1) + (sizeOf.get(rootB) ?? 1);
    if (size > maxSize) continue;
    groups.union(a, b);
    sizeOf.set(groups.find(a), size);
  }
  return groups
    .groups()
    .filter((g) => g.length >= 2)
    .map((g) => g.sort());
}
