import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { randomUUID } from 'node:crypto';
import { generateDataset } from '../../seeds/dataset';
import { EventPerson, generateEvents } from '../../seeds/events/generate-events';
import { createAppContext } from '../../src/app/app-context';
import { loadConfig } from '../../src/config';
import { TransactionRunner } from '../../src/graph/graph-executor';
import { parseSourceRecord } from '../../src/sources';
import { aggregateEvents } from '../../src/segments/aggregate-events';
import { BehaviourEvent, parseEvent } from '../../src/events';
import { SERVICES_ENV_FILE } from '../ingest/paths';

/**
 * Where one events job's time goes, on the graph `npm run bench:events` leaves behind (run that first, same
 * IDGRAPH_PORT_SHIFT): one job of --batch fresh events (ids new, subjects the bench's people) through
 * aggregateEvents in a transaction that is rolled back, with each statement's wall time, then each statement
 * again under PROFILE (db hits, rows). Usage: tsx bench/events/profile-job.ts [batch] [repeats]
 */
async function main(): Promise<void> {
  const batch = Number(process.argv[2] ?? '1000');
  const repeats = Number(process.argv[3] ?? '5');
  const services = parseEnv(readFileSync(SERVICES_ENV_FILE, 'utf8')) as Record<string, string>;
  const config = loadConfig({ ...services, QUEUE_PREFIX: 'bench-ev-profile', LOG_LEVEL: 'warn', LOAD_DEMO_DATA: 'never' }, '/nonexistent');
  const app = createAppContext(config, 'bench-events-profile');
  try {
    const people = new Map<string, EventPerson>();
    for (const item of generateDataset({ people: 2000, seed: 42 })) {
      const parsed = parseSourceRecord(item.source, item.record, { tokenHashKey: config.TOKEN_HASH_KEY });
      if (!parsed.ok) continue;
      const person = people.get(item.personId) ?? { personId: item.personId, records: [] };
      person.records.push({ source: parsed.record.source, sourceId: parsed.record.sourceId });
      people.set(item.personId, person);
    }
    const all = generateEvents([...people.values()], { seed: '7', end: new Date() }).events;
    const timings = new Map<string, number[]>();
    const original = TransactionRunner.prototype.run;
    TransactionRunner.prototype.run = async function timed(this: TransactionRunner, name, params) {
      const t = performance.now();
      try {
        return await original.call(this, name, params);
      } finally {
        timings.set(name, [...(timings.get(name) ?? []), performance.now() - t]);
      }
    } as typeof original;
    const total: number[] = [];
    for (let r = 0; r < repeats; r++) {
      const events = all.slice(r * batch, (r + 1) * batch).flatMap((e): BehaviourEvent[] => {
        const parsed = parseEvent({ ...e, eventId: `prof-${randomUUID()}` });
        return parsed.ok ? [parsed.event] : [];
      });
      const session = app.graph.driver.session();
      const tx = await session.beginTransaction();
      const t = performance.now();
      await aggregateEvents(new TransactionRunner(tx as never, app.graph.registry), events, app.segmentDefinitions, { now: Date.now(), retentionDays: 35 });
      total.push(performance.now() - t);
      await tx.rollback();
      await session.close();
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    process.stdout.write(`job of ${String(batch)} events: median ${med(total).toFixed(0)} ms (${total.map((x) => x.toFixed(0)).join(', ')})\n`);
    for (const [name, xs] of timings) process.stdout.write(`  ${name}: median ${med(xs).toFixed(0)} ms\n`);
    process.stdout.write(`  node side (total - statements): ${(med(total) - [...timings.values()].reduce((a, xs) => a + med(xs), 0)).toFixed(0)} ms\n`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
