import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { connectRedis } from '../../src/queue';
import { benchServicesRunning, readServicesEnv, startBenchServices, stopBenchServices } from './bench-services';
import { measureCeiling } from './ceiling';
import { writeBenchDataset } from './dataset';
import { machineFacts, MachineFacts } from './machine-facts';
import { measureProducerAlone } from './measure-producer';
import { parseOptions } from './options';
import { BENCH_DATA_DIR, RESULTS_DIR } from './paths';
import { BenchResult, compare, formatMachine, formatSize, SizeResult, TARGET_RECORDS_PER_SECOND, writeResult } from './report';
import { MatrixContext, runMatrix, runWithRetry } from './run-matrix';

/**
 * `npm run bench:ingest`: end-to-end ingest throughput (NDJSON file -> producer -> Redis -> worker -> Neo4j)
 * against the neo4j-admin import of the same graph, per size. A benchmark: it measures and reports, it
 * asserts no timing. See bench/README.md.
 */
async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  const problems: string[] = [];
  const log = (text: string) => process.stderr.write(`bench: ${text}\n`);
  if (options.keepSchema) log('EXPERIMENT: runs wipe the data but keep the indexes of the run before');
  if (options.afterSchema.length > 0) log(`EXPERIMENT: after the schema, each run applies ${options.afterSchema.join(', ')}`);

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
  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  const workDir = mkdtempSync(join(BENCH_DATA_DIR, 'ingest-run-'));
  // Worker process logs stay after the run (the rest of workDir goes unless --keep-files).
  const logDir = join(BENCH_DATA_DIR, 'logs', startedAt.replace(/[:.]/g, '-'));
  mkdirSync(logDir, { recursive: true });
  try {
    const services = readServicesEnv();
    const machine = await collectMachineFacts(services);
    process.stdout.write(`${formatMachine(machine)}\n`);

    const matrix: MatrixContext = { services, options, logDir, log, problems };
    const sizes: SizeResult[] = [];
    let warmup: BenchResult['warmup'] = null;
    for (const size of options.sizes) {
      const dataset = writeBenchDataset(size, options.seed, join(workDir, `ndjson-${size}`));
      log(`${size} records: ${dataset.people} people, generated in ${dataset.seconds.toFixed(1)} s into ${dataset.dir}`);

      if (options.warmup && warmup === null) {
        // The server's JIT and the first plans would otherwise favour every run after the first.
        const r = await runWithRetry(matrix, dataset, options.batchSizes[0] ?? 500, options.concurrencies[0] ?? 1, `warm-up (not reported) ${size}`, `warmup-${size}`);
        warmup = r ? { size, seconds: r.endToEndSeconds, recordsPerSecond: r.endToEndRecordsPerSecond } : { size, seconds: NaN, recordsPerSecond: NaN };
        if (r) log(`  warm-up: ${r.endToEndSeconds.toFixed(1)} s, ${Math.round(r.endToEndRecordsPerSecond)} records/s (not reported)`);
      }

      const isolatedProducer = [];
      if (options.isolatedProducer) {
        for (const batchSize of options.batchSizes) {
          const r = await measureProducerAlone(services, dataset, batchSize);
          log(`${size} producer alone, batch ${batchSize}: ${Math.round(r.recordsPerSecond)} records/s`);
          isolatedProducer.push(r);
        }
      }

      const { runs, lastRunComplete } = await runMatrix(matrix, dataset);

      let ceiling: SizeResult['ceiling'] = null;
      if (options.ceiling && !lastRunComplete) {
        ceiling = { error: 'skipped: the last run did not leave a complete graph to export' };
        problems.push(`${size} ceiling skipped: the last run did not leave a complete graph`);
      } else if (options.ceiling) {
        log(`${size} ceiling: exporting the graph of the last run to CSV and timing neo4j-admin database import full ...`);
        try {
          ceiling = await measureCeiling(services, dataset.records, join(workDir, `csv-${size}`));
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          ceiling = { error: message };
          problems.push(`${size} ceiling failed: ${message.split('\n')[0] ?? ''}`);
        }
      }
      const { dir: _dir, files: _files, ...datasetFacts } = dataset;
      const result: SizeResult = { size, dataset: datasetFacts, isolatedProducer, runs, ceiling, comparison: compare(runs, ceiling) };
      sizes.push(result);
      process.stdout.write(`${formatSize(result)}\n`);
      if (!options.keepFiles) rmSync(dataset.dir, { recursive: true, force: true });
    }

    const result: BenchResult = {
      benchmark: 'ingest',
      startedAt,
      finishedAt: new Date().toISOString(),
      command: `npm run bench:ingest -- ${process.argv.slice(2).join(' ')}`.trim(),
      options,
      machine,
      target: { endToEndRecordsPerSecond: TARGET_RECORDS_PER_SECOND },
      warmup,
      sizes,
      problems,
    };
    const path = writeResult(result, options.resultsDir ?? RESULTS_DIR, options.label);
    process.stdout.write(`\n${problems.length > 0 ? `problems:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` : ''}results: ${path}\n`);
  } finally {
    if (!options.keepFiles) rmSync(workDir, { recursive: true, force: true });
    else log(`files kept in ${workDir}`);
    stopIfOurs();
  }
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
