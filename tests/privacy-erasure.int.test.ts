import { exportCustomerData, eraseCustomer, scanForErasedValues } from '../src/privacy/subject-rights';
import { readCustomerView } from '../src/privacy/view';
import { setConsent } from '../src/privacy/store';
import { inspect } from './support/matching';
import { customerOfRecord, ingest, partnerRecords, washingtonPatientRecords } from './support/privacy-customer';
import { createTestApp, TestApp } from './support/test-app';

describe('data subject rights: access export and erasure (real Neo4j)', () => {
  let t: TestApp;
  let customerId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await ingest(t.app.graph, washingtonPatientRecords(), 'erasure-1');
    await ingest(t.app.graph, partnerRecords(), 'erasure-2');
    customerId = (await customerOfRecord(t.app.graph, 'loyalty:LM-440917'))!;
    await setConsent(t.app.graph, t.app.privacy.policy, {
      customerId, purpose: 'email_marketing', channel: 'email', status: 'GRANTED', source: 'checkout', capturedAt: new Date().toISOString(), evidence: { kind: 'web_form', reference: 'checkout-v2/abc' },
    }, { actor: 'test' });
    await readCustomerView({ graph: t.app.graph, policy: t.app.privacy.policy, survivorship: t.app.privacy.survivorship }, { customerId, scope: 'pharmacy-refill-sms', actor: 'pharmacist-ann', role: 'pharmacist' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('exports everything held about the customer with provenance, and the audit entries about them', async () => {
    const exported = (await exportCustomerData(t.app.graph, t.app.privacy.policy, { customerId, actor: 'dpo', role: 'privacy_officer' }))!;
    const data = exported.data as { records: { record: { recordKey: string; givenNameSignal: string }; identifiers: { claim: { source: string; signal: string } }[] }[]; consents: { purpose: string }[] };
    expect(data.records.map((r) => r.record.recordKey).sort()).toEqual(['ecommerce:EC-440917', 'loyalty:LM-440917', 'pharmacy:RX-440917']);
    expect(data.records.every((r) => r.record.givenNameSignal === 'EXPLICIT')).toBe(true);
    expect(data.records.flatMap((r) => r.identifiers).every((i) => typeof i.claim.source === 'string' && typeof i.claim.signal === 'string')).toBe(true);
    expect(data.consents.map((c) => c.purpose)).toEqual(['email_marketing']);
    expect(exported.auditEntries.map((e) => e.scope)).toEqual(['pharmacy-refill-sms']);
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });

  it('erases the customer, keeps what the partner shares, and a scan finds nothing identifying', async () => {
    const report = (await eraseCustomer(t.app.graph, t.app.privacy.policy, { customerId, actor: 'dpo', role: 'privacy_officer', reason: 'verified erasure request DSR-1042' }))!;
    expect(report).toMatchObject({ customers: 1, records: 3 });
    expect(report.suppressions).toBe(3 + 3); // three record keys; patient id, loyalty card, ecommerce account
    expect(report.scan).toMatchObject({ clean: true, hits: [] });
    expect(report.scan.termsSearched).toBeGreaterThan(10);

    const leftovers = await inspect<{ n: number }>(t.app.graph, `
      MATCH (n) WHERE n:SourceRecord OR n:Customer OR n:Consent OR n:RecordChange RETURN count(n) AS n`);
    expect(leftovers[0]?.n).toBe(2); // the partner's record and customer
    // The shared home phone and address stay: they are the partner's too.
    const shared = await inspect<{ key: string }>(t.app.graph, 'MATCH (i:Identifier)<-[:HAS_IDENTIFIER]-(:SourceRecord {recordKey: "loyalty:LM-550318"}) RETURN i.key AS key ORDER BY key');
    expect(shared.map((s) => s.key.split(':')[0])).toEqual(['email', 'loyalty_card', 'phone', 'postal_address']);
    const orphans = await inspect<{ n: number }>(t.app.graph, 'MATCH (n) WHERE (n:Identifier AND NOT (n)<-[:HAS_IDENTIFIER]-()) OR (n:Device AND NOT (n)<-[:SEEN_ON]-()) RETURN count(n) AS n');
    expect(orphans[0]?.n).toBe(0);
  });

  it('an independent scan of every property finds none of her values', async () => {
    const rows = await inspect<{ n: number }>(t.app.graph, `
      MATCH (n) UNWIND keys(n) AS k
      WITH n, toLower(CASE WHEN valueType(n[k]) STARTS WITH 'LIST' THEN reduce(s = '', x IN n[k] | s + ' ' + toString(x)) ELSE toString(n[k]) END) AS v
      WHERE v CONTAINS 'ysolde' OR v CONTAINS 'quartermaine' OR v CONTAINS '440917' OR v CONTAINS '777711112229' OR v CONTAINS 'ck-ysolde'
      RETURN count(DISTINCT n) AS n`);
    expect(rows[0]?.n).toBe(0);
  });

  it('the scan does find a value left behind (it can fail)', async () => {
    await t.app.graph.driver.executeQuery("CREATE (:Leftover {note: 'mail sent to YSOLDE.QUARTERMAINE@fastmail.com'})");
    const scan = await scanForErasedValues(t.app.graph, { terms: ['ysolde.quartermaine@fastmail.com'], pairs: [] }, 'test');
    await t.app.graph.driver.executeQuery('MATCH (n:Leftover) DELETE n');
    expect(scan).toMatchObject({ clean: false, hits: [{ element: 'node', labels: ['Leftover'], properties: ['note'], pairHits: 0 }] });
  });

  it('re-ingesting her old records does not bring the profile back, and the partner is untouched', async () => {
    const again = await ingest(t.app.graph, [...washingtonPatientRecords(), ...partnerRecords()], 'erasure-replay');
    expect(again).toMatchObject({ suppressed: 3, created: 0, unchanged: 1 });
    const records = await inspect<{ key: string }>(t.app.graph, 'MATCH (r:SourceRecord) RETURN r.recordKey AS key');
    expect(records.map((r) => r.key)).toEqual(['loyalty:LM-550318']);
    expect(await readCustomerView({ graph: t.app.graph, policy: t.app.privacy.policy, survivorship: t.app.privacy.survivorship }, { customerId, scope: 'customer-service', actor: 'agent', role: 'service' })).toBeNull();
  });

  it('a new record from another system that carries her erased loyalty card is suppressed too', async () => {
    const [, loyalty] = washingtonPatientRecords();
    const result = await ingest(t.app.graph, [{ ...loyalty!, sourceId: 'LM-NEW-1' }], 'erasure-new-source-id');
    expect(result).toMatchObject({ suppressed: 1, created: 0 });
  });
});
