import { ErrorCode, IdentityGraphError } from '../../errors';
import { loadMatchInputs } from '../store/load-match-inputs';
import { saveActiveModel } from '../store/model-store';
import type { MatchRecord } from '../records/match-record';
import type { MatchingSettings, MatchingSettingsInput } from '../settings/matching-settings';
import { SeededRandom } from '../training/seeded-random';
import { trainModel } from '../training/train-model';
import type { TrainedModel } from '../model/trained-model';
import type { ParameterOverrides } from '../training/overrides';
import type { MatcherContext } from './matcher-context';
import { pageRecordKeys } from './page-record-keys';

/** Fewer records than this cannot estimate u and m with any meaning; a model from them would link at random. */
export const MINIMUM_TRAINING_RECORDS = 100;

export interface TrainFromGraphOptions {
  jobId: string;
  /** Most records trained on; above it a seeded random sample of this size (reservoir) is used. */
  sampleLimit?: number;
  overrides?: ParameterOverrides;
}

/**
 * Trains a model on the records in the graph, without labels, and makes it the active model. Training reads
 * each record's matching view with its generic values already left out, so a store phone teaches nothing.
 */
export async function trainFromGraph(
  ctx: MatcherContext,
  settings: MatchingSettingsInput | MatchingSettings,
  options: TrainFromGraphOptions,
): Promise<{ model: TrainedModel; records: number; sampled: number }> {
  const meta = { actor: 'job:matching-train', jobId: options.jobId };
  const limit = options.sampleLimit ?? 200_000;
  const random = new SeededRandom(`train:${String(limit)}`);
  const sample: MatchRecord[] = [];
  let seen = 0;
  for await (const keys of pageRecordKeys(ctx.graph, 2000, '', meta)) {
    const inputs = await loadMatchInputs(ctx.graph, keys, meta);
    for (const input of inputs.values()) {
      if (Object.keys(input.record.fields).length === 0) continue;
      seen += 1;
      if (sample.length < limit) sample.push(input.record);
      else {
        const slot = random.int(seen);
        if (slot < limit) sample[slot] = input.record;
      }
    }
  }
  if (sample.length < MINIMUM_TRAINING_RECORDS) {
    throw new IdentityGraphError(
      ErrorCode.NOT_ENOUGH_TRAINING_DATA,
      `records: ${String(sample.length)} records with a matching view; training needs at least ${String(MINIMUM_TRAINING_RECORDS)} (records written before schema version 3 have none: re-ingest them)`,
    );
  }
  const { model } = trainModel(sample, settings, options.overrides ? { overrides: options.overrides } : {});
  const { stripped } = await saveActiveModel(ctx.graph, model, seen, options.jobId);
  ctx.models.forget();
  ctx.log.info({ jobId: options.jobId, version: model.version, recordCount: seen, sampled: sample.length, threshold: model.threshold.probability, supersededModelsStripped: stripped }, 'matching model trained');
  return { model, records: seen, sampled: sample.length };
}
