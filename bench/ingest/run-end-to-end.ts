import { Worker } from 'bullmq';
import { waitForJobs, startIngestWorker } from '../../src/ingestion';
import { createBenchApp, runEnv, RunSettings } from './bench-env';
import { BenchDataset } from './dataset';
import { countGraph, GraphCounts } from './graph-counts';
import { JobTimeline } from './job-timeline';
import { WorkerMode } from './options';
import { produceDataset } from './produce';
import { benchNeo4jPid, CpuShare, startCpuCount } from './process-cpu';
import { clearQueue, resetGraph } from './reset-state';
import { startWorkerProcess } from './worker-process';

export interface EndToEndResult {
  size: number;
  batchSize: number;
  concurrency: number;
  worker: WorkerMode;
  /** Which repetition of this configuration (1-based). */
  repeat: number;
  received: number;
  accepted: number;
  rejected: number;
  jobs: number;
  /** File read -> validated -> queued -> written (last job completed). */
  endToEndSeconds: number;
  endToEndRecordsPerSecond: number;
  /** The producer's share: read, validate, normalise, enqueue (while the worker already writes). */
  produceSeconds: number;
  produceRecordsPerSecond: number;
  /** The worker's share: first job taken -> last job completed. */
  writeSeconds: number;
  writeRecordsPerSecond: number;
  /**
   * The write rate over the second half of the jobs (completion of the middle job -> the last), approximating
   * records by jobs x mean batch: the rate once start-up effects (first plans, JIT) are behind.
   */
  writeRecordsPerSecondSecondHalf: number | null;
  jobMs: { mean: number; p50: number; p95: number; max: number } | null;
  failedAttempts: number;
  /** CPU seconds used during the measured span by the bench Neo4j, the worker, the producer and everything else. */
  cpu: CpuShare;
  deadLetters: number;
  graph: GraphCounts;
  /** Every accepted record is a SourceRecord in the graph. */
  complete: boolean;
}

const QUEUE_PREFIX = 'bench-ingest';

/**
 * One measured run over an empty graph: the worker is up and idle first, then the clock starts, the producer
 * reads the files, and the clock stops when the last job has completed (waitForJobs confirms every job left
 * the queue). Returns with the graph left in place, for the ceiling export.
 */
export async function runEndToEnd(
  services: Record<string, string>,
  dataset: BenchDataset,
  batchSize: number,
  concurrency: number,
  mode: WorkerMode,
  afterSchema: string[] = [],
  keepSchema = false,
  workerLogFile = '/dev/null',
  stallMs = 300_000,
): Promise<EndToEndResult> {
  const settings: RunSettings = { queuePrefix: QUEUE_PREFIX, batchSize, concurrency };
  const app = createBenchApp(services, settings);
  const timeline = new JobTimeline(app.config.REDIS_URL, QUEUE_PREFIX);
  let stopWorker: () => Promise<void> = async () => {};
  let failedAttempts = () => 0;
  // Rejects when the worker process dies mid-run, instead of waiting for jobs no one takes.
  let workerDied: Promise<never> = new Promise(() => {});
  let workerPid: number | null = null;
  try {
    await resetGraph(app, afterSchema, keepSchema);
    await clearQueue(app);
    await timeline.ready();
    if (mode === 'process') {
      const worker = await startWorkerProcess(runEnv(services, settings), workerLogFile);
      let stopping = false;
      stopWorker = async () => {
        stopping = true;
        await worker.stop();
      };
      failedAttempts = worker.failedAttempts;
      workerPid = worker.pid;
      workerDied = worker.exited.then((how) => {
        if (!stopping) throw new Error(`${how}\n(full log: ${workerLogFile})`);
        return new Promise<never>(() => {});
      });
      workerDied.catch(() => undefined);
    } else {
      const worker: Worker = startIngestWorker(app.graph, app.redis, app.deadLetters, { prefix: QUEUE_PREFIX, concurrency }, app.log);
      let failed = 0;
      worker.on('failed', () => (failed += 1));
      await worker.waitUntilReady();
      stopWorker = () => worker.close();
      failedAttempts = () => failed;
    }

    const stopCpuCount = startCpuCount(benchNeo4jPid(), workerPid);
    const t0 = performance.now();
    const produced = await produceDataset(app, dataset);
    const watchdog = new AbortController();
    try {
      await Promise.race([waitForJobs(app.ingestQueue, produced.jobIds, undefined, 100), workerDied, stalled(timeline, stallMs, watchdog.signal)]);
    } finally {
      watchdog.abort();
    }
    const waited = performance.now();
    const cpu = stopCpuCount();
    // Let the event stream catch up with the last completions before reading the timeline.
    await new Promise((r) => setTimeout(r, 300));
    const timeline_ = timeline.summary();
    const end = timeline_.lastCompletedAt ?? waited;
    const firstActive = timeline_.firstActiveAt ?? t0;

    await stopWorker();
    stopWorker = async () => {};
    const graph = await countGraph(app.graph);
    const deadLetters = await app.deadLetters.count();
    const endToEndSeconds = (end - t0) / 1000;
    const writeSeconds = (end - firstActive) / 1000;
    return {
      size: dataset.records,
      batchSize,
      concurrency,
      worker: mode,
      repeat: 1,
      received: produced.received,
      accepted: produced.accepted,
      rejected: produced.rejected,
      jobs: produced.jobIds.length,
      endToEndSeconds,
      endToEndRecordsPerSecond: produced.received / endToEndSeconds,
      produceSeconds: produced.seconds,
      produceRecordsPerSecond: produced.received / produced.seconds,
      writeSeconds,
      writeRecordsPerSecond: produced.accepted / writeSeconds,
      writeRecordsPerSecondSecondHalf: secondHalfRate(timeline_.completedAt, produced.accepted / Math.max(1, produced.jobIds.length)),
      jobMs: timeline_.jobMs,
      failedAttempts: failedAttempts(),
      cpu,
      deadLetters,
      graph,
      complete: (graph.nodes.SourceRecord ?? 0) === produced.accepted,
    };
  } finally {
    await stopWorker();
    await timeline.close();
    await clearQueue(app).catch(() => undefined);
    await app.close();
  }
}

function secondHalfRate(completedAt: number[], recordsPerJob: number): number | null {
  if (completedAt.length < 4) return null;
  const mid = Math.floor(completedAt.length / 2);
  const from = completedAt[mid - 1] ?? 0;
  const to = completedAt[completedAt.length - 1] ?? 0;
  return to > from ? ((completedAt.length - mid) * recordsPerJob) / ((to - from) / 1000) : null;
}

/** Rejects when no job has completed for `ms` (a hung worker or server), so a run cannot wait forever. */
async function stalled(timeline: JobTimeline, ms: number, signal: AbortSignal): Promise<never> {
  let seen = -1;
  let since = performance.now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 1000));
    if (signal.aborted) return new Promise<never>(() => {});
    const done = timeline.summary().completedAt.length;
    if (done !== seen) {
      seen = done;
      since = performance.now();
    } else if (performance.now() - since > ms) {
      throw new Error(`no job completed for ${Math.round(ms / 1000)} s (${done} completed so far)`);
    }
  }
}
