import { modelVersion } from '../model/model-version';
import type { TrainedModel } from '../model/trained-model';
import { applyParameterOverrides, manualThreshold, ParameterOverrides } from './overrides';

/**
 * A trained model with parameters set by hand (a reviewer's m for a level, a prior, a threshold), without
 * training again. The threshold is kept unless given; the version changes, the training date does not, and
 * the overrides are added to the training report.
 */
export function overrideModel(model: TrainedModel, overrides: ParameterOverrides): TrainedModel {
  const applied = applyParameterOverrides(model.lambda, model.comparisons, overrides);
  const threshold = overrides.thresholdProbability === undefined ? model.threshold : manualThreshold(overrides.thresholdProbability, model.threshold);
  const body = { settings: model.settings, lambda: applied.lambda, comparisons: applied.comparisons, termFrequencies: model.termFrequencies, threshold };
  const thresholdNote = overrides.thresholdProbability === undefined ? [] : [`threshold=${String(overrides.thresholdProbability)}`];
  return {
    ...model,
    ...body,
    version: modelVersion(body),
    training: { ...model.training, overrides: [...model.training.overrides, ...applied.applied, ...thresholdNote] },
  };
}
