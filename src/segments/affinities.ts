import { BehaviourState, EvidenceDelta } from './behaviour-state';
import { sensitivityOf } from './catalogue';
import { addDecayed, Decayed, valueAt } from './decay';

export type AffinityKind = 'category' | 'brand';

/** The population's decayed evidence per category and brand: the baseline lift is measured against. */
export interface PopulationBaseline {
  categories: Record<string, Decayed>;
  brands: Record<string, Decayed>;
}

export function emptyBaseline(): PopulationBaseline {
  return { categories: {}, brands: {} };
}

export function addToBaseline(baseline: PopulationBaseline, evidence: readonly EvidenceDelta[]): PopulationBaseline {
  for (const e of evidence) {
    const map = e.kind === 'category' ? baseline.categories : baseline.brands;
    map[e.target] = addDecayed(map[e.target], e.weight, e.at);
  }
  return baseline;
}

/** A preference the customer stated; never replaced by inference. */
export interface ExplicitPreference {
  kind: AffinityKind;
  target: string;
  /** LIKE (+1) or DISLIKE (-1). */
  polarity: 'LIKE' | 'DISLIKE';
  setAt: string;
}

export interface Affinity {
  kind: AffinityKind;
  target: string;
  basis: 'IMPLICIT' | 'EXPLICIT';
  /** Customer's share of evidence divided by the population's share (smoothed); null for explicit preferences. */
  lift: number | null;
  /** Time-decayed evidence behind an implicit affinity (bought lines count 1, views 0.2, add-to-cart 0.5). */
  evidence: number;
  /** 0..1: grows with the evidence (1 - e^(-evidence/3)); 1 for a stated preference. */
  confidence: number;
  /** Ranking score: ln(lift) x confidence for implicit ones; +/-10 for stated likes and dislikes. */
  score: number;
  /** Policy data categories of the affinity: inferred_profile, plus health / precise_location for sensitive targets. */
  categories: string[];
  explanation: string;
}

/** Pseudo-count of the smoothing: a customer with little evidence is pulled towards lift 1. */
export const LIFT_PRIOR = 2;
export const CONFIDENCE_SCALE = 3;

/**
 * Implicit affinities from the customer's decayed evidence, against the population baseline, at `now`:
 * share_c = (x_c + a*p_c) / (X + a), lift = share_c / p_c, where x_c is the customer's decayed evidence for
 * the target, X its total, p_c the population's share and a = LIFT_PRIOR. Explicit preferences are added as
 * they were stated and win over an implicit affinity on the same target (that one is named in the explanation).
 */
export function computeAffinities(
  state: BehaviourState,
  baseline: PopulationBaseline,
  explicit: readonly ExplicitPreference[],
  kind: AffinityKind,
  now: number,
): Affinity[] {
  const own = kind === 'category' ? state.categories : state.brands;
  const pop = kind === 'category' ? baseline.categories : baseline.brands;
  const popTotal = Object.values(pop).reduce((a, d) => a + valueAt(d, now), 0);
  const xs = Object.entries(own).map(([target, stats]) => [target, valueAt(stats.d, now), stats] as const);
  const total = xs.reduce((a, [, x]) => a + x, 0);
  const implicit = new Map<string, Affinity>();
  for (const [target, x, stats] of xs) {
    const popX = pop[target] === undefined ? 0 : valueAt(pop[target], now);
    // A target the baseline has not seen yet counts as rare: at most one customer's worth of evidence.
    const p = popTotal > 0 && popX > 0 ? popX / popTotal : 1 / Math.max(2, Object.keys(pop).length + 1);
    const share = (x + LIFT_PRIOR * p) / (total + LIFT_PRIOR);
    const lift = share / p;
    const confidence = 1 - Math.exp(-x / CONFIDENCE_SCALE);
    implicit.set(target, {
      kind, target, basis: 'IMPLICIT', lift: round(lift, 3), evidence: round(x, 3), confidence: round(confidence, 3), score: round(Math.log(lift) * confidence, 4),
      categories: categoriesOf(kind, target),
      explanation: `${String(stats.lines)} bought lines and ${String(stats.views)} browsing events; decayed evidence ${round(x, 2)} (half-life 30 days) is ${pct(x / (total || 1))} of the customer's ${kind} evidence against ${pct(p)} for all customers: lift ${round(lift, 2)}`,
    });
  }
  const stated = explicit.filter((e) => e.kind === kind).map((e): Affinity => {
    const inferred = implicit.get(e.target);
    implicit.delete(e.target);
    return {
      kind, target: e.target, basis: 'EXPLICIT', lift: null, evidence: 0, confidence: 1, score: e.polarity === 'LIKE' ? 10 : -10,
      categories: categoriesOf(kind, e.target),
      explanation: `stated by the customer (${e.polarity}) at ${e.setAt}${inferred ? `; inference alone would say lift ${String(inferred.lift)}, which does not replace it` : ''}`,
    };
  });
  return [...stated, ...implicit.values()].sort((a, b) => b.score - a.score || a.target.localeCompare(b.target));
}

export function categoriesOf(kind: AffinityKind, target: string): string[] {
  return ['inferred_profile', ...(kind === 'category' ? sensitivityOf(target) : [])];
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
