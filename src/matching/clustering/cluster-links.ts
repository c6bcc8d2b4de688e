import { areNicknameEquivalent } from '../comparisons/nicknames';
import { levenshtein } from '../comparisons/string-similarity';
import { givenNamesCompatible } from '../deterministic/given-names-compatible';
import type { MatchRecord } from '../records/match-record';
import { valuesOf } from '../records/match-record';
import { UnionFind } from './union-find';

/** A scored pair of records (indices into the records array). */
export interface Link {
  left: number;
  right: number;
  weight: number;
  probability: number;
  /** A steward's force-link: joined first and past the size cap and unique constraints, never past a cannot-link. */
  forced?: boolean;
}

export interface UniqueConstraint {
  column: string;
  /** Values within this many edits may be one value mis-keyed, not a conflict. */
  maxEdits: number;
  /** `givenName`: compatible first names do not conflict; `date`: yyyy-mm-dd values that may be one date mis-keyed. */
  compatibility?: 'edits' | 'givenName' | 'date';
}

export interface ClusterGuards {
  maxClusterSize: number;
  uniqueConstraints: readonly UniqueConstraint[];
  /** Pairs of records (indices) that must never share a cluster: a steward's force-unlink or split. */
  cannotLink?: readonly (readonly [number, number])[];
}

export interface CutLink extends Link {
  reason: 'size-cap' | 'unique-constraint' | 'cannot-link';
  detail: string;
}

export interface Clustering {
  /** Cluster number of each record (clusters numbered from 0 in order of their first record). */
  clusterOf: Int32Array;
  clusters: number[][];
  /** Links that joined two clusters (a maximum spanning forest). */
  treeLinks: Link[];
  /** Links refused because they would break a guard. */
  cutLinks: CutLink[];
}

interface ClusterState {
  size: number;
  values: Map<string, Set<string>>;
  /** Records some member must never share a cluster with. */
  forbidden: Set<number>;
}

/**
 * Connected components of the links, built from the strongest link down (Kruskal), so that when a guard
 * must give, the weakest links are the ones cut: a link is refused when the two clusters it would join
 * together exceed `maxClusterSize`, or hold two values of a unique column (a soc_sec_id, a loyalty card)
 * that are not one value mis-keyed. Links inside an already joined cluster are never cut. A steward's
 * forced links go first and pass the size and uniqueness guards; nothing joins across a cannot-link pair.
 */
export function clusterLinks(records: readonly MatchRecord[], links: readonly Link[], guards: ClusterGuards): Clustering {
  const sets = new UnionFind();
  const keyOf = (i: number): string => String(i);
  const state = new Map<string, ClusterState>();
  const forbiddenOf = new Map<number, Set<number>>();
  for (const [a, b] of guards.cannotLink ?? []) {
    if (a === b) continue;
    forbiddenOf.set(a, (forbiddenOf.get(a) ?? new Set()).add(b));
    forbiddenOf.set(b, (forbiddenOf.get(b) ?? new Set()).add(a));
  }
  records.forEach((record, i) => {
    sets.add(keyOf(i));
    const values = new Map<string, Set<string>>();
    for (const c of guards.uniqueConstraints) values.set(c.column, new Set(valuesOf(record, c.column)));
    state.set(keyOf(i), { size: 1, values, forbidden: new Set(forbiddenOf.get(i)) });
  });
  const treeLinks: Link[] = [];
  const cutLinks: CutLink[] = [];
  const strength = (l: Link): number => (l.forced ? Number.POSITIVE_INFINITY : l.weight);
  const ordered = [...links].sort((a, b) => strength(b) - strength(a) || a.left - b.left || a.right - b.right);
  for (const link of ordered) {
    const [rootA, rootB] = [sets.find(keyOf(link.left)), sets.find(keyOf(link.right))];
    if (rootA === rootB) continue;
    const [a, b] = [state.get(rootA), state.get(rootB)];
    if (a === undefined || b === undefined) throw new Error('cluster state lost');
    if ([...a.forbidden].some((r) => sets.find(keyOf(r)) === rootB)) {
      cutLinks.push({ ...link, reason: 'cannot-link', detail: 'a steward said two of these records are not one customer' });
      continue;
    }
    if (!link.forced && a.size + b.size > guards.maxClusterSize) {
      cutLinks.push({ ...link, reason: 'size-cap', detail: `would make ${String(a.size + b.size)} records (cap ${String(guards.maxClusterSize)})` });
      continue;
    }
    const conflict = link.forced ? undefined : guards.uniqueConstraints.find((c) => conflicting(a.values.get(c.column), b.values.get(c.column), c));
    if (conflict !== undefined) {
      cutLinks.push({ ...link, reason: 'unique-constraint', detail: `would hold two different ${conflict.column} values` });
      continue;
    }
    sets.union(rootA, rootB);
    const root = sets.find(rootA);
    const merged: ClusterState = { size: a.size + b.size, values: new Map(), forbidden: new Set([...a.forbidden, ...b.forbidden]) };
    for (const c of guards.uniqueConstraints) {
      merged.values.set(c.column, new Set([...(a.values.get(c.column) ?? []), ...(b.values.get(c.column) ?? [])]));
    }
    state.delete(rootA);
    state.delete(rootB);
    state.set(root, merged);
    treeLinks.push(link);
  }
  const clusterOf = new Int32Array(records.length);
  const numberOf = new Map<string, number>();
  const clusters: number[][] = [];
  records.forEach((_, i) => {
    const root = sets.find(keyOf(i));
    let number = numberOf.get(root);
    if (number === undefined) {
      number = clusters.length;
      numberOf.set(root, number);
      clusters.push([]);
    }
    clusters[number]?.push(i);
    clusterOf[i] = number;
  });
  return { clusterOf, clusters, treeLinks, cutLinks };
}

function conflicting(a: Set<string> | undefined, b: Set<string> | undefined, constraint: UniqueConstraint): boolean {
  if (a === undefined || b === undefined) return false;
  for (const x of a) {
    for (const y of b) {
      if (x === y || sameValue(x, y, constraint)) continue;
      return true;
    }
  }
  return false;
}

/** Whether two different strings may still be one value: a typo within maxEdits, or compatible first names. */
function sameValue(x: string, y: string, constraint: UniqueConstraint): boolean {
  if (constraint.compatibility === 'givenName') return givenNamesCompatible(x, y) || areNicknameEquivalent(x, y);
  if (constraint.compatibility === 'date') return maybeOneDate(x, y);
  return constraint.maxEdits > 0 && levenshtein(x, y) <= constraint.maxEdits;
}

/** One date keyed wrong: one character off within the same year, day and month swapped, or the year off by one. */
function maybeOneDate(x: string, y: string): boolean {
  const [a, b] = [/^(\d{4})-(\d{2})-(\d{2})$/.exec(x), /^(\d{4})-(\d{2})-(\d{2})$/.exec(y)];
  if (a === null || b === null) return levenshtein(x, y) <= 1;
  const [, yearA, monthA, dayA] = a;
  const [, yearB, monthB, dayB] = b;
  if (yearA === yearB) return levenshtein(x, y) <= 1 || (monthA === dayB && dayA === monthB);
  return monthA === monthB && dayA === dayB && Math.abs(Number(yearA) - Number(yearB)) === 1;
}
