import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { AppContext } from '../../src/app/app-context';
import { connectRedis } from '../../src/queue';
import { benchServicesRunning, readServicesEnv, startBenchServices, stopBenchServices } from '../ingest/bench-services';
import { createBenchApp } from '../ingest/bench-env';
import { machineFacts, MachineFacts } from '../ingest/machine-facts';
import { RESULTS_DIR } from '../ingest/paths';
import { formatMachine } from '../ingest/report';
import { parseOptions } from './options';
import { formatSizes, MatchingBenchResult, writeResult } from './report';
import { runSize, SizeResult } from './run-size';

/** People for ~1M source records (the seeds give ~3.2 records per person). */
const ONE_MILLION_PEOPLE = 300_000;

/**
 * `npm run bench:matching`: per size, the full-batch matching rate (train, full run by phase, re-run on the
 * unchanged graph) and the incremental matching latency (matchRecords one record at a time, and record by
 * record through the real queues). A benchmark: it measures and reports, it asserts no timing. See
 * bench/README.md.
 */
async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  const problems: string[] = [];
  const log = (text: string) => process.stderr.write(`bench: ${new Date().toISOString().slice(11, 19)} ${text}\n`);

  const wasRunning = benchServicesRunning();
  let stopped = false;
  const stopIfOurs = () => {
    if (stopped || wasRunning) return;
    stopped = true;
    log('stopping the bench services (they were not running before)');
    stopBenchServices();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping`);
      stopIfOurs();
      process.exit(130);
    });
  }
  log(`bench services ${wasRunning ? 'already running: they stay up afterwards' : 'not running: starting them, and stopping them at the end'}`);
  startBenchServices();

  let app: AppContext | undefined;
  try {
    const services = readServicesEnv();
    const machine = await collectMachineFacts(services);
    process.stdout.write(`${formatMachine(machine)}\n`);
    // Batch size 1: the queue measurement sends one record per job, as a live source would.
    app = createBenchApp(services, { queuePrefix: `bench-matching-${randomUUID().slice(0, 8)}`, batchSize: 1, concurrency: 1 });
    await app.graph.verifyConnectivity();

    const sizes: SizeResult[] = [];
    const skipped: MatchingBenchResult['skipped'] = [];
    for (const people of options.people) {
      const slow = sizes.find((s) => s.fullRun.seconds > options.skipAfterMinutes * 60 || !s.fullRun.complete);
      if (slow && people > slow.people) {
        const reason = `the full run at ${slow.people} people (${slow.records} records) took ${(slow.fullRun.seconds / 60).toFixed(1)} min${slow.fullRun.complete ? '' : ' and was stopped'} (over --skip-after-min ${options.skipAfterMinutes})`;
        skipped.push({ people, reason });
        problems.push(`${people} people not run: ${reason}`);
        log(`${people} people: skipped, ${reason}`);
        continue;
      }
      sizes.push(await runSize(app, people, options, log, problems));
      process.stdout.write(`\n${formatSizes(sizes.slice(-1))}\n`);
    }

    const oneMillion = oneMillionNote(options.people, sizes, skipped);
    process.stdout.write(`\nall sizes side by side:\n${formatSizes(sizes)}\n\n${oneMillion}\n`);
    const result: MatchingBenchResult = {
      benchmark: 'matching',
      startedAt,
      finishedAt: new Date().toISOString(),
      command: `npm run bench:matching -- ${process.argv.slice(2).join(' ')}`.trim(),
      options,
      machine,
      targets: { incrementalMatchP95Ms: 100, queueEndToEndMs: 1000 },
      sizes,
      skipped,
      oneMillion,
      problems,
    };
    const path = writeResult(result, options.resultsDir ?? RESULTS_DIR, options.label);
    process.stdout.write(`${problems.length > 0 ? `problems:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` : ''}results: ${path}\n`);
  } finally {
    if (app) {
      await app.ingestQueue.obliterate({ force: true }).catch(() => undefined);
      await app.matchQueue.obliterate({ force: true }).catch(() => undefined);
      const prefix = app.config.QUEUE_PREFIX;
      await app.redis.del(`${prefix}:dead-letter:entries`, `${prefix}:dead-letter:order`, `${prefix}:dead-letter:sequence`).catch(() => undefined);
      await app.close();
    }
    stopIfOurs();
  }
}

/** Whether ~1M records were run, and if not, why (nothing is extrapolated). */
function oneMillionNote(requested: number[], sizes: SizeResult[], skipped: MatchingBenchResult['skipped']): string {
  const ran = sizes.find((s) => s.people >= ONE_MILLION_PEOPLE);
  if (ran) return `1M records: run (${ran.records} records, full run ${(ran.fullRun.seconds / 60).toFixed(1)} min).`;
  const largest = sizes[sizes.length - 1];
  const measured = largest
    ? `largest size measured: ${largest.records} records, full run ${(largest.fullRun.seconds / 60).toFixed(1)} min (${Math.round(largest.fullRun.recordsPerSecond)} records/s)`
    : 'no size was measured';
  const skip = skipped.find((s) => s.people >= ONE_MILLION_PEOPLE);
  if (skip) return `1M records: NOT run: ${skip.reason}. ${measured}; no extrapolation is made.`;
  const why = requested.some((p) => p >= ONE_MILLION_PEOPLE) ? 'not reached' : `not requested (--people ${ONE_MILLION_PEOPLE} runs it)`;
  return `1M records: NOT run: ${why}. ${measured}; no extrapolation is made.`;
}

async function collectMachineFacts(services: Record<string, string>): Promise<MachineFacts> {
  const driver = neo4j.driver(services.NEO4J_URI ?? '', neo4j.auth.basic(services.NEO4J_USER ?? 'neo4j', services.NEO4J_PASSWORD ?? ''));
  const redis = connectRedis(services.REDIS_URL ?? '');
  try {
    return await machineFacts(driver, redis);
  } finally {
    await driver.close();
    redis.disconnect();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
