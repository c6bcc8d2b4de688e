/**
 * Resolution of a set of records, the way the service resolves them: deterministic links first, then
 * probabilistic links at or above the model's threshold, then clustering with the guards.
 *
 * Contract (pure: no I/O, no clock, no randomness; the same input gives the same output):
 * - input: `records` (`ResolvableRecord`: the `MatchRecord`, the identifier claims with signal and
 *   verified flag, the stored given name; ids unique), a `TrainedModel`, and options. The caller chooses
 *   the records (the whole set in an evaluation, a neighbourhood of records in the graph job); indices in
 *   the output are indices into `records`.
 * - generic values: identifier values shared by too many unrelated records (`model.settings.genericValues`)
 *   are found in `records` (plus any the caller already knows, `options.knownGenericValues`, e.g. the
 *   graph's `Identifier.generic`) and treated as unknown: they neither link deterministically nor count
 *   as agreement in a score. On a small neighbourhood the counts are small, so pass the graph's flags.
 * - deterministic: strong identifiers both records state EXPLICITly, or emails both verified, join records
 *   unless their given names disagree (`deterministic/plan-deterministic-resolution.ts`). These joins are
 *   never undone by the clustering guards, as in the service, where they are written at ingestion.
 * - probabilistic: candidate pairs from the model's blocking rules, scored by `PairScorer`; a pair at or
 *   above `model.threshold.matchWeight` is a link, with its waterfall (`PairScorer.explain`) as evidence.
 * - clustering: each deterministic component enters `clusterLinks` as one record (the union of its
 *   records' values, so the guards see everything the component holds); links join components from the
 *   strongest down, and a link is refused when the joined cluster would break a guard.
 * - output: the generic values, deterministic links, probabilistic links, refused links (deterministic
 *   given-name refusals and clustering cuts, each with its reason), and the final clusters.
 */
import type { ClusterGuards, CutLink, Link } from '../clustering/cluster-links';
import { clusterLinks } from '../clustering/cluster-links';
import { candidatePairs } from '../blocking/candidate-pairs';
import { detectGenericValues, GenericValue, genericValueKeys, withoutGenericValues } from '../generic/detect-generic-values';
import type { TrainedModel } from '../model/trained-model';
import type { MatchRecord } from '../records/match-record';
import { PairScore, PairScorer, probabilityFromWeight } from '../scoring/pair-scorer';
import { DeterministicLink, deterministicStep, RefusedDeterministicLink } from './deterministic-step';
import type { ResolvableRecord } from './resolvable-record';
import { unionRecord } from './union-record';

export interface ResolveOptions {
  /** Generic values known beforehand (column and value), added to those found in the records. */
  knownGenericValues?: readonly Pick<GenericValue, 'column' | 'value'>[];
  /** Attach `PairScorer.explain` to each probabilistic link (default true). */
  explain?: boolean;
}

export interface ProbabilisticLink extends Link {
  /** The waterfall: prior and per-comparison weights, adding up to `weight`. Absent when explain is off. */
  evidence?: PairScore;
}

export type RefusedLink =
  | ({ stage: 'deterministic' } & RefusedDeterministicLink)
  | { stage: 'clustering'; left: number; right: number; weight: number; probability: number; reason: CutLink['reason']; detail: string };

export interface Resolution {
  genericValues: GenericValue[];
  deterministicLinks: DeterministicLink[];
  /** Deterministic component of each record (what ingestion alone would make a customer). */
  componentOf: Int32Array;
  probabilisticLinks: ProbabilisticLink[];
  refusedLinks: RefusedLink[];
  /** Final cluster of each record, numbered from 0 in order of first record. */
  clusterOf: Int32Array;
  clusters: number[][];
}

export function resolveRecords(records: readonly ResolvableRecord[], model: TrainedModel, options: ResolveOptions = {}): Resolution {
  const settings = model.settings;
  const matchRecords = records.map((r) => r.match);
  const genericValues = detectGenericValues(matchRecords, settings.genericValues);
  const generic = genericValueKeys([...genericValues, ...(options.knownGenericValues ?? [])]);
  const clean = withoutGenericValues(matchRecords, generic);

  const deterministic = deterministicStep(records, generic);
  const probabilisticLinks = probabilisticStep(clean, model, options.explain ?? true);
  const { componentOf, components } = deterministic;

  // Components are the units of clustering: the strongest record link between two components stands for them.
  const strongest = new Map<number, ProbabilisticLink>();
  const pairCode = (a: number, b: number): number => (a < b ? a * components.length + b : b * components.length + a);
  for (const link of probabilisticLinks) {
    const [a, b] = [componentOf[link.left] ?? 0, componentOf[link.right] ?? 0];
    if (a === b) continue;
    const code = pairCode(a, b);
    const seen = strongest.get(code);
    if (seen === undefined || link.weight > seen.weight) strongest.set(code, link);
  }
  const componentLinks: Link[] = [];
  const recordPairOf = new Map<number, ProbabilisticLink>();
  for (const [code, link] of strongest) {
    const [a, b] = [componentOf[link.left] ?? 0, componentOf[link.right] ?? 0];
    componentLinks.push({ left: Math.min(a, b), right: Math.max(a, b), weight: link.weight, probability: link.probability });
    recordPairOf.set(code, link);
  }
  const units: MatchRecord[] = components.map((members, c) => unionRecord(`component:${String(c)}`, members.map((i) => clean[i] as MatchRecord)));
  const guards: ClusterGuards = settings.clustering;
  const clustering = clusterLinks(units, componentLinks, guards);

  const refusedLinks: RefusedLink[] = deterministic.refused.map((r) => ({ stage: 'deterministic' as const, ...r }));
  for (const cut of clustering.cutLinks) {
    const link = recordPairOf.get(pairCode(cut.left, cut.right));
    if (link === undefined) continue;
    refusedLinks.push({ stage: 'clustering', left: link.left, right: link.right, weight: link.weight, probability: link.probability, reason: cut.reason, detail: cut.detail });
  }

  const clusterOf = new Int32Array(records.length);
  const numberOf = new Map<number, number>();
  const clusters: number[][] = [];
  for (let i = 0; i < records.length; i++) {
    const unit = clustering.clusterOf[componentOf[i] ?? 0] ?? 0;
    let number = numberOf.get(unit);
    if (number === undefined) {
      number = clusters.length;
      numberOf.set(unit, number);
      clusters.push([]);
    }
    clusters[number]?.push(i);
    clusterOf[i] = number;
  }
  return {
    genericValues,
    deterministicLinks: deterministic.links,
    componentOf,
    probabilisticLinks,
    refusedLinks,
    clusterOf,
    clusters,
  };
}

/** Candidate pairs of the model's blocking rules at or above its threshold. */
function probabilisticStep(records: readonly MatchRecord[], model: TrainedModel, explain: boolean): ProbabilisticLink[] {
  const scorer = new PairScorer(model);
  const pairs = candidatePairs(records, model.settings.blockingRules);
  const links: ProbabilisticLink[] = [];
  for (let k = 0; k < pairs.length; k++) {
    const [left, right] = [pairs.left[k] ?? 0, pairs.right[k] ?? 0];
    const [a, b] = [records[left] as MatchRecord, records[right] as MatchRecord];
    const weight = scorer.weight(a, b);
    if (weight < model.threshold.matchWeight) continue;
    links.push({ left, right, weight, probability: probabilityFromWeight(weight), ...(explain ? { evidence: scorer.explain(a, b) } : {}) });
  }
  return links.sort((x, y) => x.left - y.left || x.right - y.right);
}
