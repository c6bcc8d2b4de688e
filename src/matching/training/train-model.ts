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
import { comparisonMatchRates } from './comparison-match-rates';
import { correctU } from './correct-u';
import type { CompiledComparison } from '../comparisons/compile-comparison';
import type { ComparisonParameters } from '../model/trained-model';

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
 * from the candidate pairs; u is then cleared of the matches among the random pairs and m and the prior
 * trained again; last come overrides and the link threshold from the model's own estimated precision.
 */
export function trainModel(records: readonly MatchRecord[], settingsInput: MatchingSettingsInput | MatchingSettings, options: TrainOptions = {}): TrainResult {
  const started = performance.now();
  const settings = parseMatchingSettings(settingsInput);
  const compiled = compileComparisons(settings.comparisons);
  const tfColumns = compiled.flatMap((c) => c.tfColumns.filter((column): column is string => column !== null));
  const termFrequencies = buildTermFrequencies(records, tfColumns);
  const sample = estimateU(records, compiled, settings.training.uSampleSize, settings.training.seed);
  const candidates = candidatePairs(records, settings.blockingRules);
  const n = records.length;
  const totalPairs = (n * (n - 1)) / 2;
  const fit = (u: readonly (readonly number[])[]) => {
    const { m, rules } = trainM(records, settings, compiled, u);
    const comparisons = parametersOf(compiled, m, u);
    const evidence = scoreCandidates(records, candidates, new PairScorer({ settings, lambda: 0.5, comparisons, termFrequencies }));
    return { m, rules, comparisons, prior: estimatePrior(evidence, totalPairs) };
  };
  let fitted = fit(sample.u);
  for (let round = 0; round < settings.training.uCorrectionRounds; round++) {
    const scorer = new PairScorer({ settings, lambda: fitted.prior.lambda, comparisons: fitted.comparisons, termFrequencies });
    const weights = scoreCandidates(records, candidates, scorer);
    const rates = comparisonMatchRates(records, candidates, weights, scorer, sample.nonNullShare, totalPairs);
    const nonNullPairs = sample.nonNullShare.map((share) => share * sample.sampledPairs);
    fitted = fit(correctU(sample.u, fitted.m, rates, nonNullPairs));
  }
  const { rules, comparisons: estimated, prior } = fitted;
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
    uSampledPairs: sample.sampledPairs,
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

function parametersOf(compiled: readonly CompiledComparison[], m: readonly (readonly number[])[], u: readonly (readonly number[])[]): ComparisonParameters[] {
  return compiled.map((c, ci) => ({
    name: c.name,
    levels: c.labels.map((label, level) => ({
      label,
      m: level === 0 ? null : (m[ci]?.[level] ?? 0),
      u: level === 0 ? null : (u[ci]?.[level] ?? 0),
    })),
  }));
}
