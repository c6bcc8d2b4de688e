import { performance } from 'node:perf_hooks';
import { CYPHER } from '../../graph/cypher-statements';
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
  households: DetectHouseholdsResult | null;
  /** Time spent matching (generic check, blocking, scoring, re-clustering), in milliseconds. */
  durationMs: number;
}

/**
 * The incremental matching job for new or changed records: generic values are checked first (so they do
 * not create links), the records are compared with their blocks under the active model, and the
 * neighbourhood is re-clustered into customers. Without a trained model only deterministic links cluster.
 */
export async function matchRecords(ctx: MatcherContext, recordKeys: readonly string[], jobId: string): Promise<MatchOutcome> {
  const started = performance.now();
  const meta = { actor: 'job:matching', jobId };
  const generic = await markGenericValues(ctx, recordKeys, meta);
  const keys = [...new Set([...recordKeys, ...generic.holderKeys])];
  const active = await ctx.models.current(ctx.graph);
  let scoring: ScoringOutcome | null = null;
  if (active) scoring = await scoreRecords(ctx, keys, active, meta);
  const seeds = scoring ? [...scoring.touchedKeys] : keys;
  const clustering = await reclusterNeighbourhood(ctx, seeds, active?.model.settings ?? UNTRAINED_SETTINGS, meta);
  // Households follow the people: a merge or a split changes who lives with whom.
  const households = clustering.changedCustomerIds.length > 0 ? await detectHouseholds(ctx.graph, { customerIds: clustering.changedCustomerIds, jobId }) : null;
  await ctx.graph.write(CYPHER.clearMatchPending, { recordKeys: keys, modelVersion: active?.model.version ?? null, now: new Date().toISOString(), jobId }, meta);
  return {
    recordKeys: keys.length,
    modelVersion: active?.model.version ?? null,
    genericValues: generic.verdicts.length,
    scoring: scoring ? summariseScoring(scoring) : null,
    clustering,
    households,
    durationMs: performance.now() - started,
  };
}

function summariseScoring({ touchedKeys: _touchedKeys, ...summary }: ScoringOutcome): Omit<ScoringOutcome, 'touchedKeys'> {
  return summary;
}
