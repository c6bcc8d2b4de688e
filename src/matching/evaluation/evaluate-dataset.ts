import { candidatePairs } from '../blocking/candidate-pairs';
import { clusterLinks, Clustering, Link } from '../clustering/cluster-links';
import { suspiciousClusters } from '../clustering/suspicious-clusters';
import type { TrainedModel } from '../model/trained-model';
import { PairScorer, probabilityFromWeight } from '../scoring/pair-scorer';
import { scoreCandidates } from '../scoring/score-candidates';
import { trainModel } from '../training/train-model';
import { bcubed, BCubedMetrics } from './bcubed';
import type { LabelledDataset } from './labelled-dataset';
import { clusterPairMetrics, pairwiseMetrics, PairwiseMetrics, truePairCount } from './pairwise-metrics';

export interface EvaluationResult {
  name: string;
  records: number;
  truePairs: number;
  candidatePairs: number;
  /** True pairs that blocking produced, over all true pairs: the ceiling on link recall. */
  blockingRecall: number;
  /** Candidate pairs at or above the threshold. */
  links: PairwiseMetrics;
  /** Every pair two clustered records make. */
  clusterPairs: PairwiseMetrics;
  bcubed: BCubedMetrics;
  model: TrainedModel;
  clustering: Clustering;
  suspiciousClusters: number;
  trainingMs: number;
  /** Blocking and scoring every candidate pair with the trained model. */
  scoringMs: number;
  clusteringMs: number;
}

/**
 * Trains on the records alone (the truth is never shown to training), then blocks, scores, links at the
 * model's threshold, clusters with the settings' guards, and measures against the truth.
 */
export function evaluateDataset(dataset: LabelledDataset, now = new Date()): EvaluationResult {
  const { records, truth } = dataset;
  const trainStart = performance.now();
  const { model } = trainModel(records, dataset.settings, { now });
  const trainingMs = performance.now() - trainStart;

  const scoreStart = performance.now();
  const scorer = new PairScorer(model);
  const pairs = candidatePairs(records, model.settings.blockingRules);
  const weights = scoreCandidates(records, pairs, scorer);
  const scoringMs = performance.now() - scoreStart;

  const links: Link[] = [];
  let trueCandidates = 0;
  for (let k = 0; k < pairs.length; k++) {
    const [left, right, weight] = [pairs.left[k] ?? 0, pairs.right[k] ?? 0, weights[k] ?? 0];
    if (truth[left] === truth[right]) trueCandidates++;
    if (weight >= model.threshold.matchWeight) links.push({ left, right, weight, probability: probabilityFromWeight(weight) });
  }
  const clusterStart = performance.now();
  const guards = model.settings.clustering;
  const clustering = clusterLinks(records, links, guards);
  const suspicious = suspiciousClusters(clustering, links, { maxClusterSize: guards.maxClusterSize });
  const clusteringMs = performance.now() - clusterStart;
  const clusterOf = Array.from(clustering.clusterOf);
  const truePairs = truePairCount(truth);
  return {
    name: dataset.name,
    records: records.length,
    truePairs,
    candidatePairs: pairs.length,
    blockingRecall: truePairs === 0 ? 1 : trueCandidates / truePairs,
    links: pairwiseMetrics(
      links.map((l) => [l.left, l.right] as const),
      truth,
    ),
    clusterPairs: clusterPairMetrics(clusterOf, truth),
    bcubed: bcubed(clusterOf, truth),
    model,
    clustering,
    suspiciousClusters: suspicious.length,
    trainingMs,
    scoringMs,
    clusteringMs,
  };
}
