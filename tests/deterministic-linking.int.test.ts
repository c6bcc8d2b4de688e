import { PROFILE_ATTRIBUTE_PROPERTIES } from '../src/customer-view/customer-profile';
import { CYPHER } from '../src/graph/cypher-statements';
import { waitForJobs, writeRecordBatch } from '../src/ingestion';
import { parseSourceRecord } from '../src/sources';
import { CanonicalRecord } from '../src/model';
import { createTestApp, TestApp } from './support/test-app';
import { rowsOf } from './support/records';

const options = { tokenHashKey: 'test-token-hash-key-0001' };

function canonical(source: Parameters<typeof parseSourceRecord>[0], raw: Record<string, unknown>): CanonicalRecord {
  const result = parseSourceRecord(source, raw, options);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.record;
}

async function customerOf(t: TestApp, recordKey: string): Promise<string | null> {
  const rows = await t.app.graph.read<{ customerId: string | null }>(CYPHER.findDeterministicNeighbours, { recordKeys: [recordKey], strongTypes: [], verifiedTypes: [] }, { actor: 'test' });
  return rows[0]?.customerId ?? null;
}

describe('deterministic identity links at ingest (real Neo4j and Redis)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('resolves records that share a loyalty card to one customer, with confidence 1.0 and the method named', async () => {
    const loyalty = canonical('loyalty', { memberId: 'LM-1', cardNumber: '4000 1111 2222', firstName: 'Ann', lastName: 'Lee', updatedAt: '2024-01-01' });
    const web = canonical('web', { userId: 'W-1', loyaltyCard: '400011112222', email: 'ann.lee@example.org', updatedAt: '2024-02-01' });
    await writeRecordBatch(t.app.graph, [loyalty], 'job-1');
    await writeRecordBatch(t.app.graph, [web], 'job-2');
    const [a, b] = [await customerOf(t, 'loyalty:LM-1'), await customerOf(t, 'web:W-1')];
    expect(a).not.toBeNull();
    expect(b).toBe(a);
    const [profile] = await t.app.graph.read<{ profile: { records: { recordKey: string; resolution: { confidence: number; method: string } }[] } }>(CYPHER.getCustomerProfiles, { customerIds: [a], attributeProperties: PROFILE_ATTRIBUTE_PROPERTIES }, { actor: 'test' });
    const web1 = profile?.profile.records.find((r) => r.recordKey === 'web:W-1');
    expect(web1?.resolution).toMatchObject({ confidence: 1, method: 'deterministic:shared_loyalty_card' });
  });

  it('never links through junk values: placeholder phones and emails stay out of the graph', async () => {
    const first = canonical('pos', { posCustomerId: 'POS-J1', phone: '555-555-5555', receiptEmail: 'test@test.com', updatedAt: '2024-01-01' });
    const second = canonical('pos', { posCustomerId: 'POS-J2', phone: '(555) 555-5555', receiptEmail: 'TEST@TEST.COM', updatedAt: '2024-01-01' });
    expect(first.identifiers).toEqual([]);
    expect(first.junkFields.sort()).toEqual(['phone', 'receiptEmail']);
    await writeRecordBatch(t.app.graph, [first, second], 'job-3');
    expect(await customerOf(t, 'pos:POS-J1')).not.toBe(await customerOf(t, 'pos:POS-J2'));
  });

  it('links a verified email only when both sides verified it, and not across different given names', async () => {
    const ecommerce = canonical('ecommerce', { accountId: 'EC-1', email: 'family.home@gmail.com', emailVerified: true, firstName: 'Maria', updatedAt: '2024-01-01' });
    const crmSameName = canonical('crm', { crmId: 'CRM-1', email: 'Family.Home+news@gmail.com', emailVerified: true, firstName: 'Maria', updatedAt: '2024-01-02' });
    const crmOtherName = canonical('crm', { crmId: 'CRM-2', email: 'familyhome@gmail.com', emailVerified: true, firstName: 'Tom', updatedAt: '2024-01-03' });
    const webUnverified = canonical('web', { userId: 'W-9', email: 'family.home@gmail.com', emailVerified: false, updatedAt: '2024-01-04' });
    await writeRecordBatch(t.app.graph, [ecommerce, crmSameName, crmOtherName, webUnverified], 'job-4');
    const maria = await customerOf(t, 'ecommerce:EC-1');
    expect(await customerOf(t, 'crm:CRM-1')).toBe(maria);
    expect(await customerOf(t, 'crm:CRM-2')).not.toBe(maria);
    expect(await customerOf(t, 'web:W-9')).not.toBe(maria);
  });

  it('merges two customers bridged by a new record: the older id survives and the absorbed id resolves to it', async () => {
    await writeRecordBatch(t.app.graph, [canonical('loyalty', { memberId: 'LM-7', cardNumber: '777700001111', firstName: 'Raj', lastName: 'Patel', updatedAt: '2024-01-01' })], 'job-5');
    await writeRecordBatch(t.app.graph, [canonical('crm', { crmId: 'CRM-7', email: 'raj@patel.net', firstName: 'Raj', updatedAt: '2024-01-02' })], 'job-6');
    const older = await customerOf(t, 'loyalty:LM-7');
    const newer = await customerOf(t, 'crm:CRM-7');
    expect(older).not.toBe(newer);
    // A web profile that states both the card and the CRM id... through the CRM's own id field is not possible,
    // so bridge with a CRM update that now carries the loyalty card.
    await writeRecordBatch(t.app.graph, [canonical('crm', { crmId: 'CRM-7', email: 'raj@patel.net', firstName: 'Raj', loyaltyCard: '777700001111', updatedAt: '2024-03-01' })], 'job-7');
    expect(await customerOf(t, 'crm:CRM-7')).toBe(older);
    const resolved = await t.app.graph.read<{ requestedId: string; customerId: string }>(CYPHER.resolveCustomerId, { customerIds: [newer] }, { actor: 'test' });
    expect(resolved[0]?.customerId).toBe(older);
  });

  it('keeps what changed in a record, when and from which source', async () => {
    const changesBefore = (await t.counts()).nodes.RecordChange ?? 0;
    await writeRecordBatch(t.app.graph, [canonical('loyalty', { memberId: 'LM-C', cardNumber: '123400009999', firstName: 'Kate', lastName: 'Doe', updatedAt: '2024-01-01' })], 'job-8');
    await writeRecordBatch(t.app.graph, [canonical('loyalty', { memberId: 'LM-C', cardNumber: '123400009999', firstName: 'Kate', lastName: 'Smith', updatedAt: '2024-06-01' })], 'job-9');
    const [profile] = await t.app.graph.read<{ profile: { records: { recordKey: string; attributes: [string, unknown][] }[] } }>(
      CYPHER.getCustomerProfiles,
      { customerIds: [await customerOf(t, 'loyalty:LM-C')], attributeProperties: PROFILE_ATTRIBUTE_PROPERTIES },
      { actor: 'test' },
    );
    const record = new Map(profile?.profile.records.find((r) => r.recordKey === 'loyalty:LM-C')?.attributes);
    expect(record.get('familyName')).toBe('Smith');
    expect(record.get('givenNameObservedAt')).toBe('2024-01-01T00:00:00.000Z');
    expect(record.get('familyNameObservedAt')).toBe('2024-06-01T00:00:00.000Z');
    const counts = await t.counts();
    expect(counts.nodes.RecordChange).toBe(changesBefore + 1);
  });

  it('writes records queued through the producer once the worker runs', async () => {
    t.startWorker();
    const report = await t.app.producer.ingest(
      rowsOf('fuel', [{ fuelAccountId: 'FU-1', loyaltyCard: '400011112222', zip: '60614', updatedAt: '2024-05-05' }]),
      { via: 'api' },
    );
    await waitForJobs(t.app.ingestQueue, report.jobIds);
    expect(report).toMatchObject({ received: 1, accepted: 1, rejected: 0 });
    // An OBSERVED card at the pump is evidence, not proof: it does not join the card holder's customer.
    expect(await customerOf(t, 'fuel:FU-1')).not.toBe(await customerOf(t, 'loyalty:LM-1'));
  });
});
