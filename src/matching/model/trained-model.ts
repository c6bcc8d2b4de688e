import { z } from 'zod';
import { matchingSettingsSchema } from '../settings/matching-settings';

export const MODEL_FORMAT_VERSION = 1;

const levelParametersSchema = z.object({
  label: z.string(),
  /** Chance a matching pair lands on this level; null for the null level. */
  m: z.number().min(0).max(1).nullable(),
  /** Chance a non-matching pair lands on this level; null for the null level. */
  u: z.number().min(0).max(1).nullable(),
});

const comparisonParametersSchema = z.object({ name: z.string(), levels: z.array(levelParametersSchema) });

const thresholdSchema = z.object({
  /** Pairs at or above this match probability are links. */
  probability: z.number().gt(0).lt(1),
  matchWeight: z.number(),
  /** The model's own estimate of the links' precision at this threshold (mean probability of the links). */
  estimatedPrecision: z.number().min(0).max(1),
  /** The model's own estimate of recall among candidate pairs (expected matches linked / expected matches). */
  estimatedRecall: z.number().min(0).max(1),
  targetPrecision: z.number(),
  /** How the threshold was set: by the model's estimate, or by hand. */
  source: z.enum(['estimated', 'manual']),
});

const trainingReportSchema = z.object({
  records: z.number().int(),
  uSampledPairs: z.number().int(),
  candidatePairs: z.number().int(),
  rules: z.array(
    z.object({
      rule: z.string(),
      pairs: z.number().int(),
      fixedComparisons: z.array(z.string()),
      iterations: z.number().int(),
      converged: z.boolean(),
      lambdaInBlock: z.number(),
    }),
  ),
  durationMs: z.number(),
  overrides: z.array(z.string()).default([]),
});

export const trainedModelSchema = z.object({
  modelFormatVersion: z.literal(MODEL_FORMAT_VERSION),
  /** Hash of the settings and every parameter: two models with one version score identically. */
  version: z.string(),
  trainedAt: z.string(),
  settings: matchingSettingsSchema,
  /** Prior: the chance two records drawn at random are the same person. */
  lambda: z.number().gt(0).lt(1),
  comparisons: z.array(comparisonParametersSchema),
  termFrequencies: z.record(z.string(), z.object({ total: z.number().int(), counts: z.record(z.string(), z.number()) })),
  threshold: thresholdSchema,
  training: trainingReportSchema,
  /**
   * Set when the model was superseded and its term-frequency tables (raw values of the tf columns) were
   * removed. Such a model no longer scores as its version says: it is kept for lineage, never scored with.
   */
  termFrequenciesRemovedAt: z.string().optional(),
});

export type TrainedModel = z.output<typeof trainedModelSchema>;
export type ComparisonParameters = z.output<typeof comparisonParametersSchema>;
export type ModelThreshold = z.output<typeof thresholdSchema>;
export type TrainingReport = z.output<typeof trainingReportSchema>;

/** Reads a model saved as JSON, checking every field. */
export function parseTrainedModel(json: string): TrainedModel {
  return trainedModelSchema.parse(JSON.parse(json));
}

export function serialiseTrainedModel(model: TrainedModel): string {
  return JSON.stringify(model);
}

/** A stored model's JSON as far as stripping needs it: any object with term-frequency tables, other fields kept as they are. */
const storedModelShape = z.looseObject({ termFrequencies: z.record(z.string(), z.unknown()) });

/**
 * A superseded model's JSON without its term-frequency tables (each column's table dropped, `termFrequencies`
 * left empty) and marked `termFrequenciesRemovedAt`; every other field as stored. Null when the JSON is not a
 * model (unreadable, or of a shape this code does not know): then nothing of it can be vouched for and it goes.
 */
export function withoutTermFrequencies(json: string, at: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = storedModelShape.safeParse(value);
  if (!parsed.success) return null;
  return JSON.stringify({ ...parsed.data, termFrequencies: {}, termFrequenciesRemovedAt: at });
}
