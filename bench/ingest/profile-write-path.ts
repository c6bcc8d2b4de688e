import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ManagedTransaction } from 'neo4j-driver';
import { GraphExecutor, TransactionRunner } from '../../src/graph/graph-executor';
import { writeRecordBatch } from '../../src/ingestion';
import { createBenchApp } from './bench-env';
import { benchServicesRunning, readServicesEnv, startBenchServices, stopBenchServices } from './bench-services';
import { captureBatches } from './capture-batches';
import { countGraph } from './graph-counts';
import { writeBenchDataset } from './dataset';
import { BENCH_DATA_DIR, RESULTS_DIR } from './paths';
import { benchNeo4jPid, cpuSeconds } from './process-cpu';
import { summarisePlan } from './summarise-plan';
import { StatementTimer } from './statement-timer';
import { readStatementFile, resetGraph } from './reset-state';

/**
 * Where the write path's time goes: the producer's exact batches, written one after another with the real
 * writeRecordBatch on an empty bench graph, every Cypher statement timed; then one late batch run under
 * PROFILE in a transaction that is rolled back. No queue and no worker: this isolates the graph write.
 *
 *   npx tsx bench/ingest/profile-write-path.ts [--size 10000] [--batch-size 500] [--seed 42] [--profile-batches 1,4,last]
 *     [--override matching/find-deterministic-neighbours=bench/ingest/experiments/find-deterministic-neighbours.before-a485cb7.cypher]
 *     [--after-schema bench/ingest/experiments/drop-identifier-type-index.cypher] [--label name] [--results-dir DIR] [--keep-schema]
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '10000' },
      'batch-size': { type: 'string', default: '500' },
      seed: { type: 'string', default: '42' },
      'profile-batches': { type: 'string', default: '1,4,last' },
      // name=file: run another text for a statement of cypher/ (experiments; src/ and cypher/ stay as they are).
      override: { type: 'string', multiple: true, default: [] },
      // A statement file run after the schema is applied (experiments on the bench graph, e.g. dropping an index).
      'after-schema': { type: 'string', multiple: true, default: [] },
      // Suffix of the results file name: bench/results/write-path-profile-<date>[-<label>].json
      label: { type: 'string', default: '' },
      'results-dir': { type: 'string', default: RESULTS_DIR },
      // Wipe the data but keep the indexes (and their sampled statistics) from before.
      'keep-schema': { type: 'boolean', default: false },
    },
  });
  const size = Number(values.size);
  const batchSize = Number(values['batch-size']);
  const log = (text: string) => process.stderr.write(`profile: ${text}\n`);
  const wasRunning = benchServicesRunning();
  startBenchServices();
  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  const workDir = mkdtempSync(join(BENCH_DATA_DIR, 'profile-run-'));
  const services = readServicesEnv();
  const app = createBenchApp(services, { queuePrefix: 'bench-profile', batchSize, concurrency: 1 });
  const timer = new StatementTimer();
  const overrides = overrideStatements(app.graph, values.override);
  try {
    const dataset = writeBenchDataset(size, values.seed, join(workDir, 'ndjson'));
    const jobs = await captureBatches(dataset, { batchSize, tokenHashKey: app.config.TOKEN_HASH_KEY, defaultPhoneRegion: app.config.DEFAULT_PHONE_REGION });
    log(`${dataset.records} records in ${jobs.length} batches of ${batchSize}`);
    await resetGraph(app, values['after-schema'], values['keep-schema']);
    timer.install();

    const neo4jPid = benchNeo4jPid();
    const cpu0 = { node: process.cpuUsage(), neo4j: neo4jPid ? cpuSeconds(neo4jPid) : 0, wall: performance.now() };
    const perBatch: { batch: number; ms: number; statementsMs: number; commitMs: number; statements: Record<string, number>; result: unknown }[] = [];
    const last = jobs.length - 1;
    // Batches (1-based) to PROFILE against the graph of the ones before them, rolled back, then written for real.
    const profileAt = new Set(values['profile-batches'].split(',').map((b) => (b.trim() === 'last' ? last : Number(b) - 1)));
    const profiles: ({ batch: number; name: string; inputRows: number } & ReturnType<typeof summarisePlan>)[] = [];
    for (const [i, job] of jobs.entries()) {
      if (profileAt.has(i)) {
        timer.profile = true;
        timer.profiles.length = 0;
        await writeRecordBatch(rollbackGraph(app.graph), job.records, `profile-${i}`);
        timer.profile = false;
        profiles.push(...timer.profiles.map((p) => ({ batch: i + 1, name: p.name, inputRows: p.inputRows, ...summarisePlan(p.profile) })));
      }
      const before = new Map([...timer.stats].map(([k, v]) => [k, v.totalMs]));
      const t0 = performance.now();
      const result = await writeRecordBatch(app.graph, job.records, `profile-${i}`);
      const ms = performance.now() - t0;
      const statements = Object.fromEntries([...timer.stats].map(([k, v]) => [k, v.totalMs - (before.get(k) ?? 0)]).filter(([, v]) => (v as number) > 0));
      const statementsMs = Object.values(statements).reduce<number>((a, b) => a + (b as number), 0);
      perBatch.push({ batch: i, ms, statementsMs, commitMs: performance.now() - timer.lastStatementEnd, statements, result });
      if (i < 10 || i % 10 === 0 || i === last) log(`batch ${i + 1}/${jobs.length}: ${Math.round(ms)} ms (${Object.entries(statements).map(([k, v]) => `${k.split('/')[1]} ${Math.round(v as number)}`).join(', ')})`);
    }
    const wallS = (performance.now() - cpu0.wall) / 1000;
    const nodeCpu = process.cpuUsage(cpu0.node);
    const cpu = {
      wallSeconds: wallS,
      neo4jCpuSeconds: neo4jPid ? cpuSeconds(neo4jPid) - cpu0.neo4j : null,
      nodeCpuSeconds: (nodeCpu.user + nodeCpu.system) / 1e6,
    };

    timer.uninstall(); // the counting below is not part of the write path
    const graph = await countGraph(app.graph);
    const measured = perBatch; // the profiled pass is not in these timings
    const totalMs = measured.reduce((a, b) => a + b.ms, 0);
    const statementRows = [...timer.stats.entries()]
      .map(([name, s]) => ({ name, calls: s.calls, totalMs: s.totalMs, share: s.totalMs / totalMs, meanMs: s.totalMs / s.calls, maxMs: s.maxMs, inputRows: s.inputRows, outputRows: s.outputRows }))
      .sort((a, b) => b.totalMs - a.totalMs);
    const tenth = Math.max(1, Math.floor(measured.length / 10));
    const growth = Object.fromEntries(
      statementRows.map(({ name }) => {
        const mean = (rows: typeof measured) => rows.reduce((a, b) => a + (b.statements[name] ?? 0), 0) / rows.length;
        return [name, { firstTenthMeanMs: mean(measured.slice(0, tenth)), lastTenthMeanMs: mean(measured.slice(-tenth)) }];
      }),
    );
    const commitMs = measured.reduce((a, b) => a + b.commitMs, 0);
    const statementsMs = measured.reduce((a, b) => a + b.statementsMs, 0);
    const report = {
      benchmark: 'ingest-write-path-profile',
      overrides,
      afterSchema: values['after-schema'],
      keepSchema: values['keep-schema'],
      at: new Date().toISOString(),
      size: dataset.records,
      batchSize,
      batches: measured.length,
      recordsPerSecond: dataset.records / (totalMs / 1000),
      totalSeconds: totalMs / 1000,
      timeSplit: { statementsSeconds: statementsMs / 1000, commitSeconds: commitMs / 1000, otherSeconds: (totalMs - statementsMs - commitMs) / 1000 },
      cpu,
      graph,
      statements: statementRows,
      growth,
      batchMs: { first: measured[0]?.ms, median: [...measured].sort((a, b) => a.ms - b.ms)[Math.floor(measured.length / 2)]?.ms, last: measured[measured.length - 1]?.ms },
      series: measured.map((b) => ({ batch: b.batch, ms: Math.round(b.ms), commitMs: Math.round(b.commitMs), statements: Object.fromEntries(Object.entries(b.statements).map(([k, v]) => [k, Math.round(v as number)])) })),
      profiles,
    };

    const pad = (s: string, n: number) => s.padEnd(n);
    process.stdout.write(`\nwrite path: ${dataset.records} records in ${measured.length} batches of ${batchSize}: ${report.totalSeconds.toFixed(1)} s = ${Math.round(report.recordsPerSecond)} records/s\n`);
    process.stdout.write(`time split: statements ${report.timeSplit.statementsSeconds.toFixed(1)} s, commit ${report.timeSplit.commitSeconds.toFixed(1)} s, other (JS in writeRecordBatch, session) ${report.timeSplit.otherSeconds.toFixed(1)} s\n`);
    process.stdout.write(`graph: ${JSON.stringify(graph.nodes)} ${JSON.stringify(graph.relationships)}\n`);
    process.stdout.write(`CPU during the run: Neo4j ${cpu.neo4jCpuSeconds?.toFixed(1) ?? '?'} s, this Node process ${cpu.nodeCpuSeconds.toFixed(1)} s, wall ${cpu.wallSeconds.toFixed(1)} s\n\n`);
    process.stdout.write(`${pad('statement', 44)} ${'total s'.padStart(8)} ${'share'.padStart(6)} ${'ms/batch'.padStart(9)} ${'first10%'.padStart(9)} ${'last10%'.padStart(9)} ${'rows in'.padStart(8)} ${'rows out'.padStart(9)}\n`);
    for (const s of statementRows) {
      const g = growth[s.name];
      process.stdout.write(`${pad(s.name, 44)} ${(s.totalMs / 1000).toFixed(2).padStart(8)} ${`${(100 * s.share).toFixed(1)}%`.padStart(6)} ${s.meanMs.toFixed(1).padStart(9)} ${(g?.firstTenthMeanMs ?? 0).toFixed(1).padStart(9)} ${(g?.lastTenthMeanMs ?? 0).toFixed(1).padStart(9)} ${String(s.inputRows).padStart(8)} ${String(s.outputRows).padStart(9)}\n`);
    }
    process.stdout.write(`\nPROFILE (rolled back), by database hits:\n`);
    for (const p of profiles) {
      process.stdout.write(`  batch ${p.batch} ${p.name}: ${p.dbHits.toLocaleString('en-US')} db hits for ${p.inputRows} input rows (${Math.round(p.dbHits / Math.max(1, p.inputRows))} per row)\n`);
      for (const op of p.top) process.stdout.write(`      ${op.operator} ${op.details} -> ${op.dbHits.toLocaleString('en-US')} db hits, ${op.rows.toLocaleString('en-US')} rows\n`);
    }
    mkdirSync(values['results-dir'], { recursive: true });
    const path = join(values['results-dir'], `write-path-profile-${report.at.slice(0, 10)}${values.label ? `-${values.label}` : ''}.json`);
    writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`\nresults: ${path}\n`);
  } finally {
    timer.uninstall();
    await app.close();
    rmSync(workDir, { recursive: true, force: true });
    if (!wasRunning) stopBenchServices();
  }
}

/** Serves the given files' statements in place of the registry's (comment lines stripped as the registry does). */
function overrideStatements(graph: GraphExecutor, specs: string[]): Record<string, string> {
  const texts = new Map<string, string>();
  for (const spec of specs) {
    const [name, file] = spec.split('=');
    if (!name || !file) throw new Error(`--override name=file, got '${spec}'`);
    texts.set(name, readStatementFile(file));
  }
  if (texts.size > 0) {
    const registry = graph.registry as unknown as { get(name: string): string };
    const original = registry.get.bind(registry);
    registry.get = (name: string) => texts.get(name) ?? original(name);
  }
  return Object.fromEntries(specs.map((s) => s.split('=') as [string, string]));
}

/** A stand-in for the executor whose write transaction always rolls back (for the PROFILE pass). */
function rollbackGraph(graph: GraphExecutor): GraphExecutor {
  return {
    async writeTransaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
      const session = graph.driver.session();
      const tx = session.beginTransaction();
      try {
        // An explicit transaction offers the run() a managed one does.
        return await work(new TransactionRunner(tx as unknown as ManagedTransaction, graph.registry));
      } finally {
        await tx.rollback();
        await session.close();
      }
    },
  } as unknown as GraphExecutor;
}

main().catch((error: unknown) => {
  process.stderr.write(`profile: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
