import type { PatternCounts } from './pattern-counts';
import { abs, max, min } from '../numeric';

export interface EmInput {
  counts: PatternCounts;
  /** Starting m per comparison and level (null level ignored). */
  m: readonly (readonly number[])[];
  /** u per comparison and level, held fixed (estimated from random pairs). */
  u: readonly (readonly number[])[];
  /** Comparisons that take part; the others (the training rule's own columns) are left out and keep their m. */
  active: readonly boolean[];
  lambda: number;
  maxIterations: number;
  tolerance: number;
  /**
   * Matched pairs added to every level in the M step (additive smoothing; 0 turns it off). Without it a
   * rare level (a ZIP shared without the street line, a year off by one) can reach m = 0 at EM's fixed
   * point, and one such level then vetoes any pair, however much else agrees.
   */
  pseudoCount?: number;
}

export interface EmResult {
  m: number[][];
  /** Share of matches among the training pairs (specific to the rule's pairs, not the data's prior). */
  lambda: number;
  iterations: number;
  converged: boolean;
}

const FLOOR = 1e-9;

/**
 * Fellegi-Sunter expectation maximisation with u fixed: the E step gives each pattern's chance of being a
 * match under the current m and lambda, the M step sets each level's m to the matched share of the pairs at
 * that level among those not null. Inactive comparisons contribute nothing to the likelihood, as Splink
 * does for the comparisons a training blocking rule used (within the block they agree by construction).
 */
export function expectationMaximisation(input: EmInput): EmResult {
  const { counts, u, active } = input;
  let m = input.m.map((levels) => [...levels]);
  let lambda = input.lambda;
  const pseudoCount = input.pseudoCount ?? 0;
  for (let iteration = 1; iteration <= input.maxIterations; iteration++) {
    const matched = m.map((levels) => new Array<number>(levels.length).fill(0));
    let matchedTotal = 0;
    counts.patterns.forEach((gamma, p) => {
      const count = counts.counts[p] ?? 0;
      let likelihoodMatch = lambda;
      let likelihoodNon = 1 - lambda;
      gamma.forEach((level, c) => {
        if (level === 0 || active[c] !== true) return;
        likelihoodMatch *= max(m[c]?.[level] ?? 0, FLOOR);
        likelihoodNon *= max(u[c]?.[level] ?? 0, FLOOR);
      });
      const posterior = likelihoodMatch / (likelihoodMatch + likelihoodNon);
      const weight = posterior * count;
      matchedTotal += weight;
      gamma.forEach((level, c) => {
        const row = matched[c];
        if (row !== undefined && level !== 0) row[level] = (row[level] ?? 0) + weight;
      });
    });
    const next = m.map((levels, c) => {
      if (active[c] !== true) return levels;
      const row = matched[c] ?? [];
      const nonNull = row.slice(1).reduce((a, b) => a + b, 0);
      const total = nonNull + pseudoCount * (row.length - 1);
      return nonNull === 0 ? levels : row.map((value, level) => (level === 0 ? 0 : (value + pseudoCount) / total));
    });
    const change = max(...next.flatMap((levels, c) => levels.map((value, level) => abs(value - (m[c]?.[level] ?? 0)))));
    m = next;
    lambda = min(max(matchedTotal / max(counts.total, 1), FLOOR), 1 - FLOOR);
    if (change < input.tolerance) return { m, lambda, iterations: iteration, converged: true };
  }
  return { m, lambda, iterations: input.maxIterations, converged: false };
}

/** Default starting m: most matches agree exactly, few fall to else. */
export function initialM(levelCount: number, given: readonly (number | undefined)[]): number[] {
  const middle = max(levelCount - 3, 0);
  const guess = (level: number): number => {
    if (level === 0) return 0;
    if (level === 1) return 0.7;
    if (level === levelCount - 1) return 0.05;
    return 0.25 / middle;
  };
  const raw = Array.from({ length: levelCount }, (_, level) => (level === 0 ? 0 : (given[level] ?? guess(level))));
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((value) => value / total);
}
