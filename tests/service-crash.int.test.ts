import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER } from '../src/graph/cypher-statements';
import { waitForJobs } from '../src/ingestion';
import { InputRow } from '../src/ingestion/input-row';
import { createTestApp, TestApp } from './support/test-app';

const ROOT = join(__dirname, '..');
// Crashing servers is only possible on the ones this run provisioned itself.
const local = process.env.IDGRAPH_TEST_BACKEND === 'local';
const describeLocal = local ? describe : describe.skip;

function* fuelRows(n: number, tag: string): Generator<InputRow> {
  for (let i = 0; i < n; i++) {
    yield { kind: 'record', line: i + 1, source: 'fuel', raw: { fuelAccountId: `FU-${tag}-${i}`, zip: '60614', updatedAt: '2024-01-01' } };
  }
}

function pidOf(file: string): number {
  return Number(readFileSync(join(ROOT, '.data', 'test', file), 'utf8').trim());
}

function startTestServices(): void {
  try {
    execFileSync('bash', ['scripts/services.sh', 'start', '--profile', 'test'], { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    // Say why the restart failed (services.sh names the cause on stderr), not only that it did.
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`services.sh start failed: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
  }
}

async function untilProcessGroupGone(group: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      process.kill(-group, 0);
    } catch {
      return;
    }
    if (Date.now() > deadline) throw new Error(`process group ${String(group)} still alive ${String(timeoutMs)} ms after SIGKILL`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function records(t: TestApp): Promise<number> {
  const [row] = await t.app.graph.read<{ records: number }>(CYPHER.countSourceRecords, {}, { actor: 'test' });
  return row?.records ?? 0;
}

describeLocal('accepted records survive a crash of Redis or Neo4j', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('keeps queued records through a SIGKILL of Redis (AOF) and writes them all once it is back', async () => {
    const report = await t.app.producer.ingest(fuelRows(3000, 'r'), { via: 'cli' });
    expect(report.accepted).toBe(3000);
    process.kill(pidOf('redis/redis.pid'), 'SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
    startTestServices();
    t.startWorker();
    await waitForJobs(t.app.ingestQueue, report.jobIds);
    expect(await records(t)).toBe(3000);
    expect(await t.app.deadLetters.count()).toBe(0);
  });

  it('retries through a Neo4j crash mid-ingest and ends with every record exactly once', async () => {
    const report = await t.app.producer.ingest(fuelRows(20000, 'n'), { via: 'cli' });
    t.startWorker();
    while ((await records(t)) < 2000) await new Promise((r) => setTimeout(r, 100));
    // The launcher and the server JVM share a process group: kill both, as a machine crash would.
    const group = pidOf('neo4j/run/neo4j-console.pid');
    process.kill(-group, 'SIGKILL');
    // On a loaded machine the JVM takes a while to die and free its ports; restart once the group is gone.
    await untilProcessGroupGone(group);
    startTestServices();
    await waitForJobs(t.app.ingestQueue, report.jobIds);
    const counts = await t.counts();
    expect(counts.nodes.SourceRecord).toBe(20000);
    expect(counts.relationships.RESOLVES_TO).toBe(20000);
    expect(await t.app.deadLetters.count()).toBe(0);
  });
});
