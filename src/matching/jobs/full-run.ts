import { performance } from 'node:perf_hooks';
import { CYPHER } from '../../graph/cypher-statements';
import { ErrorCode, IdentityGraphError } from '../../errors';
import { detectHouseholds } from '../../households/detect-households';
import { markGenericValues } from './mark-generic-values';
import type { MatcherContext } from './matcher-context';
import { pageRecordKeys } from './page-record-keys';
import { reclusterNeighbourhood } from './recluster-neighbourhood';
import { scoreRecords } from './score-records';

/** The phases of a full run, in order; each walks every record in key order. */
export const FULL_RUN_PHASES = ['generic', 'score', 'cluster', 'households'] as const;
export type FullRunPhase = (typeof FULL_RUN_PHASES)[number];

export interface FullRunProgress {
  runId: string;
  phase: FullRunPhase | 'done';
  recordsDone: number;
  counts: FullRunCounts;
}

export interface FullRunCounts {
  genericValues: number;
  scoredPairs: number;
  linksWritten: number;
  linksDropped: number;
  assignments: number;
  merges: number;
  splits: number;
  /** Links the guards refused, as the graph holds them at the end of the run. */
  cutLinks: number;
  householdsProposed: number;
  phaseMs: Partial<Record<FullRunPhase, number>>;
}

export interface FullRunOptions {
  runId: string;
  pageSize?: number;
  onProgress?: (progress: FullRunProgress) => Promise<void> | void;
}

interface SavedRun extends Record<string, unknown> {
  phase: FullRunPhase | 'done';
  cursor: string;
  counts: string;
  status: string;
}

/**
 * Re-matches every record: marks generic values, scores every record against its blocks with the active
 * model, re-clusters every neighbourhood, then proposes households. After each page the run's phase and cursor are saved on a
 * MatchingRun node, so a job restarted with the same run id (a crashed worker's job, retried by the
 * queue) resumes where it stopped. Every write is idempotent, so re-doing the page in flight is harmless.
 * Ids stay stable: an unchanged cluster keeps its customer id.
 */
export async function runFullMatching(ctx: MatcherContext, options: FullRunOptions): Promise<FullRunProgress> {
  const meta = { actor: 'job:matching-full', jobId: options.runId };
  const active = await ctx.models.current(ctx.graph);
  if (!active) throw new IdentityGraphError(ErrorCode.MATCHING_MODEL_MISSING, 'model: no matching model is active; train one first (idgraph matching train)');
  const pageSize = options.pageSize ?? 200;
  const [saved] = await ctx.graph.read<SavedRun>(CYPHER.loadMatchingRun, { runId: options.runId }, meta);
  const progress: FullRunProgress = {
    runId: options.runId,
    phase: saved?.phase ?? 'generic',
    recordsDone: 0,
    counts: saved ? (JSON.parse(saved.counts) as FullRunCounts) : emptyCounts(),
  };
  if (progress.phase === 'done') return progress;
  let cursor = saved?.cursor ?? '';
  const save = async (status: string) => {
    await ctx.graph.write(CYPHER.saveMatchingRun, {
      runId: options.runId,
      state: { phase: progress.phase, cursor, counts: JSON.stringify(progress.counts), status, modelVersion: active.model.version },
      now: new Date().toISOString(),
    }, meta);
  };
  await save('running');

  for (const phase of FULL_RUN_PHASES.slice(FULL_RUN_PHASES.indexOf(progress.phase as FullRunPhase))) {
    progress.phase = phase;
    const started = performance.now();
    const before = progress.counts.phaseMs[phase] ?? 0;
    if (phase === 'households') {
      // Household detection pages through every active customer itself; re-running it writes nothing new.
      progress.counts.householdsProposed = (await detectHouseholds(ctx.graph, { jobId: options.runId })).householdsProposed;
      progress.counts.phaseMs[phase] = before + (performance.now() - started);
      await save('running');
      await options.onProgress?.(progress);
      continue;
    }
    for await (const keys of pageRecordKeys(ctx.graph, pageSize, cursor, meta)) {
      if (phase === 'generic') {
        progress.counts.genericValues += (await markGenericValues(ctx, keys, meta)).verdicts.length;
      } else if (phase === 'score') {
        const scored = await scoreRecords(ctx, keys, active, meta, { onlyEarlierCandidates: true });
        progress.counts.scoredPairs += scored.scoredPairs;
        progress.counts.linksWritten += scored.linksWritten;
        progress.counts.linksDropped += scored.linksDropped;
      } else {
        const clustered = await reclusterNeighbourhood(ctx, keys, active.model.settings, meta, { recordKeys: keys, modelVersion: active.model.version });
        progress.counts.assignments += clustered.assignments;
        progress.counts.merges += clustered.merges;
        progress.counts.splits += clustered.splits;
      }
      cursor = keys[keys.length - 1] ?? cursor;
      progress.recordsDone += keys.length;
      progress.counts.phaseMs[phase] = before + (performance.now() - started);
      await save('running');
      await options.onProgress?.(progress);
    }
    cursor = '';
  }
  // Neighbourhoods overlap across pages, so the refused links are counted once, from the graph, at the end.
  const [cut] = await ctx.graph.read<{ cutLinks: number }>(CYPHER.countCutLinks, {}, meta);
  progress.counts.cutLinks = cut?.cutLinks ?? 0;
  progress.phase = 'done';
  await save('done');
  await options.onProgress?.(progress);
  return progress;
}

function emptyCounts(): FullRunCounts {
  return { genericValues: 0, scoredPairs: 0, linksWritten: 0, linksDropped: 0, assignments: 0, merges: 0, splits: 0, cutLinks: 0, householdsProposed: 0, phaseMs: {} };
}
