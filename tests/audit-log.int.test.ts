import { randomBytes } from 'node:crypto';
import { appendAuditEntry, AuditEntry, chainEntry, findAuditEntries, verifyAuditLog } from '../src/privacy/audit';
import { readCustomerView } from '../src/privacy/view';
import { customerOfRecord, ingest, washingtonPatientRecords } from './support/privacy-customer';
import { createTestApp, TestApp } from './support/test-app';

const OTHER_ENTRIES = 20_000;

/** Test-only direct writes: the bulk load of a realistic log, and the tampering an attacker would do. */
async function write(t: TestApp, cypher: string, params: Record<string, unknown> = {}): Promise<void> {
  await t.app.graph.driver.executeQuery(cypher, params);
}

describe('audit log: hash chain and the health-read query (real Neo4j)', () => {
  let t: TestApp;
  let customerId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await ingest(t.app.graph, washingtonPatientRecords(), 'audit-1');
    customerId = (await customerOfRecord(t.app.graph, 'pharmacy:RX-440917'))!;
    const reader = { graph: t.app.graph, policy: t.app.privacy.policy, survivorship: t.app.privacy.survivorship };
    await readCustomerView(reader, { customerId, scope: 'pharmacy-refill-sms', actor: 'pharmacist-ann', role: 'pharmacist' });
    // A realistic log: many reads of other customers, chained like real entries (bulk-written for speed).
    const [head] = await t.app.graph.driver.executeQuery('MATCH (h:AuditChainHead) RETURN h.seq AS seq, h.lastHash AS lastHash').then((r) => r.records.map((x) => x.toObject() as { seq: number; lastHash: string }));
    let prev = head!.lastHash;
    const entries: AuditEntry[] = [];
    for (let i = 1; i <= OTHER_ENTRIES; i += 1) {
      const e = chainEntry({
        kind: 'VIEW_READ', at: new Date().toISOString(), actor: 'crm-job', role: 'marketing', purpose: 'email_marketing', scope: 'email-campaigns',
        subjectKey: randomBytes(32).toString('hex'), policyVersion: '1.0.0', fields: ['attribute.givenName', 'identifier.email'], categories: i % 10 === 0 ? ['contact', 'health'] : ['contact'], reasons: ['served identifier.email: RULE_ALLOWS EMAIL-MARKETING'],
      }, Number(head!.seq) + i, prev);
      entries.push(e);
      prev = e.hash;
    }
    for (let i = 0; i < entries.length; i += 5000) {
      await write(t, 'UNWIND $entries AS e CREATE (a:AuditEntry) SET a = e, a.seq = toInteger(e.seq)', { entries: entries.slice(i, i + 5000) });
    }
    await write(t, 'MATCH (h:AuditChainHead) SET h.seq = toInteger($seq), h.lastHash = $hash', { seq: entries.at(-1)!.seq, hash: entries.at(-1)!.hash });
    await readCustomerView(reader, { customerId, scope: 'email-campaigns', actor: 'crm-job', role: 'marketing' });
  });

  afterAll(async () => {
    await t.close();
  });

  it(`answers "who read this customer's health data, and why?" in well under a second among ${OTHER_ENTRIES} entries`, async () => {
    await findAuditEntries(t.app.graph, { customerIds: [customerId], category: 'health' }, 'dpo');
    const started = performance.now();
    const health = await findAuditEntries(t.app.graph, { customerIds: [customerId], category: 'health' }, 'dpo');
    const ms = performance.now() - started;
    process.stdout.write(`audit query "who read this customer's health data": ${ms.toFixed(1)} ms over ${OTHER_ENTRIES + 2} entries\n`);
    expect(health.map((e) => [e.actor, e.role, e.purpose, e.scope])).toEqual([['pharmacist-ann', 'pharmacist', 'pharmacy_care', 'pharmacy-refill-sms']]);
    expect(health[0]!.reasons.some((r) => r.includes('PHARMACY-CARE-RECORDS'))).toBe(true);
    expect(ms).toBeLessThan(1000);
    const plan = await t.app.graph.driver.executeQuery('EXPLAIN MATCH (a:AuditEntry) WHERE a.subjectKey IN $k RETURN a', { k: ['x'] });
    expect(JSON.stringify(plan.summary.plan)).toContain('NodeIndexSeek');
  });

  it('verifies the untouched chain, including entries appended concurrently', async () => {
    await Promise.all(Array.from({ length: 8 }, (_, i) => appendAuditEntry(t.app.graph, {
      kind: 'VIEW_READ', at: new Date().toISOString(), actor: `job-${i}`, role: 'analyst', purpose: 'analytics', scope: 'analytics-aggregate',
      customerId, policyVersion: '1.0.0', fields: [], categories: [], reasons: [],
    })));
    const started = performance.now();
    const result = await verifyAuditLog(t.app.graph);
    process.stdout.write(`audit chain verified: ${result.entries} entries in ${(performance.now() - started).toFixed(0)} ms\n`);
    expect(result).toMatchObject({ ok: true, entries: OTHER_ENTRIES + 2 + 8 });
  });

  it('detects an entry altered in the graph', async () => {
    await write(t, "MATCH (a:AuditEntry {seq: 1}) SET a.actor = 'someone-else'");
    expect(await verifyAuditLog(t.app.graph)).toMatchObject({ ok: false, brokenAt: 1 });
    await write(t, "MATCH (a:AuditEntry {seq: 1}) SET a.actor = 'pharmacist-ann'");
    expect(await verifyAuditLog(t.app.graph)).toMatchObject({ ok: true });
  });

  it('detects a deleted entry and deleted newest entries', async () => {
    await write(t, 'MATCH (a:AuditEntry {seq: 500}) DETACH DELETE a');
    expect(await verifyAuditLog(t.app.graph)).toMatchObject({ ok: false, brokenAt: 500 });
    await write(t, 'MATCH (a:AuditEntry) WHERE a.seq >= 500 DETACH DELETE a');
    expect(await verifyAuditLog(t.app.graph)).toMatchObject({ ok: false, brokenAt: 500 });
  });
});
