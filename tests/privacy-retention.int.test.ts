import { parseSourceRecord } from '../src/sources';
import { RawEventLog } from '../src/events';
import { enforceRetention, eraseCustomer } from '../src/privacy/subject-rights';
import { connectRedis } from '../src/queue';
import { customerOfRecord } from './support/privacy-customer';
import { inspect } from './support/matching';
import { ingest } from './support/privacy-customer';
import { createTestApp, TestApp } from './support/test-app';

function web(userId: string, cookie: string, updatedAt: string) {
  const parsed = parseSourceRecord('web', { userId, email: `${userId.toLowerCase()}@fastmail.com`, cookieIds: [cookie], updatedAt }, { tokenHashKey: 'test-token-hash-key-0001' });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.record;
}

describe('retention job (real Neo4j)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('deletes records and device sightings older than their categories allow, and keeps recent ones', async () => {
    const recent = new Date(Date.now() - 10 * 24 * 3600 * 1000).toISOString();
    await ingest(t.app.graph, [web('W-OLD-1', 'ck-old-000001', '2019-01-01T00:00:00Z'), web('W-NEW-1', 'ck-new-000001', recent)], 'retention-1');
    const report = await enforceRetention(t.app.graph, t.app.privacy.policy, t.app.privacy.retention);
    expect(report).toMatchObject({ staleRecords: 1, deviceSightings: 1, devices: 1 });
    expect(report.notHeld).toEqual(expect.arrayContaining(['purchase_history', 'precise_location', 'inferred_profile']));
    const left = await inspect<{ key: string }>(t.app.graph, 'MATCH (n) WHERE n:SourceRecord OR n:Device OR n:Identifier RETURN coalesce(n.recordKey, n.key) AS key ORDER BY key');
    expect(left.map((r) => r.key)).toEqual(['email:w-new-1@fastmail.com', 'web:W-NEW-1', 'web_cookie:ck-new-000001']);
    // Run again: nothing left to delete.
    expect(await enforceRetention(t.app.graph, t.app.privacy.policy, t.app.privacy.retention)).toMatchObject({ staleRecords: 0, deviceSightings: 0 });
  });

  it('trims raw events past the event log retention, then drops erasure cleanups older than it (their events are gone); younger ones stay', async () => {
    await ingest(t.app.graph, [web('W-ERASE-1', 'ck-erase-000001', new Date().toISOString())], 'retention-2');
    const customerId = (await customerOfRecord(t.app.graph, 'web:W-ERASE-1'))!;
    await t.app.rawEvents.append([{ eventId: 'ev-ret-1', occurredAt: new Date().toISOString(), type: 'email', action: 'open', campaignId: 'c1', customerId }]);
    // An erasure whose raw-event cleanup failed (the log's connection is gone): its marker stays pending.
    const closed = connectRedis(t.app.config.REDIS_URL);
    closed.disconnect();
    const report = await eraseCustomer(t.app.graph, t.app.privacy.policy, { customerId, actor: 'dpo', role: 'privacy_officer', reason: 'DSR-3001' }, new RawEventLog(closed, t.app.config.QUEUE_PREFIX, t.app.config.EVENT_RETENTION_DAYS));
    expect(report?.rawEventCleanupPending).toBe(true);
    const markers = async () => (await inspect<{ n: number }>(t.app.graph, 'MATCH (p:PendingEventErasure) RETURN count(p) AS n'))[0]?.n;
    const options = { eventLog: t.app.rawEvents };

    expect(await enforceRetention(t.app.graph, t.app.privacy.policy, t.app.privacy.retention, new Date(), options)).toMatchObject({ rawEventsTrimmed: 0, expiredErasureCleanups: 0 });
    expect(await markers()).toBe(1);
    expect(await t.app.rawEvents.length()).toBe(1);

    const later = new Date(Date.now() + (t.app.config.EVENT_RETENTION_DAYS + 1) * 24 * 3600 * 1000);
    expect(await enforceRetention(t.app.graph, t.app.privacy.policy, t.app.privacy.retention, later, options)).toMatchObject({ rawEventsTrimmed: 1, expiredErasureCleanups: 1 });
    expect(await markers()).toBe(0);
    expect(await t.app.rawEvents.length()).toBe(0);
  });
});
