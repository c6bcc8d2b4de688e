/**
 * An exponentially time-decayed sum kept as (score, time): the score as it stood at `t`. Adding a weight at
 * any time (in or out of order) and merging two sums are exact, so the sum is incremental and mergeable.
 */
export interface Decayed {
  s: number;
  /** Epoch ms the score refers to. */
  t: number;
}

export const DAY_MS = 86_400_000;
/** Half-life of affinity evidence: a purchase 30 days ago counts half as much as one today. */
export const AFFINITY_HALF_LIFE_DAYS = 30;

export function decayFactor(fromMs: number, toMs: number, halfLifeDays = AFFINITY_HALF_LIFE_DAYS): number {
  return 2 ** (-(toMs - fromMs) / (halfLifeDays * DAY_MS));
}

/** The score brought to time `at` (later or earlier than its own time). */
export function valueAt(d: Decayed, at: number, halfLifeDays = AFFINITY_HALF_LIFE_DAYS): number {
  return d.s * decayFactor(d.t, at, halfLifeDays);
}

/** Adds `weight` observed at time `at`; the result refers to the later of the two times. */
export function addDecayed(d: Decayed | undefined, weight: number, at: number, halfLifeDays = AFFINITY_HALF_LIFE_DAYS): Decayed {
  if (d === undefined) return { s: weight, t: at };
  if (at >= d.t) return { s: valueAt(d, at, halfLifeDays) + weight, t: at };
  return { s: d.s + weight * decayFactor(at, d.t, halfLifeDays), t: d.t };
}

export function mergeDecayed(a: Decayed | undefined, b: Decayed | undefined, halfLifeDays = AFFINITY_HALF_LIFE_DAYS): Decayed | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const t = Math.max(a.t, b.t);
  return { s: valueAt(a, t, halfLifeDays) + valueAt(b, t, halfLifeDays), t };
}
