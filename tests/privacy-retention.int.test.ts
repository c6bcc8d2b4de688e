import { parseSourceRecord } from '../src/sources';
import { enforceRetention } from '../src/privacy/subject-rights';
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
});
