import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { randomBytes, randomUUID } from 'node:crypto';
import { Command } from 'commander';
import { generateDataset } from '../../seeds/dataset';
import { EventPerson, generateEvents } from '../../seeds/events/generate-events';
import { startApiServer } from '../../src/api/create-api-server';
import { createAppContext } from '../../src/app/app-context';
import { mintToken } from '../../src/auth';
import { loadConfig } from '../../src/config';
import { startEventWorker } from '../../src/events';
import { applySchema } from '../../src/graph/apply-schema';
import { CYPHER } from '../../src/graph/cypher-statements';
import { writeRecordBatch } from '../../src/ingestion';
import { CanonicalRecord, recordKey } from '../../src/model';
import { ensureSegmentDefinitions } from '../../src/segments/segment-store';
import { parseSourceRecord } from '../../src/sources';
import { benchServicesRunning, startBenchServices, stopBenchServices } from '../ingest/bench-services';
import { benchNeo4jPid, cpuSeconds, machineBusySeconds } from '../ingest/process-cpu';
import { REPO_ROOT, RESULTS_DIR, SERVICES_ENV_FILE } from '../ingest/paths';

/**
 * `npm run bench:events`: sustained events/s into aggregates (features, segments, baseline) and event-to-API
 * latency (an event sent through the GraphQL mutation until a GraphQL read shows its effect), idle and under a
 * background stream. Runs on the bench profile's own servers, which it empties. Reports; asserts nothing.
 */
const program = new Command()
  .option('--people <n>', 'people in the record set the events refer to', '2000')
  .option('--events <n>', 'events of the sustained run', '50000')
  .option('--batch <n>', 'events per queued job (EVENTS_BATCH_SIZE)', '1000')
  .option('--concurrency <n>', 'event worker concurrency (EVENT_WORKER_CONCURRENCY)', '2')
  .option('--probes <n>', 'latency probes per scenario', '100')
  .option('--background <n>', 'events/s of the background stream during the loaded latency probes', '300');
program.parse();
const opts = program.opts<{ people: string; events: string; batch: string; concurrency: string; probes: string; background: string }>();

const DAY = 86_400_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? null : (s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number);
};

