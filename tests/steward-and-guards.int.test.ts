import { CYPHER } from '../src/graph/cypher-statements';
import { writeRecordBatch } from '../src/ingestion';
import { runFullMatching } from '../src/matching/jobs/full-run';
import { matchRecords } from '../src/matching/jobs/match-records';
import { MatcherContext } from '../src/matching/jobs/matcher-context';
import { trainFromGraph } from '../src/matching/jobs/train-from-graph';
import { GROCERY_SETTINGS } from '../src/matching/settings/grocery-settings';
import { CanonicalRecord, recordKey } from '../src/model';
import { parseSourceRecord } from '../src/sources';
import { forceLink, forceUnlink, splitCustomer } from '../src/steward/steward-actions';
import { ErrorCode } from '../src/errors';
import { customerOfEveryRecord, ingestGenerated, inspect, testMatcher } from './support/matching';
import { createTestApp, TestApp } from './support/test-app';

const steward = { by: 'steward:alice', reason: 'customer called: these are two people' };

describe('steward decisions and over-merge guards (real Neo4j)', () => {
  let t: TestApp;
  let ctx: MatcherContext;
  let records: Map<string, CanonicalRecord>;
  let run = 0;
  const fullRun = () => runFullMatching(ctx, { runId: `run-${String(++run)}` });
  const customerOf = async (key: string) => (await customerOfEveryRecord(t.app.graph)).get(key) ?? null;

  /** Re-ingests a record with one more phone number: an update the ingest-time rules re-resolve. */
  async function updateRecord(key: string, phone: string): Promise<void> {
    const record = records.get(key);
    if (!record) throw new Error(`no record ${key}`);
    const template = record.identifiers[0];
    if (!template) throw new Error(`record ${key} has no identifier`);
    const updated: CanonicalRecord = {
      ...record,
      observedAt: '2026-06-01T00:00:00.000Z',
      identifiers: [...record.identifiers, { ...template, type: 'phone', value: phone, verified: false }],
    };
    records.set(key, updated);
    await writeRecordBatch(t.app.graph, [updated], `update-${key}`);
    await matchRecords(ctx, [key], `match-update-${key}`);
  }

  beforeAll(async () => {
    t = await createTestApp();
    const generated = await ingestGenerated(t.app.graph, 150, 33);
    records = new Map(generated.records.map((r) => [recordKey(r.source, r.sourceId), r]));
    ctx = testMatcher(t.app.graph);
    await trainFromGraph(ctx, GROCERY_SETTINGS, { jobId: 'train' });
    await fullRun();
  });
  afterAll(() => t.close());

  it('keeps a force-unlink through a full re-run and through updates of either record', async () => {
    const [pair] = await inspect<{ a: string; b: string }>(
      t.app.graph,
      `MATCH (a:SourceRecord)-[x:LINKED_TO {kind: 'DETERMINISTIC'}]->(b:SourceRecord), (a)-[:RESOLVES_TO]->(c)<-[:RESOLVES_TO]-(b)
       WHERE COUNT { (c)<-[:RESOLVES_TO]-() } = 2 RETURN a.recordKey AS a, b.recordKey AS b LIMIT 1`,
    );
    if (!pair) throw new Error('the generated data has no deterministically linked pair');
    const outcome = await forceUnlink(ctx, pair.a, pair.b, steward);
    expect(outcome.customerOf[pair.a]).not.toBe(outcome.customerOf[pair.b]);

    await fullRun();
    expect(await customerOf(pair.a)).not.toBe(await customerOf(pair.b));
    await updateRecord(pair.a, '+13126412001');
    expect(await customerOf(pair.a)).not.toBe(await customerOf(pair.b));
    await updateRecord(pair.b, '+13126412002');
    expect(await customerOf(pair.a)).not.toBe(await customerOf(pair.b));

    const decisions = await t.app.graph.read<{ action: string; by: string; reason: string; at: string }>(CYPHER.listStewardDecisions, { recordKeys: [pair.a] }, { actor: 'test' });
    expect(decisions[0]).toMatchObject({ action: 'FORCE_UNLINK', by: steward.by, reason: steward.reason });
    expect(decisions[0]?.at).toBeTruthy();
  });

  it('keeps a force-link through a full re-run', async () => {
    const rows = await inspect<{ a: string; b: string }>(
      t.app.graph,
      `MATCH (a:SourceRecord)-[:RESOLVES_TO]->(ca:Customer), (b:SourceRecord)-[:RESOLVES_TO]->(cb:Customer)
       WHERE a.source = 'pos' AND b.source = 'fuel' AND ca <> cb AND NOT EXISTS { (a)-[:NEVER_LINK]-() } AND NOT EXISTS { (b)-[:NEVER_LINK]-() }
       RETURN a.recordKey AS a, b.recordKey AS b LIMIT 1`,
    );
    const pair = rows[0];
    if (!pair) throw new Error('no pair of records in different customers');
    const outcome = await forceLink(ctx, pair.a, pair.b, { by: 'steward:bob', reason: 'same card on file' });
    expect(outcome.customerOf[pair.a]).toBe(outcome.customerOf[pair.b]);
    await fullRun();
    expect(await customerOf(pair.a)).toBe(await customerOf(pair.b));
  });

  it('splits a customer: the larger part keeps the id, the other gets a new id with lineage, and a re-run keeps the split', async () => {
    const [customer] = await inspect<{ customerId: string; keys: string[] }>(
      t.app.graph,
      `MATCH (c:Customer {status: 'ACTIVE'})<-[:RESOLVES_TO]-(r:SourceRecord)
       WITH c, collect(r.recordKey) AS keys WHERE size(keys) >= 3
       RETURN c.customerId AS customerId, keys ORDER BY size(keys) DESC, customerId LIMIT 1`,
    );
    if (!customer) throw new Error('no customer with three records');
    const [alone, ...rest] = [...customer.keys].sort();
    if (!alone) throw new Error('unreachable');
    const outcome = await splitCustomer(ctx, customer.customerId, [[alone], rest], steward);
    expect(outcome.customerOf[alone]).not.toBe(customer.customerId);
    for (const key of rest) expect(outcome.customerOf[key]).toBe(customer.customerId);
    const [lineage] = await inspect<{ from: string }>(t.app.graph, 'MATCH (:Customer {customerId: $id})-[:SPLIT_FROM]->(f:Customer) RETURN f.customerId AS from', { id: outcome.customerOf[alone] });
    expect(lineage?.from).toBe(customer.customerId);
    await fullRun();
    expect(await customerOf(alone)).toBe(outcome.customerOf[alone]);
    for (const key of rest) expect(await customerOf(key)).toBe(customer.customerId);
  });

  it('refuses steward decisions that do not say who and why, or name unknown records', async () => {
    await expect(forceUnlink(ctx, 'pos:1', 'pos:2', { by: '', reason: 'x' })).rejects.toMatchObject({ code: ErrorCode.INVALID_STEWARD_DECISION, message: expect.stringContaining('by:') });
    await expect(forceLink(ctx, 'pos:NOPE-1', 'pos:NOPE-2', steward)).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
    await expect(forceLink(ctx, 'pos:x', 'pos:x', steward)).rejects.toMatchObject({ code: ErrorCode.INVALID_STEWARD_DECISION });
  });

  it('marks a phone shared by 500 unrelated records generic, and no customer grows past the cap', async () => {
    // 25 x 20 distinct full names: the only thing these shoppers share is the store's phone at the till.
    const given = ['Ava', 'Liam', 'Noah', 'Emma', 'Olivia', 'Mason', 'Sophia', 'Lucas', 'Mia', 'Ethan', 'Harper', 'Caleb', 'Zoe',
      'Isaac', 'Nora', 'Felix', 'Ruby', 'Hugo', 'Ivy', 'Oscar', 'Leah', 'Jasper', 'Maya', 'Silas', 'Clara'];
    const family = ['Okafor', 'Lindqvist', 'Haddad', 'Moreau', 'Tanaka', 'Novak', 'Castillo', 'Byrne', 'Kowalski', 'Sato',
      'Adeyemi', 'Fontaine', 'Gallagher', 'Ibrahim', 'Jensen', 'Kaur', 'Lombardi', 'Mendez', 'Nakamura', 'Petrov'];
    const injected: CanonicalRecord[] = [];
    for (let i = 0; i < 500; i++) {
      const parsed = parseSourceRecord('crm', {
        crmId: `STORE-PHONE-${String(i)}`,
        email: `shopper${String(i)}@example.net`,
        firstName: given[i % 25],
        lastName: family[Math.floor(i / 25)],
        phone: '(312) 641-2000',
        dateOfBirth: `19${String(50 + (i % 40))}-0${String(1 + (i % 9))}-1${String(i % 10)}`,
        updatedAt: '2026-05-01T00:00:00Z',
      }, { tokenHashKey: 'test-token-hash-key-0001' });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      injected.push(parsed.record);
    }
    for (let i = 0; i < injected.length; i += 100) {
      const batch = injected.slice(i, i + 100);
      await writeRecordBatch(t.app.graph, batch, `inject-${String(i)}`);
      await matchRecords(ctx, batch.map((r) => recordKey(r.source, r.sourceId)), `match-inject-${String(i)}`);
    }
    const [phone] = await inspect<{ generic: boolean; reason: string; holders: number }>(
      t.app.graph,
      `MATCH (i:Identifier {type: 'phone'})<-[:HAS_IDENTIFIER]-(r:SourceRecord) WHERE r.recordKey STARTS WITH 'crm:STORE-PHONE-'
       RETURN i.generic AS generic, i.genericReason AS reason, COUNT { (i)<-[:HAS_IDENTIFIER]-() } AS holders LIMIT 1`,
    );
    expect(phone).toEqual({ generic: true, reason: 'too-many-holders', holders: 500 });
    const report = await t.app.graph.read<{ type: string; reason: string; values: number }>(CYPHER.countGenericValues, {}, { actor: 'test' });
    expect(report).toContainEqual({ type: 'phone', reason: 'too-many-holders', values: 1 });
    const [largest] = await inspect<{ size: number }>(
      t.app.graph,
      `MATCH (c:Customer {status: 'ACTIVE'}) RETURN max(COUNT { (c)<-[:RESOLVES_TO]-() }) AS size`,
    );
    expect(largest?.size).toBeLessThanOrEqual(40);
    const [shared] = await inspect<{ customers: number }>(
      t.app.graph,
      `MATCH (r:SourceRecord)-[:RESOLVES_TO]->(c:Customer) WHERE r.recordKey STARTS WITH 'crm:STORE-PHONE-' RETURN count(DISTINCT c) AS customers`,
    );
    expect(shared?.customers).toBe(500);
  });
});
