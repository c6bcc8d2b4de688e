import { candidatePairs, CandidatePairs } from '../blocking/candidate-pairs';
import { compileComparisons } from '../comparisons/compile-comparison';
import { modelVersion } from '../model/model-version';
import { MODEL_FORMAT_VERSION, TrainedModel, TrainingReport } from '../model/trained-model';
import type { MatchRecord } from '../records/match-record';
import { MatchingSettings, MatchingSettingsInput, parseMatchingSettings } from '../settings/matching-settings';
import { PairScorer } from '../scoring/pair-scorer';
import { scoreCandidates } from '../scoring/score-candidates';
import { chooseThreshold } from './choose-threshold';
import { estimatePrior } from './estimate-prior';
import { estimateU } from './estimate-u';
import { trainM } from './train-m';
import { applyParameterOverrides, manualThreshold, ParameterOverrides } from './overrides';
import { buildTermFrequencies } from './term-frequencies';

export interface TrainOptions {
  /** The training date written into the model (default: now). */
  now?: Date;
  overrides?: ParameterOverrides;
}

export interface TrainResult {
  model: TrainedModel;
  /** The prediction candidate pairs and their final match weights (reused by callers to save a pass). */
  candidates: CandidatePairs;
  weights: Float64Array;
}

/**
 * Unsupervised Fellegi-Sunter training, in Splink's order: term frequencies, u from random pairs, m by
 * EM on each training rule's pairs (its own columns held fixed), m averaged over the rules, then the prior
 * from the candidate pairs, overrides, and the link threshold from the model's own estimated precision.
 */
export function trainModel(records: readonly MatchRecord[], settingsInput: MatchingSettingsInput | MatchingSettings, options: TrainOptions = {}): TrainResult {
  const started = performance.now();
  const settings = parseMatchingSettings(settingsInput);
  const compiled = compileComparisons(settings.comparisons);
  const tfColumns = compiled.flatMap((c) => c.tfColumns.filter((column): column is string => column !== null));
  const termFrequencies = buildTermFrequencies(records, tfColumns);
  const { u, sampledPairs } = estimateU(records, compiled, settings.training.uSampleSize, settings.training.seed);
  const { m, rules } = trainM(records, settings, compiled, u);

  const estimated = compiled.map((c, ci) => ({
    name: c.name,
    levels: c.labels.map((label, level) => ({
      label,
      m: level === 0 ? null : (m[ci]?.[level] ?? 0),
      u: level === 0 ? null : (u[ci]?.[level] ?? 0),
    })),
  }));
  const candidates = candidatePairs(records, settings.blockingRules);
  const evidence = scoreCandidates(records, candidates, new PairScorer({ settings, lambda: 0.5, comparisons: estimated, termFrequencies }));
  const n = records.length;
  const prior = estimatePrior(evidence, (n * (n - 1)) / 2);
  const overridden = applyParameterOverrides(prior.lambda, estimated, options.overrides ?? {});

  const scorer = new PairScorer({ settings, lambda: overridden.lambda, comparisons: overridden.comparisons, termFrequencies });
  const weights = scoreCandidates(records, candidates, scorer);
  const estimatedThreshold = chooseThreshold(weights, settings.threshold.targetPrecision, settings.threshold.minimumProbability);
  const threshold =
    options.overrides?.thresholdProbability === undefined
      ? estimatedThreshold
      : manualThreshold(options.overrides.thresholdProbability, estimatedThreshold);
  const training: TrainingReport = {
    records: n,
    uSampledPairs: sampledPairs,
    candidatePairs: candidates.length,
    rules,
    durationMs: Math.round(performance.now() - started),
    overrides: [
      ...overridden.applied,
      ...(options.overrides?.thresholdProbability === undefined ? [] : [`threshold=${String(options.overrides.thresholdProbability)}`]),
    ],
  };
  const body = { settings, lambda: overridden.lambda, comparisons: overridden.comparisons, termFrequencies, threshold };
  const model: TrainedModel = {
    modelFormatVersion: MODEL_FORMAT_VERSION,
    version: modelVersion(body),
    trainedAt: (options.now ?? new Date()).toISOString(),
    ...body,
    training,
  };
  return { model, candidates, weights };
}
