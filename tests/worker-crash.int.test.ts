import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { CYPHER } from '../src/graph/cypher-statements';
import { InputRow } from '../src/ingestion/input-row';
import { createTestApp, TestApp } from './support/test-app';

// 20k keeps CI quick; IDGRAPH_CRASH_TEST_RECORDS=100000 reproduces the 100k run.
const RECORDS = Number(process.env.IDGRAPH_CRASH_TEST_RECORDS ?? 20_000);
const ROOT = join(__dirname, '..');

function* loyaltyRows(n: number): Generator<InputRow> {
  for (let i = 0; i < n; i++) {
    const id = String(i).padStart(7, '0');
    yield {
      kind: 'record',
      line: i + 1,
      source: 'loyalty',
      raw: { memberId: `LM-${id}`, cardNumber: `917${id}3`, firstName: 'Crash', lastName: `Tester${id.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`, updatedAt: '2024-01-01T00:00:00Z' },
    };
  }
}

function startWorkerProcess(prefix: string): ChildProcess {
  // node itself, with tsx as a loader: a `tsx` wrapper process would take the SIGKILL and leave the worker alive.
  return spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], {
    cwd: ROOT,
    env: { ...process.env, QUEUE_PREFIX: prefix, WORKER_LOCK_MS: '3000', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

async function sourceRecords(t: TestApp): Promise<number> {
  const [row] = await t.app.graph.read<{ records: number }>(CYPHER.countSourceRecords, {}, { actor: 'test' });
  return row?.records ?? 0;
}

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe(`a worker killed with SIGKILL mid-ingest (${RECORDS} records)`, () => {
  let t: TestApp;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    worker?.kill('SIGKILL');
    await t.close();
  });

  it('loses nothing and writes nothing twice once a new worker takes over', async () => {
    const report = await t.app.producer.ingest(loyaltyRows(RECORDS), { via: 'cli' });
    expect(report).toMatchObject({ received: RECORDS, accepted: RECORDS, rejected: 0 });

    const prefix = t.app.config.QUEUE_PREFIX;
    worker = startWorkerProcess(prefix);
    await until(async () => (await sourceRecords(t)) >= RECORDS / 4, 300_000);
    worker.kill('SIGKILL');
    await new Promise((r) => worker!.once('exit', r));
    const atKill = await sourceRecords(t);
    expect(atKill).toBeLessThan(RECORDS);

    worker = startWorkerProcess(prefix);
    await until(async () => {
      const counts = await t.app.ingestQueue.getJobCounts('waiting', 'active', 'delayed', 'failed');
      return Object.values(counts).every((n) => n === 0);
    }, 600_000);
    worker.kill('SIGTERM');

    const counts = await t.counts();
    expect(counts.nodes.SourceRecord).toBe(RECORDS);
    expect(counts.nodes.Customer).toBe(RECORDS);
    expect(counts.relationships.RESOLVES_TO).toBe(RECORDS);
    expect(counts.relationships.HAS_IDENTIFIER).toBe(RECORDS);
    expect(await t.app.deadLetters.count()).toBe(0);
  });
});
