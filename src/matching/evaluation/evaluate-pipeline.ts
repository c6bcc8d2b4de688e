import { candidatePairs } from '../blocking/candidate-pairs';
import type { Clustering } from '../clustering/cluster-links';
import { UnionFind } from '../clustering/union-find';
import { detectGenericValues, GenericValue, genericValueKeys, withoutGenericValues } from '../generic/detect-generic-values';
import { resolveRecords, Resolution } from '../pipeline/resolve-records';
import { parseMatchingSettings } from '../settings/matching-settings';
import { trainModel } from '../training/train-model';
import { AdversarialOutcome, adversarialOutcomes } from './adversarial-outcomes';
import { bcubed, BCubedMetrics } from './bcubed';
import type { EvaluationResult } from './evaluate-dataset';
import { cardHolderOverMerges, GroceryDataset } from './grocery-dataset';
import { clusterPairMetrics, pairwiseMetrics, truePairCount } from './pairwise-metrics';

export interface PipelineEvaluation extends EvaluationResult {
  resolution: Resolution;
  genericValues: GenericValue[];
  /** B-cubed of the deterministic components alone (what ingestion makes before any model). */
  deterministicOnly: BCubedMetrics;
  /**
   * B-cubed of a perfect decision on every pair the pipeline could consider (candidate pairs and
   * deterministic links, joined transitively): the most any threshold or guard could reach. Uses the truth,
   * so it is a diagnostic, never an input.
   */
  ceiling: BCubedMetrics;
  cardHolderOverMerges: number;
  adversarial: AdversarialOutcome[];
}

/**
 * The grocery set measured the way the service resolves it: generic values are found and dropped, the
 * model is trained on the records alone (never the truth), then `resolveRecords` links deterministically,
 * probabilistically and clusters with the guards. P/R/F1 are of the links of both kinds.
 */
export function evaluatePipeline(dataset: GroceryDataset, now = new Date()): PipelineEvaluation {
  const { records, truth } = dataset;
  const settings = parseMatchingSettings(dataset.settings);
  const trainStart = performance.now();
  const genericValues = detectGenericValues(records, settings.genericValues);
  const clean = withoutGenericValues(records, genericValueKeys(genericValues));
  const { model, candidates } = trainModel(clean, settings, { now });
  const trainingMs = performance.now() - trainStart;

  const resolveStart = performance.now();
  const resolution = resolveRecords(dataset.resolvable, model, { explain: false });
  const scoringMs = performance.now() - resolveStart;

  const linked = new Set<number>();
  const n = records.length;
  for (const l of [...resolution.deterministicLinks, ...resolution.probabilisticLinks]) linked.add(Math.min(l.left, l.right) * n + Math.max(l.left, l.right));
  const pairs = [...linked].map((code) => [Math.floor(code / n), code % n] as const);

  let trueCandidates = 0;
  for (let k = 0; k < candidates.length; k++) if (truth[candidates.left[k] ?? 0] === truth[candidates.right[k] ?? 0]) trueCandidates++;
  const truePairs = truePairCount(truth);
  const clusterOf = Array.from(resolution.clusterOf);
  const clustering: Clustering = {
    clusterOf: resolution.clusterOf,
    clusters: resolution.clusters,
    treeLinks: [],
    cutLinks: resolution.refusedLinks.flatMap((r) => (r.stage === 'clustering' ? [{ left: r.left, right: r.right, weight: r.weight, probability: r.probability, reason: r.reason, detail: r.detail }] : [])),
  };
  return {
    name: `${dataset.name}, pipeline`,
    records: n,
    truePairs,
    candidatePairs: candidates.length,
    blockingRecall: truePairs === 0 ? 1 : trueCandidates / truePairs,
    links: pairwiseMetrics(pairs, truth),
    clusterPairs: clusterPairMetrics(clusterOf, truth),
    bcubed: bcubed(clusterOf, truth),
    model,
    clustering,
    suspiciousClusters: 0,
    trainingMs,
    scoringMs,
    clusteringMs: 0,
    resolution,
    genericValues,
    deterministicOnly: bcubed(Array.from(resolution.componentOf), truth),
    ceiling: ceiling(dataset, clean, resolution, settings.blockingRules),
    cardHolderOverMerges: cardHolderOverMerges(resolution.clusters, dataset),
    adversarial: adversarialOutcomes(dataset, resolution.clusterOf),
  };
}

function ceiling(dataset: GroceryDataset, clean: GroceryDataset['records'], resolution: Resolution, rules: Parameters<typeof candidatePairs>[1]): BCubedMetrics {
  const sets = new UnionFind();
  dataset.records.forEach((_, i) => sets.add(String(i)));
  const join = (a: number, b: number): void => {
    if (dataset.truth[a] === dataset.truth[b]) sets.union(String(a), String(b));
  };
  const pairs = candidatePairs(clean, rules);
  for (let k = 0; k < pairs.length; k++) join(pairs.left[k] ?? 0, pairs.right[k] ?? 0);
  for (const l of resolution.deterministicLinks) join(l.left, l.right);
  return bcubed(dataset.records.map((_, i) => sets.find(String(i))), dataset.truth);
}
