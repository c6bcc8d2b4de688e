import { performance } from 'node:perf_hooks';
import { CYPHER } from '../../graph/cypher-statements';
import { GraphExecutor } from '../../graph/graph-executor';
import { ErrorCode, IdentityGraphError } from '../../errors';
import { parseTrainedModel, serialiseTrainedModel, TrainedModel, withoutTermFrequencies } from '../model/trained-model';
import { PairScorer } from '../scoring/pair-scorer';

export interface ActiveModel {
  model: TrainedModel;
  scorer: PairScorer;
}

/**
 * Stores a trained model in the graph and makes it the one every matcher scores with. In the same transaction
 * every other model loses its term-frequency tables (raw names and addresses, erased customers' among them):
 * superseded models stay for lineage (version, metrics, trainedAt, recordCount, m and u), but going back to
 * one means training again. Returns how many models were stripped.
 */
export async function saveActiveModel(graph: GraphExecutor, model: TrainedModel, recordCount: number, jobId: string): Promise<{ stripped: number }> {
  const now = new Date().toISOString();
  return graph.writeTransaction(async (tx) => {
    await tx.run(CYPHER.saveMatchingModel, {
      version: model.version,
      name: model.settings.name,
      trainedAt: model.trainedAt,
      model: serialiseTrainedModel(model),
      thresholdProbability: model.threshold.probability,
      expectedPrecision: model.threshold.estimatedPrecision,
      recordCount,
      now,
    });
    const superseded = await tx.run<{ version: string; model: string }>(CYPHER.findSupersededModelsWithTermFrequencies, { version: model.version });
    if (superseded.length === 0) return { stripped: 0 };
    const models = superseded.map((m) => ({ version: m.version, model: withoutTermFrequencies(m.model, now) }));
    const [row] = await tx.run<{ stripped: number }>(CYPHER.stripSupersededModels, { models, now });
    return { stripped: row?.stripped ?? 0 };
  }, { actor: 'job:matching-train', jobId });
}

/**
 * The active model, parsed once per version. The active version is read again at most every `recheckMs`
 * (a round trip saved on every job in between), so a model trained elsewhere reaches every worker within
 * that time without a restart; training in this process takes effect at once (`forget`).
 */
export class ActiveModelCache {
  private cached: ActiveModel | null = null;
  private checkedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly recheckMs = 5000) {}

  forget(): void {
    this.cached = null;
    this.checkedAt = Number.NEGATIVE_INFINITY;
  }

  async current(graph: GraphExecutor): Promise<ActiveModel | null> {
    const now = performance.now();
    if (this.cached !== null && now - this.checkedAt < this.recheckMs) return this.cached;
    this.checkedAt = now;
    const meta = { actor: 'job:matching' };
    const [active] = await graph.read<{ version: string }>(CYPHER.activeMatchingModelVersion, {}, meta);
    if (active === undefined) return (this.cached = null);
    if (this.cached?.model.version === active.version) return this.cached;
    const [row] = await graph.read<{ version: string; model: string }>(CYPHER.loadActiveMatchingModel, {}, meta);
    if (row === undefined) return (this.cached = null);
    const model = parseTrainedModel(row.model);
    if (model.termFrequenciesRemovedAt !== undefined) {
      // Only a hand-edited graph gets here (saving a model strips the others, never itself). Scoring without the
      // tables would link differently from what the version promises, and silently: refuse instead.
      throw new IdentityGraphError(
        ErrorCode.MATCHING_MODEL_MISSING,
        `model: the active model ${model.version} had its term-frequency tables removed when it was superseded; train a new one (idgraph matching train)`,
      );
    }
    this.cached = { model, scorer: new PairScorer(model) };
    return this.cached;
  }
}
