import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AppContext } from '../../src/app/app-context';
import { startIngestWorker } from '../../src/ingestion';
import { handOverToMatching, startMatching } from '../../src/matching/bootstrap/start-matching';
import type { MatchOutcome } from '../../src/matching/jobs/match-records';
import { readStatementFile } from '../ingest/reset-state';
import { LatencySummary, summarise } from './latency';
import type { Arrival } from './workload';

const RECORD_MATCH_STATE = readStatementFile(join(__dirname, 'cypher', 'record-match-state.cypher'));
const POLL_MS = 10;
const TIMEOUT_MS = 60_000;

export interface QueueSample {
  kind: Arrival['kind'];
  /** enqueue (producer.ingest called) -> the record seen with matchPending = false by this job's matching. */
  endToEndMs: number;
  /** producer.ingest: validate, normalise, add the job to Redis. */
  enqueueMs: number;
  /** enqueue -> matching job added by the ingest worker's hand-over (ingest queue wait + write). */
  ingestMs: number | null;
  /** matching job waiting in its queue. */
  matchWaitMs: number | null;
  /** matching job active (BullMQ clock). */
  matchJobMs: number | null;
  /** matchRecords' own durationMs inside the job. */
  matchWorkMs: number | null;
}

export interface QueueResult {
  records: number;
  timedOut: number;
  errors: string[];
  pollMs: number;
  endToEnd: LatencySummary;
  enqueue: LatencySummary;
  ingest: LatencySummary;
  matchWait: LatencySummary;
  matchJob: LatencySummary;
  matchWork: LatencySummary;
  /** Share of records matched within 1 s of enqueue (the "linked within a second of ingest"). */
  withinOneSecond: number;
  samples: QueueSample[];
}

/**
 * Record by record through the real queues, in this process: the production ingest worker (with the
 * hand-over to matching) and the production matching worker run here; each record goes in through
 * `app.producer.ingest` and the clock stops when a read of the graph (every 10 ms) sees it matched by the
 * matching job its ingest job handed it to.
 */
export async function measureQueueEndToEnd(app: AppContext, arrivals: Arrival[], log: (text: string) => void): Promise<QueueResult> {
  const ingestWorker = startIngestWorker(
    app.graph,
    app.redis,
    app.deadLetters,
    { prefix: app.config.QUEUE_PREFIX, concurrency: app.config.WORKER_CONCURRENCY, lockMs: app.config.WORKER_LOCK_MS, onWritten: handOverToMatching(app) },
    app.log,
  );
  const matching = await startMatching(app);
  if (matching.swept > 0) log(`  queue: ${matching.swept} records were still pending matching before the measurement (swept into the queue)`);
  const samples: QueueSample[] = [];
  const errors: string[] = [];
  let timedOut = 0;
  try {
    await ingestWorker.waitUntilReady();
    await matching.worker.waitUntilReady();
    // Let the sweep's jobs (if any) finish first.
    await sleep(200);
    for (const [i, arrival] of arrivals.entries()) {
      const t0 = Date.now();
      const p0 = performance.now();
      const report = await app.producer.ingest([{ kind: 'record', line: i + 1, source: arrival.source, raw: arrival.raw }], { via: 'cli', file: 'bench-matching' });
      const enqueueMs = performance.now() - p0;
      const ingestJobId = report.jobIds[0];
      if (report.accepted !== 1 || ingestJobId === undefined) {
        errors.push(`${arrival.key}: the producer did not accept it (${report.rejections.map((r) => r.issues.map((x) => x.code).join(',')).join('; ')})`);
        continue;
      }
      const matchJobId = `match-${ingestJobId}`;
      let endToEndMs: number | null = null;
      while (performance.now() - p0 < TIMEOUT_MS) {
        const result = await app.graph.driver.executeQuery(RECORD_MATCH_STATE, { recordKey: arrival.key }, { database: app.config.NEO4J_DATABASE, routing: 'READ' });
        const row = result.records[0]?.toObject() as { matchPending: boolean | null; matchedJobId: string | null } | undefined;
        if (row && row.matchPending === false && row.matchedJobId === matchJobId) {
          endToEndMs = performance.now() - p0;
          break;
        }
        await sleep(POLL_MS);
      }
      if (endToEndMs === null) {
        timedOut += 1;
        errors.push(`${arrival.key}: not matched within ${TIMEOUT_MS / 1000} s`);
        continue;
      }
      const job = await app.matchQueue.getJob(matchJobId);
      const outcome = job?.returnvalue as MatchOutcome | undefined;
      samples.push({
        kind: arrival.kind,
        endToEndMs,
        enqueueMs,
        ingestMs: job ? job.timestamp - t0 : null,
        matchWaitMs: job?.processedOn ? job.processedOn - job.timestamp : null,
        matchJobMs: job?.processedOn && job.finishedOn ? job.finishedOn - job.processedOn : null,
        matchWorkMs: typeof outcome?.durationMs === 'number' ? outcome.durationMs : null,
      });
      if ((i + 1) % 25 === 0) log(`  queue: ${i + 1}/${arrivals.length}, last ${endToEndMs.toFixed(0)} ms`);
    }
  } finally {
    await ingestWorker.close();
    await matching.worker.close();
  }
  const pick = (f: (s: QueueSample) => number | null) => summarise(samples.map(f).filter((v): v is number => v !== null));
  return {
    records: arrivals.length,
    timedOut,
    errors,
    pollMs: POLL_MS,
    endToEnd: pick((s) => s.endToEndMs),
    enqueue: pick((s) => s.enqueueMs),
    ingest: pick((s) => s.ingestMs),
    matchWait: pick((s) => s.matchWaitMs),
    matchJob: pick((s) => s.matchJobMs),
    matchWork: pick((s) => s.matchWorkMs),
    withinOneSecond: samples.length > 0 ? samples.filter((s) => s.endToEndMs <= 1000).length / samples.length : NaN,
    samples,
  };
}