async function main(): Promise<void> {
  const wasRunning = benchServicesRunning();
  if (!wasRunning) startBenchServices();
  const services = parseEnv(readFileSync(SERVICES_ENV_FILE, 'utf8')) as Record<string, string>;
  const expectedBolt = `bolt://127.0.0.1:${String(7690 + Number(process.env.IDGRAPH_PORT_SHIFT ?? 0))}`;
  if (services.NEO4J_URI !== expectedBolt) throw new Error(`services.env points at ${services.NEO4J_URI ?? '(nothing)'}, not the bench profile's ${expectedBolt}; the benchmark empties that graph, so it stops here`);
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  // The API needs a key for bearer tokens: a throwaway HS256 secret (NODE_ENV test, as bench/api does; production
  // requires a JWKS server) and an admin token minted with it for the probes.
  const secret = randomBytes(32).toString('hex');
  const config = loadConfig({ ...env, ...services, QUEUE_PREFIX: `bench-ev-${randomUUID().slice(0, 6)}`, EVENTS_BATCH_SIZE: opts.batch, LOG_LEVEL: 'warn', API_PORT: '0', NODE_ENV: 'test', AUTH_HS256_SECRET: secret, API_RATE_LIMIT_POINTS: '10000000', LOAD_DEMO_DATA: 'never' }, '/nonexistent');
  const app = createAppContext(config, 'bench-events');
  try {
    await app.graph.runAutoCommit(app.graph.registry.get(CYPHER.deleteEverything));
    await applySchema(app.graph);
    await ensureSegmentDefinitions(app.graph, app.segmentDefinitions);

    // Records: the generator's people through the real write path (deterministic links included).
    const people = new Map<string, EventPerson>();
    const records: CanonicalRecord[] = [];
    for (const item of generateDataset({ people: Number(opts.people), seed: 42 })) {
      const parsed = parseSourceRecord(item.source, item.record, { tokenHashKey: config.TOKEN_HASH_KEY });
      if (!parsed.ok) continue;
      records.push(parsed.record);
      const person = people.get(item.personId) ?? { personId: item.personId, records: [] };
      person.records.push({ source: parsed.record.source, sourceId: parsed.record.sourceId });
      people.set(item.personId, person);
    }
    for (let i = 0; i < records.length; i += 1000) await writeRecordBatch(app.graph, records.slice(i, i + 1000), `bench-${String(i)}`);
    const start = Date.now();
    const generated = generateEvents([...people.values()], { seed: '42', end: new Date(start) }).events;
    const stream = generated.slice(0, Number(opts.events));
    // Warm-up (not measured): 2,000 other events of the stream, so statement plans are compiled before the clock.
    const warmUp = generated.slice(Number(opts.events), Number(opts.events) + 2000);
    process.stderr.write(`${String(records.length)} records of ${String(people.size)} people written; ${String(stream.length)} events generated (+${String(warmUp.length)} warm-up)\n`);

    const jobMs: number[] = [];
    const worker = startEventWorker(app.graph, app.redis, app.eventDeadLetters, {
      prefix: config.QUEUE_PREFIX, concurrency: Number(opts.concurrency), retentionDays: config.EVENT_RETENTION_DAYS, definitions: app.segmentDefinitions, ledgerSweepMs: 0,
    }, app.log);
    worker.on('completed', (job) => { if (job.processedOn !== undefined && job.finishedOn !== undefined) jobMs.push(job.finishedOn - job.processedOn); });
    const drain = async () => {
      for (;;) {
        const c = await app.eventQueue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        if ((c.waiting ?? 0) + (c.active ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0) === 0) return;
        await sleep(20);
      }
    };

    await app.eventProducer.record(warmUp, { via: 'cli' });
    await drain();
    jobMs.length = 0;

    // 1. Sustained: the whole stream queued as fast as the producer goes; the clock stops when the queue is empty.
    // CPU seconds over the sustained run: where the time goes (the bench Neo4j JVM, this process = producer + worker,
    // the whole machine; the rest is other work on the shared machine).
    const neo4jPid = benchNeo4jPid();
    const cpu0 = { neo4j: neo4jPid === null ? null : cpuSeconds(neo4jPid), node: process.cpuUsage(), machine: machineBusySeconds() };
    const t0 = Date.now();
    const produced = await app.eventProducer.record(stream, { via: 'cli' });
    const tProduced = Date.now();
    await drain();
    const t1 = Date.now();
    const nodeCpu = process.cpuUsage(cpu0.node);
    const cpu = {
      neo4jSeconds: neo4jPid === null || cpu0.neo4j === null ? null : round(cpuSeconds(neo4jPid) - cpu0.neo4j),
      benchProcessSeconds: round((nodeCpu.user + nodeCpu.system) / 1e6),
      machineSeconds: round(machineBusySeconds() - cpu0.machine),
    };
    // A fixed inspection query of the benchmark (the idempotency ledger's size = events aggregated).
    const counts = (await app.graph.driver.executeQuery('MATCH (e:EventId) RETURN count(e) - $warmUp AS n', { warmUp: warmUp.length })).records[0]?.toObject() as { n: number } | undefined;
    const sustained = { events: stream.length, accepted: produced.accepted, aggregated: counts?.n ?? 0, seconds: (t1 - t0) / 1000, eventsPerSecond: Math.round(stream.length / ((t1 - t0) / 1000)), producerEventsPerSecond: Math.round(stream.length / ((tProduced - t0) / 1000)), jobs: jobMs.length, jobMsP50: pct(jobMs, 50), jobMsP95: pct(jobMs, 95), cpuSeconds: cpu };
    process.stderr.write(`sustained: ${JSON.stringify(sustained)}\n`);

    // 2. Event-to-API latency: send one purchase through GraphQL, read the customer's features through GraphQL
    // until its order count moved. Idle, then under a background stream.
    const api = await startApiServer(app);
    const customers = (await app.graph.driver.executeQuery("MATCH (c:Customer {status: 'ACTIVE'})-[:HAS_BEHAVIOUR]->() RETURN c.customerId AS id ORDER BY id LIMIT 500")).records.map((r) => r.get('id') as string);
    const token = await mintToken({ secret, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE, role: 'admin', subject: 'bench-events', purposes: [], expiresIn: '2h' });
    const gql = async (query: string, variables: Record<string, unknown>) => {
      const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      if (body.errors !== undefined) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body;
    };
    const orders = async (id: string) => {
      const res = await gql('query($id: ID!) { customer(id: $id) { features } }', { id });
      return ((res.data?.customer as { features: { lifetimeOrders: number } } | undefined)?.features.lifetimeOrders) ?? -1;
    };
    let probeSeq = 0;
    const probe = async (): Promise<number> => {
      const id = customers[probeSeq % customers.length] as string;
      const before = await orders(id);
      const sent = performance.now();
      const event = { eventId: `probe-${String(probeSeq++)}-${randomUUID().slice(0, 6)}`, type: 'purchase', occurredAt: new Date().toISOString(), customerId: id, banner: 'FreshWay', channel: 'in_store', lines: [{ sku: 'SKU-PROBE', category: 'Dairy', brand: 'Meadow Gold', price: 3 }] };
      await gql('mutation($e: [JSONObject!]!) { recordEvents(events: $e) { accepted } }', { e: [event] });
      for (;;) {
        if ((await orders(id)) > before) return performance.now() - sent;
        if (performance.now() - sent > 30_000) return Number.POSITIVE_INFINITY;
      }
    };
    const idle: number[] = [];
    for (let i = 0; i < Number(opts.probes); i++) idle.push(await probe());
    let backgroundOn = true;
    let backgroundSent = 0;
    const backgroundRate = Number(opts.background);
    const background = (async () => {
      let n = 0;
      while (backgroundOn) {
        const batch = Array.from({ length: Math.max(1, Math.round(backgroundRate / 10)) }, () => {
          const id = customers[(n * 7) % customers.length] as string;
          return { eventId: `bg-${String(n++)}`, type: 'web', occurredAt: new Date(Date.now() - (n % 5) * DAY).toISOString(), customerId: id, action: 'view', channel: 'app', category: 'Snacks', brand: 'Crunchtown' };
        });
        await app.eventProducer.record(batch, { via: 'cli' });
        backgroundSent += batch.length;
        await sleep(100);
      }
    })();
    const loaded: number[] = [];
    const loadedStart = Date.now();
    for (let i = 0; i < Number(opts.probes); i++) loaded.push(await probe());
    const loadedSeconds = (Date.now() - loadedStart) / 1000;
    backgroundOn = false;
    await background;
    await drain();
    await api.stop();
    await worker.close();
    const summary = (xs: number[]) => ({ probes: xs.length, p50: round(pct(xs, 50)), p95: round(pct(xs, 95)), p99: round(pct(xs, 99)), max: round(Math.max(...xs)) });
    const latency = { idle: summary(idle), underLoad: { ...summary(loaded), backgroundEventsPerSecond: Math.round(backgroundSent / loadedSeconds) } };
    const result = {
      date: new Date().toISOString(),
      command: `npm run bench:events -- ${process.argv.slice(2).join(' ')}`.trim(),
      settings: { people: Number(opts.people), records: records.length, warmUpEvents: warmUp.length, backgroundBatch: Math.max(1, Math.round(Number(opts.background) / 10)), batchSize: Number(opts.batch), concurrency: Number(opts.concurrency), workerInProcess: true },
      machine: { cores: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 1024 ** 3), loadAverage: loadavg().map((l) => Math.round(l * 100) / 100), node: process.version },
      sustained,
      latencyMs: latency,
    };
    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = join(RESULTS_DIR, `events-${result.date.slice(0, 10)}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`\nSustained: ${String(sustained.eventsPerSecond)} events/s into aggregates (${String(sustained.events)} events, ${String(sustained.seconds)} s, producer alone ${String(sustained.producerEventsPerSecond)}/s, job p50 ${String(sustained.jobMsP50)} ms / p95 ${String(sustained.jobMsP95)} ms for ${opts.batch} events)\n`);
    process.stdout.write(`Event-to-API latency, idle:       p50 ${String(latency.idle.p50)} ms, p95 ${String(latency.idle.p95)} ms, p99 ${String(latency.idle.p99)} ms\n`);
    process.stdout.write(`Event-to-API latency, under load: p50 ${String(latency.underLoad.p50)} ms, p95 ${String(latency.underLoad.p95)} ms, p99 ${String(latency.underLoad.p99)} ms (background ${String(latency.underLoad.backgroundEventsPerSecond)} events/s)\n`);
    process.stdout.write(`Written to ${file.replace(`${REPO_ROOT}/`, '')}\n`);
    await app.eventQueue.obliterate({ force: true });
    await app.redis.del(app.rawEvents.key);
  } finally {
    await app.close();
    if (!wasRunning) stopBenchServices();
  }
}

function round(x: number | null): number | null {
  return x === null || !Number.isFinite(x) ? x : Math.round(x * 10) / 10;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
