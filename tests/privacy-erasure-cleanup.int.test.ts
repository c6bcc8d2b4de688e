import { createServer } from 'node:net';
import { createAppContext } from '../src/app/app-context';
import { BehaviourEvent, RawEventLog } from '../src/events';
import { eraseCustomer, startEventErasureSweeper, sweepPendingEventErasures } from '../src/privacy/subject-rights';
import { connectRedis } from '../src/queue';
import { parseSourceRecord } from '../src/sources';
import { inspect } from './support/matching';
import { customerOfRecord, ingest, partnerRecords, washingtonPatientRecords } from './support/privacy-customer';
import { createTestApp, TestApp } from './support/test-app';

/** A port nothing listens on: bound once by us, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return address.port;
}

/** Collects what the erasure logs, to check it names no erased value. */
function recordingLog() {
  const lines: { fields: object; message: string }[] = [];
  const push = (fields: object, message: string) => lines.push({ fields, message });
  return { lines, log: { info: push, warn: push } };
}

const email = (eventId: string, subject: { customerId?: string; source?: BehaviourEvent['source']; sourceId?: string }): BehaviourEvent => ({
  eventId, occurredAt: new Date().toISOString(), type: 'email', action: 'open', campaignId: 'spring-26', ...subject,
});

describe('erasure: raw-event cleanup that fails after the graph commit is finished by the sweeper (real Neo4j and Redis)', () => {
  let t: TestApp;
  let herId: string;
  let partnerId: string;

  const herKeys = ['pharmacy:RX-440917', 'loyalty:LM-440917', 'ecommerce:EC-440917'];
  const partnerKeys = ['loyalty:LM-550318'];

  /** Raw events in the stream about these ids and record keys. */
  async function eventsAbout(ids: string[], keys: string[]): Promise<number> {
    let n = 0;
    for await (const event of t.app.rawEvents.read()) {
      const key = event.source !== undefined && event.sourceId !== undefined ? `${event.source}:${event.sourceId}` : null;
      if ((key !== null && keys.includes(key)) || (event.customerId !== undefined && ids.includes(event.customerId))) n++;
    }
    return n;
  }

  async function markers(): Promise<string[]> {
    return (await inspect<{ id: string }>(t.app.graph, 'MATCH (p:PendingEventErasure) RETURN p.erasureId AS id ORDER BY id')).map((r) => r.id);
  }

  beforeAll(async () => {
    t = await createTestApp();
    await ingest(t.app.graph, washingtonPatientRecords(), 'cleanup-1');
    await ingest(t.app.graph, partnerRecords(), 'cleanup-2');
    herId = (await customerOfRecord(t.app.graph, 'loyalty:LM-440917'))!;
    partnerId = (await customerOfRecord(t.app.graph, 'loyalty:LM-550318'))!;
    await t.app.rawEvents.append([
      email('ev-her-1', { customerId: herId }),
      email('ev-her-2', { source: 'pharmacy', sourceId: 'RX-440917' }),
      email('ev-her-3', { source: 'ecommerce', sourceId: 'EC-440917' }),
      email('ev-partner-1', { customerId: partnerId }),
      email('ev-partner-2', { source: 'loyalty', sourceId: 'LM-550318' }),
    ]);
  });

  afterAll(async () => {
    await t.close();
  });

  it('an unreachable event log leaves the graph erased, the report pending and the events kept; the sweeper then removes them and its marker, once', async () => {
    expect(await eventsAbout([herId], herKeys)).toBe(3);
    // The app's Redis settings (commands wait while Redis is down) on a port where nothing listens.
    const unreachable = connectRedis(`redis://127.0.0.1:${String(await closedPort())}`);
    unreachable.on('error', () => undefined);
    const { lines, log } = recordingLog();
    try {
      const deadLog = new RawEventLog(unreachable, t.app.config.QUEUE_PREFIX, t.app.config.EVENT_RETENTION_DAYS);
      const report = (await eraseCustomer(t.app.graph, t.app.privacy.policy, { customerId: herId, actor: 'dpo', role: 'privacy_officer', reason: 'DSR-2001' }, deadLog, { log, rawEventCleanupTimeoutMs: 500 }))!;
      expect(report).toMatchObject({ customers: 1, records: 3, rawEvents: 0, rawEventCleanupPending: true });
      // The marker holds salted hashes only: the post-erasure scan still finds nothing of hers.
      expect(report.scan).toMatchObject({ clean: true, hits: [] });
      expect(await markers()).toEqual([report.erasureId]);
      const leftovers = await inspect<{ n: number }>(t.app.graph, 'MATCH (n) WHERE n:SourceRecord OR n:Customer RETURN count(n) AS n');
      expect(leftovers[0]?.n).toBe(2); // the partner's record and customer
      const [audit] = await inspect<{ reasons: string[] }>(t.app.graph, "MATCH (a:AuditEntry {kind: 'ERASURE'}) RETURN a.reasons AS reasons");
      expect(audit?.reasons).toContain('raw-event cleanup: pending (the erasure-cleanup sweeper retries it)');
    } finally {
      unreachable.disconnect();
    }
    expect(await eventsAbout([herId], herKeys)).toBe(3);
    expect(lines.map((l) => l.message)).toEqual(['raw-event cleanup of an erasure failed; left pending for the erasure-cleanup sweeper']);
    const logged = JSON.stringify(lines);
    for (const value of [herId, ...herKeys, '440917']) expect(logged).not.toContain(value);

    expect(await sweepPendingEventErasures(t.app.graph, t.app.rawEvents)).toEqual({ pending: 1, completed: 1, rawEvents: 3 });
    expect(await eventsAbout([herId], herKeys)).toBe(0);
    expect(await eventsAbout([partnerId], partnerKeys)).toBe(2);
    expect(await markers()).toEqual([]);
    // Nothing pending: a second sweep does nothing.
    expect(await sweepPendingEventErasures(t.app.graph, t.app.rawEvents)).toEqual({ pending: 0, completed: 0, rawEvents: 0 });
    expect(await eventsAbout([partnerId], partnerKeys)).toBe(2);
  });

  it('a process that died between the graph commit and the stream cleanup: a fresh app context sweeps at start', async () => {
    // The real erase path with an event log whose Redis connection is gone (every command throws).
    const closed = connectRedis(t.app.config.REDIS_URL);
    closed.disconnect();
    const throwingLog = new RawEventLog(closed, t.app.config.QUEUE_PREFIX, t.app.config.EVENT_RETENTION_DAYS);
    const report = (await eraseCustomer(t.app.graph, t.app.privacy.policy, { customerId: partnerId, actor: 'dpo', role: 'privacy_officer', reason: 'DSR-2002' }, throwingLog))!;
    expect(report).toMatchObject({ customers: 1, records: 1, rawEvents: 0, rawEventCleanupPending: true });
    expect(await markers()).toEqual([report.erasureId]);
    expect(await eventsAbout([partnerId], partnerKeys)).toBe(2);

    // A new process on the same services: what the worker starts with.
    const fresh = createAppContext(t.app.config, 'test-restarted');
    const { lines, log } = recordingLog();
    const stop = startEventErasureSweeper(fresh.graph, fresh.rawEvents, log);
    try {
      while (lines.length === 0) await new Promise((r) => setTimeout(r, 50));
    } finally {
      stop();
      await fresh.close();
    }
    expect(lines).toEqual([{ fields: { pending: 1, completed: 1, rawEvents: 2 }, message: 'finished raw-event cleanups that erasures left pending' }]);
    expect(await eventsAbout([partnerId], partnerKeys)).toBe(0);
    expect(await markers()).toEqual([]);
    expect(await t.app.rawEvents.length()).toBe(0);
    expect(await sweepPendingEventErasures(t.app.graph, t.app.rawEvents)).toEqual({ pending: 0, completed: 0, rawEvents: 0 });
  });

  it('with a working event log the erasure removes the events at once and leaves no marker', async () => {
    const parsed = parseSourceRecord('web', { userId: 'W-CLEAN-1', email: 'w-clean-1@fastmail.com', cookieIds: ['ck-clean-000001'], updatedAt: new Date().toISOString() }, { tokenHashKey: 'test-token-hash-key-0001' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    await ingest(t.app.graph, [parsed.record], 'cleanup-3');
    const thirdId = (await customerOfRecord(t.app.graph, 'web:W-CLEAN-1'))!;
    await t.app.rawEvents.append([email('ev-third-1', { customerId: thirdId }), email('ev-third-2', { source: 'web', sourceId: 'W-CLEAN-1' })]);
    const report = (await eraseCustomer(t.app.graph, t.app.privacy.policy, { customerId: thirdId, actor: 'dpo', role: 'privacy_officer', reason: 'DSR-2003' }, t.app.rawEvents))!;
    expect(report).toMatchObject({ customers: 1, rawEvents: 2, rawEventCleanupPending: false });
    expect(await markers()).toEqual([]);
    expect(await t.app.rawEvents.length()).toBe(0);
  });
});
