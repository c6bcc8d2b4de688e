import { performance } from 'node:perf_hooks';
import { detectHouseholds, DetectHouseholdsResult } from '../../households/detect-households';
import { parseMatchingSettings } from '../settings/matching-settings';
import { GROCERY_SETTINGS } from '../settings/grocery-settings';
import { markGenericValues } from './mark-generic-values';
import type { MatcherContext } from './matcher-context';
import { reclusterNeighbourhood, ReclusterOutcome } from './recluster-neighbourhood';
import { scoreRecords, ScoringOutcome } from './score-records';

/** Guards used before any model is trained: only deterministic links exist then. */
const UNTRAINED_SETTINGS = parseMatchingSettings(GROCERY_SETTINGS);

export interface MatchOutcome {
  recordKeys: number;
  modelVersion: string | null;
  genericValues: number;
  scoring: Omit<ScoringOutcome, 'touchedKeys'> | null;
  clustering: ReclusterOutcome;
  /** Inline household detection's result; null when deferred to its own job or when no customer changed. */
  households: DetectHouseholdsResult | null;
  /** Customers whose records changed: what household detection must look at again. */
  changedCustomerIds: string[];
  /** Time spent in this job, in milliseconds, and per step. */
  durationMs: number;
  stepMs: { generic: number; scoring: number; clustering: number; households: number };
}

export interface MatchRecordsOptions {
  /** `inline` (default) proposes households in this job; `deferred` leaves it to the caller (the queue worker queues a job). */
  households?: 'inline' | 'deferred';
}

/**
 * The incremental matching job for new or changed records: generic values are checked first (so they do
 * not create links), the records are compared with their blocks under the active model, and the
 * neighbourhood is re-clustered into customers. Without a trained model only deterministic links cluster.
 */
export async function matchRecords(ctx: MatcherContext, recordKeys: readonly string[], jobId: string, options: MatchRecordsOptions = {}): Promise<MatchOutcome> {
  const started = performance.now();
  const lap = stopwatch();
  const meta = { actor: 'job:matching', jobId };
  const generic = await markGenericValues(ctx, recordKeys, meta);
  const keys = [...new Set([...recordKeys, ...generic.holderKeys])];
  const genericMs = lap();
  const active = await ctx.models.current(ctx.graph);
  let scoring: ScoringOutcome | null = null;
  if (active) scoring = await scoreRecords(ctx, keys, active, meta);
  const scoringMs = lap();
  const seeds = scoring ? [...scoring.touchedKeys] : keys;
  // The records stop being pending in the same transaction that settles their customers.
  const clustering = await reclusterNeighbourhood(ctx, seeds, active?.model.settings ?? UNTRAINED_SETTINGS, meta, {
    recordKeys: keys,
    modelVersion: active?.model.version ?? null,
  });
  const clusteringMs = lap();
  // Households follow the people: a merge or a split changes who lives with whom.
  const households =
    options.households !== 'deferred' && clustering.changedCustomerIds.length > 0
      ? await detectHouseholds(ctx.graph, { customerIds: clustering.changedCustomerIds, jobId })
      : null;
  const householdsMs = lap();
  return {
    recordKeys: keys.length,
    modelVersion: active?.model.version ?? null,
    genericValues: generic.verdicts.length,
    scoring: scoring ? summariseScoring(scoring) : null,
    clustering,
    households,
    changedCustomerIds: clustering.changedCustomerIds,
    durationMs: performance.now() - started,
    stepMs: { generic: genericMs, scoring: scoringMs, clustering: clusteringMs, households: householdsMs },
  };
}

function summariseScoring({ touchedKeys: _touchedKeys, ...summary }: ScoringOutcome): Omit<ScoringOutcome, 'touchedKeys'> {
  return summary;
}

/** Milliseconds since the previous call (or since it was made). */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const elapsed = now - last;
    last = now;
    return elapsed;
  };
}
