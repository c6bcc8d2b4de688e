import { performance } from 'node:perf_hooks';
import { CYPHER } from '../../graph/cypher-statements';
import { GraphExecutor } from '../../graph/graph-executor';
import { parseTrainedModel, serialiseTrainedModel, TrainedModel } from '../model/trained-model';
import { PairScorer } from '../scoring/pair-scorer';

export interface ActiveModel {
  model: TrainedModel;
  scorer: PairScorer;
}

/** Stores a trained model in the graph and makes it the one every matcher scores with. */
export async function saveActiveModel(graph: GraphExecutor, model: TrainedModel, recordCount: number, jobId: string): Promise<void> {
  await graph.write(
    CYPHER.saveMatchingModel,
    {
      version: model.version,
      name: model.settings.name,
      trainedAt: model.trainedAt,
      model: serialiseTrainedModel(model),
      thresholdProbability: model.threshold.probability,
      expectedPrecision: model.threshold.estimatedPrecision,
      recordCount,
      now: new Date().toISOString(),
    },
    { actor: 'job:matching-train', jobId },
  );
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
    this.cached = { model, scorer: new PairScorer(model) };
    return this.cached;
  }
}
