import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../src/app/app-context';
import { writeRecordBatch } from '../../src/ingestion';
import { FULL_RUN_PHASES, FullRunCounts, FullRunPhase, runFullMatching } from '../../src/matching/jobs/full-run';
import { matchRecords } from '../../src/matching/jobs/match-records';
import { matcherContext, MatcherContext } from '../../src/matching/jobs/matcher-context';
import { trainFromGraph } from '../../src/matching/jobs/train-from-graph';
import { GROCERY_SETTINGS } from '../../src/matching/settings/grocery-settings';
import { countGraph, GraphCounts } from '../ingest/graph-counts';
import { resetGraph } from '../ingest/reset-state';
import { LatencySummary, summarise } from './latency';
import type { MatchingBenchOptions } from './options';
import { measureQueueEndToEnd, QueueResult } from './queue-end-to-end';
import { ArrivalKind, buildWorkload } from './workload';

export interface FullRunResult {
  runId: string;
  complete: boolean;
  /** Set when --full-run-limit-min stopped it. */
  stoppedIn: FullRunPhase | null;
  seconds: number;
  recordsPerSecond: number;
  /** Records each phase walked page by page, its time, and records/s (null for a phase that walks no pages, e.g. households). */
  phases: { phase: FullRunPhase; records: number; seconds: number; recordsPerSecond: number | null }[];
  counts: FullRunCounts;
}

export interface IncrementalSample {
  kind: ArrivalKind;
  change?: string;
  writeMs: number;
  /** matchRecords' durationMs: generic check, blocking, scoring, re-clustering, clearing matchPending. */
  matchMs: number;
  /** Wall clock of the matchRecords call seen from here (the same work, plus the call itself). */
  callMs: number;
  /** Where the matching time went: generic check, blocking and scoring, re-clustering. */
  stepMs: { generic: number; scoring: number; clustering: number; households: number };
  scoredPairs: number | null;
  linksWritten: number | null;
  merges: number;
  splits: number;
  assignments: number;
}

export interface IncrementalResult {
  records: number;
  match: LatencySummary;
  byKind: Record<ArrivalKind, LatencySummary>;
  write: LatencySummary;
  /** The matching time per step (matchRecords' stepMs). */
  steps: { generic: LatencySummary; scoring: LatencySummary; clustering: LatencySummary };
  /** Target of the issue: p95 of the matching work under 100 ms. */
  targetP95Ms: number;
  targetMet: boolean;
  samples: IncrementalSample[];
}

export interface SizeResult {
  people: number;
  generatedRecords: number;
  rejectedRecords: number;
  /** Records loaded before training (the held-back arrivals excluded). */
  records: number;
  ingest: { seconds: number; recordsPerSecond: number; batchSize: number; created: number };
  train: { seconds: number; records: number; sampled: number; modelVersion: string; thresholdProbability: number };
  fullRun: FullRunResult;
  rerun: (FullRunResult & { stableIds: boolean }) | { skipped: string };
  incremental: IncrementalResult;
  queue: QueueResult | { skipped: string };
  graph: GraphCounts;
}

const INCREMENTAL_TARGET_P95_MS = 100;

