import { Worker } from 'bullmq';
import { generateEvents, EventPerson, PersonaTruth } from '../seeds/events/generate-events';
import { ApiServer, startApiServer } from '../src/api/create-api-server';
import { startEventWorker } from '../src/events';
import { CYPHER } from '../src/graph/cypher-statements';
import { eraseCustomer } from '../src/privacy/subject-rights/erase-customer';
import { decideField } from '../src/privacy';
import { defaultPolicy } from '../src/segments/policy-gate';
import { ensureSegmentDefinitions, recomputeSegments } from '../src/segments/segment-store';
import { graphql as post } from './support/graphql-client';
import { tokenFor } from './support/tokens';
import { inspect, ingestGenerated } from './support/matching';
import { createTestApp, TestApp } from './support/test-app';

/** Every read here is an administrator's: what the API shows, not who may see it (tests/api-contract covers roles). */
let adminToken = '';
const graphql = <T = Record<string, unknown>>(url: string, query: string, variables: Record<string, unknown> = {}) => post<T>(url, query, variables, adminToken);

const DAY = 86_400_000;

async function drainEvents(t: TestApp): Promise<void> {
  for (;;) {
    const counts = await t.app.eventQueue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed');
    if ((counts.failed ?? 0) > 0) throw new Error(`event jobs failed: ${String(counts.failed)}`);
    if ((counts.waiting ?? 0) + (counts.active ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0) === 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Everything the events wrote: aggregates, memberships, the baseline and the idempotency ledger. */
async function snapshot(t: TestApp): Promise<unknown> {
  const profiles = await inspect<{ id: string; state: string }>(t.app.graph, 'MATCH (b:BehaviourProfile) RETURN b.customerId AS id, b.state AS state ORDER BY id');
  const members = await inspect<{ c: string; s: string; since: string; reason: string }>(t.app.graph, 'MATCH (c:Customer)-[m:IN_SEGMENT]->(s:Segment) RETURN c.customerId AS c, s.segmentId AS s, m.since AS since, m.reason AS reason ORDER BY c, s');
  const baseline = await inspect<{ state: string }>(t.app.graph, 'MATCH (p:PopulationBaseline) RETURN p.state AS state');
  const ledger = await inspect<{ n: number }>(t.app.graph, 'MATCH (e:EventId) RETURN count(e) AS n');
  return { profiles, members, baseline, ledger };
}

describe('behavioural events into segments and affinities (real Neo4j and Redis)', () => {
  let t: TestApp;
  let api: ApiServer;
  let worker: Worker;
  let events: Record<string, unknown>[];
  let personas: Map<string, PersonaTruth>;
  let personOfRecord: Map<string, string>;
  const now = Date.now();

  beforeAll(async () => {
    t = await createTestApp({ API_PORT: '0' });
    adminToken = await tokenFor(t.app, 'admin', 'test-admin', [], '2h');
    // The demo record set (300 people, seed 42) through the real write path, deterministic links included.
    const { truth } = await ingestGenerated(t.app.graph, 300, 42);
    personOfRecord = truth;
    const people = new Map<string, EventPerson>();
    for (const [key, personId] of truth) {
      const colon = key.indexOf(':');
      const person = people.get(personId) ?? { personId, records: [] };
      person.records.push({ source: key.slice(0, colon), sourceId: key.slice(colon + 1) });
      people.set(personId, person);
    }
    const generated = generateEvents([...people.values()].sort((a, b) => a.personId.localeCompare(b.personId)), { seed: '42', end: new Date(now) });
    events = generated.events;
    personas = new Map(generated.truth.map((p) => [p.personId, p]));
    await ensureSegmentDefinitions(t.app.graph, t.app.segmentDefinitions);
    worker = startEventWorker(t.app.graph, t.app.redis, t.app.eventDeadLetters, {
      prefix: t.app.config.QUEUE_PREFIX, concurrency: 1, retentionDays: 35, definitions: t.app.segmentDefinitions, ledgerSweepMs: 0,
    }, t.app.log);
    api = await startApiServer(t.app);
  });

  afterAll(async () => {
    await api.stop();
    await worker.close();
    await t.close();
  });

  it('replays the demo event stream into sensible segment sizes that follow the generated personas', async () => {
    const report = await t.app.eventProducer.record(events, { via: 'cli' });
    expect(report).toMatchObject({ received: events.length, accepted: events.length, rejected: 0 });
    await drainEvents(t);
    const rows = await t.app.graph.read<{ segment: { segmentId: string; name: string }; members: number }>(CYPHER.listSegments, {}, { actor: 'test' });
    // For each segment, the generated persona of its members (a member's records belong to one person here: no matching run).
    const membersBySegment = new Map<string, PersonaTruth[]>();
    for (const row of await inspect<{ segmentId: string; recordKey: string }>(t.app.graph,
      'MATCH (s:Segment)<-[:IN_SEGMENT]-(c:Customer)<-[:RESOLVES_TO]-(r:SourceRecord) WITH s, c, min(r.recordKey) AS recordKey RETURN s.segmentId AS segmentId, recordKey')) {
      const persona = personas.get(personOfRecord.get(row.recordKey) ?? '');
      if (persona) membersBySegment.set(row.segmentId, [...(membersBySegment.get(row.segmentId) ?? []), persona]);
    }
    const share = (segmentId: string, test: (p: PersonaTruth) => boolean) => {
      const members = membersBySegment.get(segmentId) ?? [];
      return members.length === 0 ? 0 : members.filter(test).length / members.length;
    };
    const customers = await inspect<{ n: number }>(t.app.graph, 'MATCH (:Customer {status: "ACTIVE"})-[:HAS_BEHAVIOUR]->() RETURN count(*) AS n');
    const table = rows.map((r) => ({ segment: r.segment.segmentId, members: r.members }));
    process.stdout.write(`\nDemo stream: ${String(events.length)} events, ${String(customers[0]?.n ?? 0)} customers with events\n${table.map((r) => `  ${r.segment.padEnd(16)} ${String(r.members).padStart(4)}`).join('\n')}\n`);
    const size = (id: string) => table.find((r) => r.segment === id)?.members ?? 0;
    const total = customers[0]?.n ?? 0;
    for (const id of ['saver', 'explorer', 'routine_shopper']) {
      expect({ id, sensible: size(id) >= total * 0.08 && size(id) <= total * 0.4 }).toEqual({ id, sensible: true });
    }
    for (const id of ['vip', 'lapsed', 'new', 'health_focused']) expect({ id, some: size(id) >= 5 && size(id) <= total * 0.2 }).toEqual({ id, some: true });
    // Personas are recovered: most members of a persona segment were generated as that persona.
    expect(share('saver', (p) => p.persona === 'saver')).toBeGreaterThan(0.8);
    expect(share('explorer', (p) => p.persona === 'explorer')).toBeGreaterThan(0.8);
    expect(share('routine_shopper', (p) => p.persona === 'routine')).toBeGreaterThan(0.8);
    expect(share('vip', (p) => p.vip)).toBeGreaterThan(0.8);
    expect(share('lapsed', (p) => p.lifecycle === 'lapsed')).toBeGreaterThan(0.8);
    expect(share('new', (p) => p.lifecycle === 'new')).toBeGreaterThan(0.8);
    // One explained example of each persona, as the API gives it (docs/segments-and-affinities.md quotes these).
    for (const persona of ['saver', 'explorer', 'routine_shopper']) {
      const page = await graphql<{ segment: { members: { items: { customerId: string }[] } } }>(api.url, 'query($s: ID!) { segment(id: $s) { members(first: 1) { items { customerId } } } }', { s: persona });
      const id = page.data?.segment.members.items[0]?.customerId ?? '';
      const view = await graphql<{ customer: { segments: { segmentId: string; explanation: string }[]; affinities: { target: string; lift: number; confidence: number }[]; brands: { target: string; lift: number }[]; features: Record<string, unknown> } }>(api.url,
        'query($id: ID!) { customer(id: $id) { segments { segmentId explanation } affinities(kind: CATEGORY, top: 3) { target lift confidence } brands: affinities(kind: BRAND, top: 2) { target lift } features } }', { id });
      const c = view.data?.customer;
      expect(c?.segments.map((x) => x.segmentId)).toContain(persona);
      process.stdout.write(`\n${persona} example ${id}:\n${(c?.segments ?? []).map((x) => `  - ${x.explanation}`).join('\n')}\n  top categories: ${(c?.affinities ?? []).map((a) => `${a.target} (lift ${String(a.lift)}, confidence ${String(a.confidence)})`).join(', ')}\n  top brands: ${(c?.brands ?? []).map((a) => `${a.target} (lift ${String(a.lift)})`).join(', ')}\n  features: ${JSON.stringify(c?.features)}\n`);
    }
  });

  it('replaying the same events twice changes nothing', async () => {
    const before = await snapshot(t);
    const again = await t.app.eventProducer.record(events, { via: 'replay' });
    expect(again.accepted).toBe(events.length);
    await drainEvents(t);
    expect(await snapshot(t)).toEqual(before);
    // The batch recompute at the same moment agrees with what the events wrote.
    const recomputed = await recomputeSegments(t.app.graph, t.app.segmentDefinitions, now + 60_000);
    expect(recomputed).toMatchObject({ joined: 0, left: 0 });
  });

  it('an event that pushes a customer over a threshold changes their segments on the next API read', async () => {
    const [fresh] = await inspect<{ id: string }>(t.app.graph, "MATCH (c:Customer {status: 'ACTIVE'}) WHERE NOT (c)-[:HAS_BEHAVIOUR]->() RETURN c.customerId AS id ORDER BY id LIMIT 1");
    const customerId = fresh?.id ?? '';
    expect(customerId).not.toBe('');
    const purchase = (i: number) => ({
      eventId: `threshold-${String(i)}`, type: 'purchase', occurredAt: new Date(Date.now() - (60 - i * 6) * DAY).toISOString(), customerId, banner: 'FreshWay', channel: 'in_store',
      lines: [{ sku: 'SKU-T-1', category: 'Dairy', brand: 'Meadow Gold', price: 4.2 }],
    });
    const read = async () => {
      const res = await graphql<{ customer: { segments: { segmentId: string; since: string; reason: string }[] } }>(api.url, `query($id: ID!) { customer(id: $id) { segments { segmentId since reason explanation } } }`, { id: customerId });
      expect(res.errors).toBeUndefined();
      return res.data?.customer.segments ?? [];
    };
    const record = async (batch: unknown[]) => {
      const res = await graphql<{ recordEvents: { accepted: number } }>(api.url, 'mutation($e: [JSONObject!]!) { recordEvents(events: $e) { accepted rejected } }', { e: batch });
      expect(res.data?.recordEvents.accepted).toBe(batch.length);
    };
    // Nine purchases in the last 90 days: one short of 'frequent' (at least 10).
    await record(Array.from({ length: 9 }, (_, i) => purchase(i)));
    await drainEvents(t);
    expect((await read()).map((s) => s.segmentId)).not.toContain('frequent');
    const sentAt = Date.now();
    await record([{ ...purchase(9), occurredAt: new Date().toISOString() }]);
    await drainEvents(t);
    const after = await read();
    process.stdout.write(`\nthreshold event to API read: ${String(Date.now() - sentAt)} ms (informational; measured in bench:events)\n`);
    const frequent = after.find((s) => s.segmentId === 'frequent');
    expect(frequent?.reason).toBe('frequency90d 10 >= 10');
    expect(Date.parse(frequent?.since ?? '')).toBeGreaterThanOrEqual(sentAt - 1000);
  });

  it('keeps a stated preference as stated while behaviour points the other way', async () => {
    const [someone] = await inspect<{ id: string }>(t.app.graph, "MATCH (c:Customer {status: 'ACTIVE'}) WHERE NOT (c)-[:HAS_BEHAVIOUR]->() RETURN c.customerId AS id ORDER BY id LIMIT 1");
    const customerId = someone?.id ?? '';
    const set = await graphql<{ setPreference: { target: string; basis: string }[] }>(api.url, 'mutation($id: ID!) { setPreference(customerId: $id, kind: CATEGORY, target: "Snacks", polarity: DISLIKE) { target basis score explanation } }', { id: customerId });
    expect(set.errors).toBeUndefined();
    const snacks = Array.from({ length: 6 }, (_, i) => ({ eventId: `pref-${String(i)}`, type: 'purchase', occurredAt: new Date(Date.now() - i * DAY).toISOString(), customerId, banner: 'FreshWay', channel: 'online', lines: [{ sku: `SN-${String(i)}`, category: 'Snacks', brand: 'Crunchtown', price: 3 }] }));
    await t.app.eventProducer.record(snacks, { via: 'api' });
    await drainEvents(t);
    const res = await graphql<{ customer: { affinities: { target: string; basis: string; score: number; explanation: string }[] } }>(api.url, 'query($id: ID!) { customer(id: $id) { affinities(kind: CATEGORY, top: 5) { target basis score explanation } } }', { id: customerId });
    const snack = res.data?.customer.affinities.filter((a) => a.target === 'Snacks') ?? [];
    expect(snack.map((a) => [a.basis, a.score])).toEqual([['EXPLICIT', -10]]);
    expect(snack[0]?.explanation).toMatch(/does not replace it/);
  });

  it('withholds a health-inferred affinity from a scope the policy does not allow it in', async () => {
    const rows = await inspect<{ id: string }>(t.app.graph, "MATCH (c:Customer {status: 'ACTIVE'})-[:HAS_BEHAVIOUR]->(b) WHERE b.state CONTAINS '\"Pharmacy\"' RETURN c.customerId AS id ORDER BY id");
    expect(rows.length).toBeGreaterThan(3);
    const query = `query($id: ID!, $scope: String) { customer(id: $id) { identifiers { address { state } } affinities(kind: CATEGORY, top: 100, scope: $scope) { target categories } } }`;
    let withheldSomewhere = 0;
    for (const { id } of rows) {
      const withoutScope = await graphql<{ customer: { affinities: { target: string }[] } }>(api.url, query, { id });
      expect(withoutScope.data?.customer.affinities.map((a) => a.target)).not.toContain('Pharmacy');
      const email = await graphql<{ customer: { identifiers: { address: { state: string } | null }[]; affinities: { target: string }[] } }>(api.url, query, { id, scope: 'email-campaigns' });
      const states = [...new Set((email.data?.customer.identifiers ?? []).flatMap((i) => (i.address ? [i.address.state] : [])))].sort();
      const policy = defaultPolicy();
      const decide = (categories: string[]) => decideField(policy, { categories, signal: 'INFERRED', source: null, linkConfidence: 1 }, policy.scopes.get('email-campaigns') as never, { jurisdiction: states, consents: [], signals: [], at: new Date() }).allowed;
      const allowed = decide(['inferred_profile', 'health']);
      const served = (email.data?.customer.affinities ?? []).map((a) => a.target);
      expect({ id, served: served.includes('Pharmacy') }).toEqual({ id, served: allowed });
      if (!allowed) withheldSomewhere += 1;
      // Decided per affinity: where plain inferences are allowed, every non-sensitive affinity is still served.
      if (decide(['inferred_profile'])) for (const a of withoutScope.data?.customer.affinities ?? []) expect(served).toContain(a.target);
    }
    expect(withheldSomewhere).toBeGreaterThan(0);
  });

  it('serves segments with paginated members and household affinities per member', async () => {
    type MemberPage = { edges: { cursor: string; node: { customerId: string; reason: string } }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null }; items: { customerId: string }[] };
    const res = await graphql<{ segments: { id: string; memberCount: number; rule: string }[]; segment: { members: MemberPage } }>(api.url,
      '{ segments { id memberCount rule sensitive } segment(id: "frequent") { members(first: 5) { edges { cursor node { customerId since reason } } pageInfo { hasNextPage hasPreviousPage endCursor } items { customerId } } } }');
    expect(res.errors).toBeUndefined();
    const frequent = res.data?.segments.find((s) => s.id === 'frequent');
    expect(frequent?.rule).toBe('frequency90d >= 10');
    const first = res.data!.segment.members;
    expect(first.edges).toHaveLength(5);
    expect(first.items.map((i) => i.customerId)).toEqual(first.edges.map((e) => e.node.customerId));
    expect(first.pageInfo).toMatchObject({ hasNextPage: (frequent?.memberCount ?? 0) > 5, hasPreviousPage: false, endCursor: first.edges[4]!.cursor });
    const next = await graphql<{ segment: { members: MemberPage } }>(api.url, 'query($a: String) { segment(id: "frequent") { members(first: 5, after: $a) { edges { node { customerId } } pageInfo { hasPreviousPage } } } }', { a: first.pageInfo.endCursor });
    expect(next.data!.segment.members.pageInfo.hasPreviousPage).toBe(true);
    expect(next.data!.segment.members.edges[0]!.node.customerId > first.edges[4]!.node.customerId).toBe(true);
    // The page size obeys API_MAX_PAGE_SIZE like every connection; a cursor from elsewhere names the argument.
    const tooBig = await graphql(api.url, '{ segment(id: "frequent") { members(first: 101) { edges { cursor } } } }');
    expect(tooBig.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: ['segment', 'members', 'first'] });
    const foreign = await graphql(api.url, '{ segment(id: "frequent") { members(after: "bm90LWEtY3Vyc29y") { edges { cursor } } } }');
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: ['segment', 'members', 'after'] });

    // A household of two members with events: each keeps a persona of their own.
    await t.app.graph.runAutoCommit("MATCH (a:Customer)-[:HAS_BEHAVIOUR]->(ba) WHERE ba.state CONTAINS '\"Baby\"' WITH a LIMIT 1 MATCH (b:Customer)-[:HAS_BEHAVIOUR]->(bb) WHERE b <> a AND NOT bb.state CONTAINS '\"Baby\"' WITH a, b LIMIT 1 MERGE (h:Household {householdId: 'HH-TEST-1'}) MERGE (a)-[:MEMBER_OF {status: 'CONFIRMED'}]->(h) MERGE (b)-[:MEMBER_OF {status: 'PROPOSED'}]->(h)");
    const hh = await graphql<{ householdAffinities: { combined: { target: string }[]; personas: { customerId: string; top: { target: string }[]; distinct: string[] }[] } }>(api.url,
      '{ householdAffinities(householdId: "HH-TEST-1", kind: CATEGORY, top: 5) { combined { target lift } personas { customerId status segments top { target lift confidence } distinct } explanation } }');
    expect(hh.errors).toBeUndefined();
    const personasOut = hh.data?.householdAffinities.personas ?? [];
    expect(personasOut).toHaveLength(2);
    // Each persona is that member's own affinities, as their customer view gives them: kept apart, not averaged.
    for (const persona of personasOut) {
      const own = await graphql<{ customer: { affinities: { target: string }[] } }>(api.url, 'query($id: ID!) { customer(id: $id) { affinities(kind: CATEGORY, top: 5) { target } } }', { id: persona.customerId });
      expect(persona.top.map((a) => a.target)).toEqual(own.data?.customer.affinities.map((a) => a.target));
    }
    expect(personasOut[0]?.top.map((a) => a.target)).not.toEqual(personasOut[1]?.top.map((a) => a.target));
    expect(hh.data?.householdAffinities.combined.length).toBeGreaterThan(0);
  });

  it('rejects malformed events to the events dead-letter store with their reasons', async () => {
    const res = await graphql<{ recordEvents: { received: number; accepted: number; rejected: number; rejections: { index: number; issues: { field: string; code: string }[] }[] } }>(api.url,
      'mutation($e: [JSONObject!]!) { recordEvents(events: $e) { received accepted rejected rejections { index issues { field code } } } }',
      { e: [{ eventId: 'bad-1', type: 'purchase', occurredAt: 'soon', customerId: 'x', banner: 'B', channel: 'in_store', lines: [] }, { eventId: 'bad-2', type: 'teleport' }] });
    expect(res.data?.recordEvents).toMatchObject({ received: 2, accepted: 0, rejected: 2 });
    expect(res.data?.recordEvents.rejections[0]?.issues.map((i) => i.code).sort()).toEqual(['INVALID_DATE', 'WRONG_TYPE']);
    expect(await t.app.eventDeadLetters.count()).toBe(2);
  });

  it('folds a merged customer into the survivor: at read at once, in the graph on the next event; unknown subjects are dead-lettered', async () => {
    const pair = await inspect<{ id: string }>(t.app.graph, "MATCH (c:Customer {status: 'ACTIVE'})-[:HAS_BEHAVIOUR]->(b) WHERE b.events >= 5 AND NOT (c)-[:MEMBER_OF]->(:Household {householdId: 'HH-TEST-1'}) RETURN c.customerId AS id ORDER BY id LIMIT 2");
    const [absorbed, survivor] = pair.map((p) => p.id) as [string, string];
    const orders = async (id: string) => {
      const res = await graphql<{ customer: { id: string; features: { lifetimeOrders: number; emailOpens: number } } }>(api.url, 'query($id: ID!) { customer(id: $id) { id features } }', { id });
      return res.data?.customer;
    };
    const a = await orders(absorbed);
    const b = await orders(survivor);
    await t.app.graph.write(CYPHER.mergeCustomers, { merges: [{ absorbedId: absorbed, survivorId: survivor, reason: 'test merge' }], now: new Date().toISOString(), jobId: 'test-merge' }, { actor: 'test' });
    const merged = await orders(absorbed);
    expect(merged?.id).toBe(survivor);
    expect(merged?.features.lifetimeOrders).toBe((a?.features.lifetimeOrders ?? 0) + (b?.features.lifetimeOrders ?? 0));
    expect(merged?.features.emailOpens).toBe((a?.features.emailOpens ?? 0) + (b?.features.emailOpens ?? 0));

    // An event naming the absorbed id counts for the survivor; the absorbed aggregate is folded in and deleted.
    await t.app.eventProducer.record([
      { eventId: 'merge-1', type: 'purchase', occurredAt: new Date().toISOString(), customerId: absorbed, banner: 'FreshWay', channel: 'in_store', lines: [{ sku: 'SKU-M', category: 'Dairy', brand: 'Meadow Gold', price: 2 }] },
      { eventId: 'nobody-1', type: 'email', occurredAt: new Date().toISOString(), customerId: 'cus_nobody', action: 'open', campaignId: 'CMP-1' },
    ], { via: 'api' });
    await drainEvents(t);
    expect((await orders(survivor))?.features.lifetimeOrders).toBe((a?.features.lifetimeOrders ?? 0) + (b?.features.lifetimeOrders ?? 0) + 1);
    const left = await inspect<{ profiles: number; memberships: number }>(t.app.graph, 'MATCH (c:Customer {customerId: $id}) RETURN COUNT { (:BehaviourProfile {customerId: $id}) } AS profiles, COUNT { (c)-[:IN_SEGMENT]->() } AS memberships', { id: absorbed });
    expect(left).toEqual([{ profiles: 0, memberships: 0 }]);
    const letters = await t.app.eventDeadLetters.list({ limit: 100 });
    expect(letters.filter((l) => l.issues.some((i) => i.code === 'EVENT_SUBJECT_UNKNOWN')).map((l) => (l.payload as { eventId: string }).eventId)).toEqual(['nobody-1']);
  });

  it('the batch recompute moves time-based segments without events', async () => {
    const count = async (id: string) => (await inspect<{ n: number }>(t.app.graph, 'MATCH (:Segment {segmentId: $id})<-[m:IN_SEGMENT]-() RETURN count(m) AS n', { id }))[0]?.n ?? 0;
    const lapsedBefore = await count('lapsed');
    const newBefore = await count('new');
    expect(newBefore).toBeGreaterThan(0);
    // Sixty days on with no events: regular shoppers lapse, new shoppers are new no longer.
    const report = await recomputeSegments(t.app.graph, t.app.segmentDefinitions, Date.now() + 60 * DAY);
    expect(await count('lapsed')).toBeGreaterThan(lapsedBefore);
    expect(await count('new')).toBe(0);
    expect(report.joined).toBeGreaterThan(0);
    expect(report.left).toBeGreaterThan(0);
  });

  it('an erasure removes the customer\'s behaviour aggregate and every raw event about them from the event log', async () => {
    // The ids an erasure covers: the customer, the aliases merged into it, and its records.
    const [subject] = await inspect<{ customerId: string; ids: string[]; recordKeys: string[] }>(
      t.app.graph,
      `MATCH (c:Customer {status: 'ACTIVE'})-[:HAS_BEHAVIOUR]->(:BehaviourProfile), (c)<-[:RESOLVES_TO]-(r:SourceRecord)
       WITH c, collect(r.recordKey) AS recordKeys
       RETURN c.customerId AS customerId, recordKeys,
              [c.customerId] + COLLECT { MATCH (a:Customer)-[:MERGED_INTO*1..20]->(c) RETURN a.customerId } AS ids
       ORDER BY size(ids) DESC, customerId LIMIT 1`,
    );
    if (!subject) throw new Error('no customer with events');
    const about = async () => {
      let n = 0;
      let all = 0;
      for await (const event of t.app.rawEvents.read()) {
        all++;
        const key = event.source !== undefined && event.sourceId !== undefined ? `${event.source}:${event.sourceId}` : null;
        if ((key !== null && subject.recordKeys.includes(key)) || (event.customerId !== undefined && subject.ids.includes(event.customerId))) n++;
      }
      return { n, all };
    };
    const before = await about();
    expect(before.n).toBeGreaterThan(0);
    const report = await eraseCustomer(t.app.graph, t.app.privacy.policy, { customerId: subject.customerId, actor: 'test:dpo', role: 'privacy_officer', reason: 'DSR test' }, t.app.rawEvents);
    expect(report?.rawEvents).toBe(before.n);
    const after = await about();
    expect(after).toEqual({ n: 0, all: before.all - before.n });
    const [left] = await inspect<{ profiles: number }>(t.app.graph, 'MATCH (b:BehaviourProfile {customerId: $id}) RETURN count(b) AS profiles', { id: subject.customerId });
    expect(left?.profiles).toBe(0);
  });
});