export async function runSize(app: AppContext, people: number, options: MatchingBenchOptions, log: (text: string) => void, problems: string[]): Promise<SizeResult> {
  const tag = `${people} people`;
  const workload = buildWorkload(people, options.seed, options.incremental, options.queue, { tokenHashKey: app.config.TOKEN_HASH_KEY, defaultPhoneRegion: app.config.DEFAULT_PHONE_REGION });
  log(`${tag}: ${workload.generated} records generated (${workload.rejected} refused by the parser), ${workload.load.length} to load, ${workload.incremental.length} incremental and ${workload.queue.length} queue arrivals held back`);

  log(`${tag}: wiping the bench graph, applying the schema`);
  await resetGraph(app);

  // 1. Load through the real write path, in batches.
  let created = 0;
  const t0 = performance.now();
  for (let i = 0; i < workload.load.length; i += options.ingestBatch) {
    const result = await writeRecordBatch(app.graph, workload.load.slice(i, i + options.ingestBatch), `bench-ingest-${i}`);
    created += result.created;
    if ((i / options.ingestBatch) % 20 === 19) log(`${tag}: ingested ${i + options.ingestBatch}/${workload.load.length}`);
  }
  const ingestSeconds = (performance.now() - t0) / 1000;
  log(`${tag}: ingest ${ingestSeconds.toFixed(1)} s (${Math.round(workload.load.length / ingestSeconds)} records/s)`);

  // A context of this size's own: its model cache starts empty.
  const ctx = matcherContext(app.graph, app.log, { neighbourhoodLimit: app.config.MATCH_NEIGHBOURHOOD_LIMIT });

  // 2. Train.
  const t1 = performance.now();
  const trained = await trainFromGraph(ctx, GROCERY_SETTINGS, { jobId: `bench-train-${randomUUID().slice(0, 8)}` });
  const trainSeconds = (performance.now() - t1) / 1000;
  log(`${tag}: trained on ${trained.sampled} of ${trained.records} records in ${trainSeconds.toFixed(1)} s (threshold ${trained.model.threshold.probability})`);

  // 3. Full run, then 4. a full re-run on the unchanged graph.
  const limitMs = options.fullRunLimitMinutes > 0 ? options.fullRunLimitMinutes * 60_000 : Infinity;
  const fullRun = await timedFullRun(ctx, 'full', workload.load.length, options.pageSize, limitMs, log, tag);
  if (!fullRun.complete) problems.push(`${tag}: the full run was stopped by --full-run-limit-min in its ${fullRun.stoppedIn ?? '?'} phase after ${fullRun.seconds.toFixed(0)} s`);
  let rerun: SizeResult['rerun'];
  if (fullRun.complete) {
    const again = await timedFullRun(ctx, 'rerun', workload.load.length, options.pageSize, limitMs, log, tag);
    const stableIds = again.complete && again.counts.assignments === 0 && again.counts.merges === 0 && again.counts.splits === 0;
    if (!stableIds) problems.push(`${tag}: the re-run on unchanged data changed customers (assignments ${again.counts.assignments}, merges ${again.counts.merges}, splits ${again.counts.splits})`);
    rerun = { ...again, stableIds };
  } else {
    rerun = { skipped: 'the first full run did not finish' };
  }

  // 5. Incremental: one record at a time, written then matched.
  const samples: IncrementalSample[] = [];
  for (const [i, arrival] of workload.incremental.entries()) {
    const w0 = performance.now();
    await writeRecordBatch(app.graph, [arrival.record], `bench-incremental-write-${i}`);
    const writeMs = performance.now() - w0;
    const m0 = performance.now();
    // As the queue worker runs it: households go to a follow-up job, outside the matching latency.
    const outcome = await matchRecords(ctx, [arrival.key], `bench-incremental-${i}`, { households: 'deferred' });
    const callMs = performance.now() - m0;
    samples.push({
      kind: arrival.kind,
      ...(arrival.change ? { change: arrival.change } : {}),
      writeMs,
      matchMs: outcome.durationMs,
      stepMs: outcome.stepMs,
      callMs,
      scoredPairs: outcome.scoring?.scoredPairs ?? null,
      linksWritten: outcome.scoring?.linksWritten ?? null,
      merges: outcome.clustering.merges,
      splits: outcome.clustering.splits,
      assignments: outcome.clustering.assignments,
    });
    if ((i + 1) % 50 === 0) log(`${tag}: incremental ${i + 1}/${workload.incremental.length}`);
  }
  const match = summarise(samples.map((s) => s.matchMs));
  const byKind = (kind: ArrivalKind) => summarise(samples.filter((s) => s.kind === kind).map((s) => s.matchMs));
  const incremental: IncrementalResult = {
    records: samples.length,
    match,
    byKind: { 'known-person': byKind('known-person'), 'new-person': byKind('new-person'), update: byKind('update') },
    write: summarise(samples.map((s) => s.writeMs)),
    steps: {
      generic: summarise(samples.map((s) => s.stepMs.generic)),
      scoring: summarise(samples.map((s) => s.stepMs.scoring)),
      clustering: summarise(samples.map((s) => s.stepMs.clustering)),
    },
    targetP95Ms: INCREMENTAL_TARGET_P95_MS,
    targetMet: match.p95 < INCREMENTAL_TARGET_P95_MS,
    samples,
  };
  log(`${tag}: incremental matching p50 ${match.p50.toFixed(1)} ms, p95 ${match.p95.toFixed(1)} ms, p99 ${match.p99.toFixed(1)} ms, max ${match.max.toFixed(1)} ms`);

  // 6. Through the real queues.
  let queue: SizeResult['queue'];
  if (workload.queue.length === 0) queue = { skipped: '--queue 0' };
  else {
    queue = await measureQueueEndToEnd(app, workload.queue, (text) => log(`${tag}:${text}`));
    for (const e of queue.errors) problems.push(`${tag} queue: ${e}`);
    log(`${tag}: queue end to end p50 ${queue.endToEnd.p50.toFixed(0)} ms, p95 ${queue.endToEnd.p95.toFixed(0)} ms, p99 ${queue.endToEnd.p99.toFixed(0)} ms`);
  }

  return {
    people,
    generatedRecords: workload.generated,
    rejectedRecords: workload.rejected,
    records: workload.load.length,
    ingest: { seconds: ingestSeconds, recordsPerSecond: workload.load.length / ingestSeconds, batchSize: options.ingestBatch, created },
    train: { seconds: trainSeconds, records: trained.records, sampled: trained.sampled, modelVersion: trained.model.version, thresholdProbability: trained.model.threshold.probability },
    fullRun,
    rerun,
    incremental,
    queue,
    graph: await countGraph(app.graph),
  };
}

class StopRun extends Error {
  constructor(readonly phase: FullRunPhase) {
    super(`full run stopped in ${phase}`);
  }
}

async function timedFullRun(ctx: MatcherContext, what: string, records: number, pageSize: number, limitMs: number, log: (text: string) => void, tag: string): Promise<FullRunResult> {
  const runId = `bench-${what}-${randomUUID().slice(0, 8)}`;
  const perPhase = new Map<FullRunPhase, number>();
  let lastLogged = performance.now();
  let counts: FullRunCounts | null = null;
  let stoppedIn: FullRunPhase | null = null;
  const t0 = performance.now();
  try {
    const done = await runFullMatching(ctx, {
      runId,
      pageSize,
      onProgress: (p) => {
        counts = p.counts;
        if (p.phase === 'done') return;
        // recordsDone counts across phases; the phase's own share is what it adds after the phases before.
        const before = FULL_RUN_PHASES.slice(0, FULL_RUN_PHASES.indexOf(p.phase)).reduce((sum, ph) => sum + (perPhase.get(ph) ?? 0), 0);
        perPhase.set(p.phase, p.recordsDone - before);
        if (performance.now() - lastLogged > 30_000) {
          lastLogged = performance.now();
          log(`${tag}: ${what} ${p.phase} ${p.recordsDone - before}/${records} records, ${((performance.now() - t0) / 1000).toFixed(0)} s so far`);
        }
        if (performance.now() - t0 > limitMs) throw new StopRun(p.phase);
      },
    });
    counts = done.counts;
  } catch (error) {
    if (!(error instanceof StopRun)) throw error;
    stoppedIn = error.phase;
  }
  const seconds = (performance.now() - t0) / 1000;
  // Set by the first page's progress at the latest (a stop is thrown from there), or by the finished run.
  const finalCounts = counts as FullRunCounts | null;
  if (finalCounts === null) throw new Error(`${what}: the full run reported no counts`);
  const phases = FULL_RUN_PHASES.filter((phase) => finalCounts.phaseMs[phase] !== undefined).map((phase) => {
    const phaseSeconds = (finalCounts.phaseMs[phase] ?? 0) / 1000;
    const phaseRecords = perPhase.get(phase) ?? 0;
    return { phase, records: phaseRecords, seconds: phaseSeconds, recordsPerSecond: phaseRecords > 0 ? phaseRecords / phaseSeconds : null };
  });
  const result: FullRunResult = {
    runId,
    complete: stoppedIn === null,
    stoppedIn,
    seconds,
    recordsPerSecond: records / seconds,
    phases,
    counts: finalCounts,
  };
  log(
    `${tag}: ${what} ${result.complete ? '' : '(STOPPED) '}${seconds.toFixed(1)} s = ${Math.round(result.recordsPerSecond)} records/s; ` +
      phases.map((p) => `${p.phase} ${p.seconds.toFixed(1)} s${p.recordsPerSecond === null ? '' : ` (${Math.round(p.recordsPerSecond)}/s)`}`).join(', ') +
      `; links ${finalCounts.linksWritten}, merges ${finalCounts.merges}, splits ${finalCounts.splits}, assignments ${finalCounts.assignments}`,
  );
  return result;
}
