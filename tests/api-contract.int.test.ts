import { ApiServer, startApiServer } from '../src/api/create-api-server';
import { Role, ROLES } from '../src/auth';
import { ErrorCode } from '../src/errors';
import { CYPHER } from '../src/graph/cypher-statements';
import { runFullMatching } from '../src/matching/jobs/full-run';
import { trainFromGraph } from '../src/matching/jobs/train-from-graph';
import { GROCERY_SETTINGS } from '../src/matching/settings/grocery-settings';
import { graphql, GraphqlResponse } from './support/graphql-client';
import { ingestGenerated, inspect } from './support/matching';
import { createTestApp, TestApp } from './support/test-app';
import { tokenFor } from './support/tokens';

/** Contract tests through plain HTTP against the running server: every role, the denial paths, bad arguments. */
describe('GraphQL API contract (real HTTP, Neo4j and Redis)', () => {
  let t: TestApp;
  let api: ApiServer;
  let a: string; // customer A
  let b: string; // customer B
  let c: string; // customer C, in no household with A
  let aName: { given: string; family: string };
  let probabilisticPair: { from: string; to: string } | undefined;
  const householdId = 'hh_contract_1';
  const tokens = new Map<string, string>();
  const token = async (role: Role, sub: string, purposes: string[] = []) => {
    const key = `${role}|${sub}|${purposes.join(',')}`;
    if (!tokens.has(key)) tokens.set(key, await tokenFor(t.app, role, sub, purposes));
    return tokens.get(key)!;
  };
  const app = () => token('app', 'store-app', ['service_fulfilment', 'email_marketing']);
  const steward = () => token('steward', 'stella');
  const customer = (id: string) => token('customer', id);
  const codeOf = (r: GraphqlResponse<unknown>) => r.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    t = await createTestApp({ API_PORT: '0', API_MAX_PAGE_SIZE: '50', API_MAX_DEPTH: '12' });
    await ingestGenerated(t.app.graph, 80, 5150);
    await trainFromGraph(t.app.matcher, GROCERY_SETTINGS, { jobId: 'train' });
    await runFullMatching(t.app.matcher, { runId: 'contract-run' });
    api = await startApiServer(t.app);
    const named = await inspect<{ id: string; given: string; family: string }>(t.app.graph,
      // Customer ids are random: ask for customers with an identifier, as some cases below read identifiers' holders.
      `MATCH (r:SourceRecord)-[:RESOLVES_TO]->(c:Customer {status: 'ACTIVE'}) WHERE r.givenName IS NOT NULL AND r.familyName IS NOT NULL
         AND EXISTS { (c)<-[:RESOLVES_TO]-(:SourceRecord)-[:HAS_IDENTIFIER]->() }
       WITH c.customerId AS id, collect(r)[0] AS r ORDER BY id LIMIT 3
       RETURN id, r.givenName AS given, r.familyName AS family`);
    [a, b, c] = named.map((n) => n.id) as [string, string, string];
    aName = { given: named[0]!.given, family: named[0]!.family };
    await t.app.graph.write(CYPHER.proposeHouseholdMemberships, {
      proposals: [a, b].map((customerId) => ({ customerId, householdId, confidence: 0.8, evidenceSignals: ['shared_address'], evidenceKeys: [] })),
      now: new Date().toISOString(), jobId: 'contract',
    }, { actor: 'test' });
    const [pair] = await inspect<{ from: string; to: string }>(t.app.graph,
      "MATCH (x:SourceRecord)-[l:LINKED_TO {kind: 'PROBABILISTIC'}]->(y:SourceRecord) RETURN x.recordKey AS from, y.recordKey AS to ORDER BY from LIMIT 1");
    probabilisticPair = pair;
  });

  afterAll(async () => {
    await api?.stop();
    await t?.close();
  });

  describe('authentication', () => {
    it('refuses a request without a token, with a bad signature, or expired: HTTP 401 UNAUTHENTICATED', async () => {
      const none = await graphql(api.url, '{ viewer { role } }');
      expect([none.status, codeOf(none)]).toEqual([401, 'UNAUTHENTICATED']);
      const good = await app();
      const forged = `${good.slice(0, good.lastIndexOf('.'))}.${'A'.repeat(43)}`;
      const bad = await graphql(api.url, '{ viewer { role } }', {}, forged);
      expect([bad.status, codeOf(bad)]).toEqual([401, 'UNAUTHENTICATED']);
      const expired = await tokenFor(t.app, 'admin', 'ops', [], '-1m');
      const late = await graphql(api.url, '{ viewer { role } }', {}, expired);
      expect([late.status, codeOf(late), late.errors?.[0]?.message]).toEqual([401, 'UNAUTHENTICATED', 'authorization: the token has expired']);
    });

    it('ignores the old identity headers: they name no one', async () => {
      const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-idgraph-role': 'privacy_officer', 'x-idgraph-actor': 'dpo' }, body: JSON.stringify({ query: '{ verifyAuditLog { ok } }' }) });
      expect(response.status).toBe(401);
    });

    it.each(ROLES)('admits the %s role and reports who the token says the caller is', async (role) => {
      const result = await graphql<{ viewer: { role: string; subject: string; purposes: string[] } }>(api.url, '{ viewer { role subject purposes } }', {}, await token(role, role === 'customer' ? 'cus_x' : `${role}-1`, role === 'app' ? ['analytics'] : []));
      expect(result.errors).toBeUndefined();
      expect(result.data!.viewer).toEqual({ role: role.toUpperCase(), subject: role === 'customer' ? 'cus_x' : `${role}-1`, purposes: role === 'app' ? ['analytics'] : [] });
    });
  });

  describe('authorization', () => {
    it('a customer token cannot read another customer (FORBIDDEN), but reads itself and me', async () => {
      const other = await graphql(api.url, 'query ($id: ID!) { customer(id: $id) { id } }', { id: b }, await customer(a));
      expect(codeOf(other)).toBe('FORBIDDEN');
      expect(other.data).toEqual({ customer: null });
      const unknown = await graphql(api.url, '{ customer(id: "cus_nobody") { id } }', {}, await customer(a));
      expect(codeOf(unknown)).toBe('FORBIDDEN');
      const own = await graphql<{ customer: { id: string }; me: { id: string } }>(api.url, 'query ($id: ID!) { customer(id: $id) { id } me { id } }', { id: a }, await customer(a));
      expect(own.errors).toBeUndefined();
      expect(own.data).toEqual({ customer: { id: a }, me: { id: a } });
      const view = await graphql(api.url, 'query ($id: ID!) { customerView(id: $id, scope: "customer-service") { customerId } }', { id: b }, await customer(a));
      expect(codeOf(view)).toBe('FORBIDDEN');
      const consents = await graphql(api.url, 'query ($id: ID!) { consents(customerId: $id) { consents { status } } }', { id: b }, await customer(a));
      expect(codeOf(consents)).toBe('FORBIDDEN');
    });

    it('roles reach only their fields: FORBIDDEN names the field and the roles it needs', async () => {
      const cases: [Role, string][] = [
        ['customer', '{ verifyAuditLog { ok } }'],
        ['app', '{ verifyAuditLog { ok } }'],
        ['analyst', 'mutation { forceLink(fromRecord: "a:1", toRecord: "b:2", reason: "x") { decisionId } }'],
        ['admin', 'mutation { eraseCustomer(id: "cus_1", reason: "x") { erasureId } }'],
        ['steward', 'mutation { confirmHouseholdMembership(householdId: "hh_1") { status } }'],
        ['customer', 'mutation { ingestRecords(source: CRM, records: []) { received } }'],
        ['privacy_officer', '{ searchCustomers(by: { name: "x" }) { edges { cursor } } }'],
        ['customer', `{ me { records { identifiers { holders { id } } } } }`],
      ];
      for (const [role, query] of cases) {
        const result = await graphql(api.url, query, {}, await token(role, role === 'customer' ? a : `${role}-1`));
        expect([role, query, codeOf(result)]).toEqual([role, query, 'FORBIDDEN']);
        expect(result.errors?.[0]?.message).toMatch(/may not use this field; it needs one of/);
      }
    });

    it('an app reads only for the purposes its token carries: POLICY_DENIED with the reason', async () => {
      const noPurpose = await graphql(api.url, 'query ($id: ID!) { customer(id: $id) { id } }', { id: a }, await token('app', 'kiosk', ['analytics']));
      expect(noPurpose.errors?.[0]?.extensions).toMatchObject({ code: 'POLICY_DENIED', reason: 'PURPOSE_NOT_GRANTED', purpose: 'service_fulfilment' });
      const scope = await graphql(api.url, 'query ($id: ID!) { customerView(id: $id, scope: "pharmacy-refill-sms") { customerId } }', { id: a }, await app());
      expect(scope.errors?.[0]?.extensions).toMatchObject({ code: 'POLICY_DENIED', reason: 'PURPOSE_NOT_GRANTED', purpose: 'pharmacy_care' });
      const analyst = await graphql(api.url, 'query ($id: ID!) { customerView(id: $id, scope: "email-campaigns") { customerId } }', { id: a }, await token('analyst', 'bi'));
      expect(codeOf(analyst)).toBe('POLICY_DENIED');
      const allowed = await graphql<{ customerView: { customerId: string; purpose: string } }>(api.url, 'query ($id: ID!) { customerView(id: $id, scope: "email-campaigns") { customerId purpose } }', { id: a }, await app());
      expect(allowed.errors).toBeUndefined();
      expect(allowed.data!.customerView).toEqual({ customerId: a, purpose: 'email_marketing' });
    });

    it('the privacy office exports and reads the audit trail; the export names the customer', async () => {
      const dpo = await token('privacy_officer', 'dpo');
      const exported = await graphql<{ customerDataExport: { customerId?: string } }>(api.url, 'query ($id: ID!) { customerDataExport(id: $id) }', { id: a }, dpo);
      expect(exported.errors).toBeUndefined();
      expect(JSON.stringify(exported.data!.customerDataExport)).toContain(a);
      const trail = await graphql<{ auditTrail: { actor: string; role: string; kind: string }[] }>(api.url, 'query ($id: ID!) { auditTrail(customerId: $id) { actor role kind } }', { id: a }, dpo);
      expect(trail.data!.auditTrail).toEqual(expect.arrayContaining([{ actor: 'api:store-app', role: 'app', kind: 'VIEW_READ' }, { actor: 'api:dpo', role: 'privacy_officer', kind: 'EXPORT' }]));
    });

    it('auditLog pages a customer\'s log newest first with cursors, and only the privacy office reads it', async () => {
      const dpo = await token('privacy_officer', 'dpo');
      for (const scope of ['email-campaigns', 'customer-service', 'email-campaigns']) {
        await graphql(api.url, 'query ($id: ID!, $s: String!) { customer(id: $id, scope: $s) { view { auditSeq } } }', { id: b, s: scope }, await app());
      }
      type Page = { auditLog: { edges: { cursor: string; node: { seq: number; scope: string; actor: string } }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string } } };
      const query = 'query ($id: ID!, $after: String) { auditLog(customerId: $id, first: 2, after: $after) { edges { cursor node { seq scope actor } } pageInfo { hasNextPage hasPreviousPage endCursor } } }';
      const first = await graphql<Page>(api.url, query, { id: b }, dpo);
      expect(first.errors).toBeUndefined();
      expect(first.data!.auditLog.edges.map((e) => e.node.scope)).toEqual(['email-campaigns', 'customer-service']);
      expect(first.data!.auditLog.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const second = await graphql<Page>(api.url, query, { id: b, after: first.data!.auditLog.pageInfo.endCursor }, dpo);
      expect(second.data!.auditLog.edges[0]!.node).toMatchObject({ scope: 'email-campaigns', actor: 'api:store-app' });
      expect(second.data!.auditLog.edges[0]!.node.seq).toBeLessThan(first.data!.auditLog.edges[1]!.node.seq);
      expect(second.data!.auditLog.pageInfo.hasPreviousPage).toBe(true);
      const tooBig = await graphql(api.url, 'query ($id: ID!) { auditLog(customerId: $id, first: 51) { edges { cursor } } }', { id: b }, dpo);
      expect(tooBig.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: ['auditLog', 'first'] });
      const byApp = await graphql(api.url, 'query ($id: ID!) { auditLog(customerId: $id) { edges { cursor } } }', { id: b }, await app());
      expect(codeOf(byApp)).toBe('FORBIDDEN');
    });
  });

  describe('customer(id | identifier, scope)', () => {
    const emailOf = async (id: string) => {
      const [row] = await inspect<{ value: string }>(t.app.graph,
        `MATCH (:Customer {customerId: $id})<-[:RESOLVES_TO]-(:SourceRecord)-[:HAS_IDENTIFIER]->(i:Identifier {type: 'email'})
         WHERE NOT coalesce(i.generic, false) AND COUNT { (i)<-[:HAS_IDENTIFIER]-(:SourceRecord)-[:RESOLVES_TO]->(:Customer {status: 'ACTIVE'}) } = 1
         RETURN i.value AS value ORDER BY value LIMIT 1`, { id });
      return row?.value;
    };
    const customerWithEmail = async () => {
      const [row] = await inspect<{ id: string }>(t.app.graph,
        `MATCH (c:Customer {status: 'ACTIVE'})<-[:RESOLVES_TO]-(:SourceRecord)-[:HAS_IDENTIFIER]->(i:Identifier {type: 'email'})
         WHERE NOT coalesce(i.generic, false) AND COUNT { (i)<-[:HAS_IDENTIFIER]-(:SourceRecord)-[:RESOLVES_TO]->(:Customer {status: 'ACTIVE'}) } = 1
         RETURN c.customerId AS id ORDER BY id LIMIT 1`);
      return row!.id;
    };

    it('finds the same customer by an identifier in any letter case as by id; neither or both is BAD_USER_INPUT with the path', async () => {
      const id = await customerWithEmail();
      const email = (await emailOf(id))!;
      const byIdentifier = await graphql<{ customer: { id: string } }>(api.url,
        'query ($v: String!) { customer(identifier: { type: EMAIL, value: $v }) { id } }', { v: email.toUpperCase() }, await app());
      expect(byIdentifier.errors).toBeUndefined();
      expect(byIdentifier.data!.customer.id).toBe(id);
      const nobody = await graphql(api.url, '{ customer(identifier: { type: EMAIL, value: "no.such.shopper.4711@gmail.com" }) { id } }', {}, await app());
      expect(nobody.errors).toBeUndefined();
      expect(nobody.data).toEqual({ customer: null });
      const neither = await graphql(api.url, '{ customer { id } }', {}, await app());
      expect(neither.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: ['customer', 'id'] });
      const both = await graphql(api.url, 'query ($id: ID!) { customer(id: $id, identifier: { type: EMAIL, value: "x@example.com" }) { id } }', { id }, await app());
      expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: ['customer', 'identifier'] });
      expect(both.errors?.[0]?.message).toMatch(/^identifier: give id or identifier, not both/);
    });

    it('a customer finds only themselves by identifier: another customer\'s and an unknown one are both FORBIDDEN', async () => {
      const id = await customerWithEmail();
      const email = (await emailOf(id))!;
      const own = await graphql<{ customer: { id: string } }>(api.url, 'query ($v: String!) { customer(identifier: { type: EMAIL, value: $v }) { id } }', { v: email }, await customer(id));
      expect(own.data).toEqual({ customer: { id } });
      const other = await graphql(api.url, 'query ($v: String!) { customer(identifier: { type: EMAIL, value: $v }) { id } }', { v: email }, await customer(c === id ? b : c));
      expect(codeOf(other)).toBe('FORBIDDEN');
      const unknown = await graphql(api.url, '{ customer(identifier: { type: EMAIL, value: "no.such.shopper.4711@gmail.com" }) { id } }', {}, await customer(a));
      expect(codeOf(unknown)).toBe('FORBIDDEN');
    });

    it('with a scope, `view` is the audited consent-scoped view; the unfiltered fields still need the operational purpose', async () => {
      const marketing = await token('app', 'email-tool', ['email_marketing']);
      const scoped = await graphql<{ customer: { id: string; view: { customerId: string; scope: string; purpose: string; auditSeq: number } } }>(api.url,
        'query ($id: ID!) { customer(id: $id, scope: "email-campaigns") { id view { customerId scope purpose auditSeq } } }', { id: a }, marketing);
      expect(scoped.errors).toBeUndefined();
      expect(scoped.data!.customer.view).toMatchObject({ customerId: a, scope: 'email-campaigns', purpose: 'email_marketing' });
      const raw = await graphql(api.url, 'query ($id: ID!) { customer(id: $id, scope: "email-campaigns") { view { customerId } records { key } } }', { id: a }, marketing);
      expect(raw.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['customer.records', 'POLICY_DENIED']]);
      const [audited] = await inspect<{ n: number }>(t.app.graph,
        "MATCH (e:AuditEntry {seq: $seq}) WHERE e.scope = 'email-campaigns' AND e.actor = 'api:email-tool' RETURN count(e) AS n", { seq: scoped.data!.customer.view.auditSeq });
      expect(audited!.n).toBe(1);
      const wrongPurpose = await graphql(api.url, 'query ($id: ID!) { customer(id: $id, scope: "pharmacy-refill-sms") { view { customerId } } }', { id: a }, marketing);
      expect(wrongPurpose.errors?.[0]?.extensions).toMatchObject({ code: 'POLICY_DENIED', purpose: 'pharmacy_care' });
      const unscoped = await graphql<{ customer: { view: unknown } }>(api.url, 'query ($id: ID!) { customer(id: $id) { view { customerId } } }', { id: a }, await app());
      expect(unscoped.errors).toBeUndefined();
      expect(unscoped.data).toEqual({ customer: { view: null } });
    });

    it('analysts and the privacy office read through a scope only; stewards read the operational profile only', async () => {
      const analyst = await token('analyst', 'bi');
      const analytics = await graphql<{ customer: { view: { purpose: string } } }>(api.url, 'query ($id: ID!) { customer(id: $id, scope: "analytics-aggregate") { view { purpose } } }', { id: a }, analyst);
      expect(analytics.errors).toBeUndefined();
      expect(analytics.data!.customer.view.purpose).toBe('analytics');
      const analystRaw = await graphql(api.url, 'query ($id: ID!) { customer(id: $id) { id } }', { id: a }, analyst);
      expect(codeOf(analystRaw)).toBe('FORBIDDEN');
      const analystRecords = await graphql(api.url, 'query ($id: ID!) { customer(id: $id, scope: "analytics-aggregate") { records { key } } }', { id: a }, analyst);
      expect(codeOf(analystRecords)).toBe('FORBIDDEN');
      const officer = await graphql(api.url, 'query ($id: ID!) { customer(id: $id) { id } }', { id: a }, await token('privacy_officer', 'dpo'));
      expect(codeOf(officer)).toBe('FORBIDDEN');
      const stewardScoped = await graphql(api.url, 'query ($id: ID!) { customer(id: $id, scope: "customer-service") { view { purpose } } }', { id: a }, await steward());
      expect(codeOf(stewardScoped)).toBe('FORBIDDEN');
      const unknownScope = await graphql(api.url, 'query ($id: ID!) { customer(id: $id, scope: "nope") { id } }', { id: a }, await app());
      expect(codeOf(unknownScope)).toBe('UNKNOWN_SCOPE');
    });
  });

  describe('households', () => {
    it('a customer cannot confirm another customer\'s membership, nor read a household they are not in', async () => {
      const forOther = await graphql(api.url, 'mutation ($h: ID!, $c: ID!) { confirmHouseholdMembership(householdId: $h, customerId: $c) { status } }', { h: householdId, c: b }, await customer(a));
      expect(codeOf(forOther)).toBe('FORBIDDEN');
      const notMine = await graphql(api.url, 'mutation ($h: ID!) { confirmHouseholdMembership(householdId: $h) { status } }', { h: householdId }, await customer(c));
      expect(codeOf(notMine)).toBe('NOT_FOUND');
      const read = await graphql(api.url, 'query ($h: ID!) { household(id: $h) { id } }', { h: householdId }, await customer(c));
      expect(codeOf(read)).toBe('FORBIDDEN');
      const members = await inspect<{ status: string }>(t.app.graph, 'MATCH (:Customer {customerId: $b})-[m:MEMBER_OF]->(:Household {householdId: $h}) RETURN m.status AS status', { b, h: householdId });
      expect(members).toEqual([{ status: 'PROPOSED' }]);
    });

    it('a membership counts only once confirmed; a rejection never counts', async () => {
      const query = 'query ($h: ID!) { household(id: $h) { id confirmedMembers members(first: 10) { edges { node { customerId } } pageInfo { hasNextPage } } } }';
      const before = await graphql<{ household: { confirmedMembers: number } }>(api.url, query, { h: householdId }, await customer(a));
      expect(before.errors).toBeUndefined();
      expect(before.data!.household.confirmedMembers).toBe(0);
      const confirmed = await graphql<{ confirmHouseholdMembership: { householdId: string; status: string; signal: string } }>(api.url, 'mutation ($h: ID!) { confirmHouseholdMembership(householdId: $h) { householdId status signal } }', { h: householdId }, await customer(a));
      expect(confirmed.data!.confirmHouseholdMembership).toEqual({ householdId, status: 'CONFIRMED', signal: 'EXPLICIT' });
      const rejected = await graphql<{ rejectHouseholdMembership: { status: string } }>(api.url, 'mutation ($h: ID!) { rejectHouseholdMembership(householdId: $h) { status } }', { h: householdId }, await customer(b));
      expect(rejected.data!.rejectHouseholdMembership.status).toBe('REJECTED');
      const after = await graphql<{ household: { confirmedMembers: number; members: { edges: { node: { customerId: string } }[] } } }>(api.url, query, { h: householdId }, await steward());
      expect(after.data!.household.confirmedMembers).toBe(1);
      expect(after.data!.household.members.edges.map((e) => e.node.customerId)).toEqual([a]);
      const view = await graphql<{ customerView: { explicit: { households: { householdId: string }[] }; implicit: { households: { householdId: string }[] } } }>(api.url, 'query ($id: ID!) { customerView(id: $id, scope: "customer-service") { explicit { households { householdId } } implicit { households { householdId } } } }', { id: a }, await customer(a));
      expect(view.errors).toBeUndefined();
    });
  });

  describe('relationships', () => {
    it('takes effect only when both sides agree; either side can revoke; only the grantee accepts', async () => {
      const permissions = 'query ($g: ID!, $e: ID!) { relationshipPermissions(grantorId: $g, granteeId: $e) }';
      const proposed = await graphql<{ proposeRelationship: { id: string; status: string; grantorId: string; granteeId: string; permissions: string[] } }>(api.url,
        'mutation ($to: ID!) { proposeRelationship(input: { granteeId: $to, kind: CAREGIVER, permissions: [PICK_UP_PRESCRIPTIONS, SHARE_SHOPPING_LIST] }) { id status grantorId granteeId permissions } }', { to: b }, await customer(a));
      expect(proposed.errors).toBeUndefined();
      const rel = proposed.data!.proposeRelationship;
      expect(rel).toMatchObject({ status: 'PROPOSED', grantorId: a, granteeId: b, permissions: ['PICK_UP_PRESCRIPTIONS', 'SHARE_SHOPPING_LIST'] });
      expect((await graphql<{ relationshipPermissions: string[] }>(api.url, permissions, { g: a, e: b }, await app())).data!.relationshipPermissions).toEqual([]);
      const selfAccept = await graphql(api.url, 'mutation ($id: ID!) { acceptRelationship(id: $id) { status } }', { id: rel.id }, await customer(a));
      expect(codeOf(selfAccept)).toBe('FORBIDDEN');
      const stranger = await graphql(api.url, 'mutation ($id: ID!) { revokeRelationship(id: $id) { status } }', { id: rel.id }, await customer(c));
      expect(codeOf(stranger)).toBe('FORBIDDEN');
      const accepted = await graphql<{ acceptRelationship: { status: string; acceptedAt: string } }>(api.url, 'mutation ($id: ID!) { acceptRelationship(id: $id) { status acceptedAt } }', { id: rel.id }, await customer(b));
      expect(accepted.data!.acceptRelationship.status).toBe('ACTIVE');
      expect((await graphql<{ relationshipPermissions: string[] }>(api.url, permissions, { g: a, e: b }, await app())).data!.relationshipPermissions.sort()).toEqual(['PICK_UP_PRESCRIPTIONS', 'SHARE_SHOPPING_LIST']);
      expect((await graphql<{ relationshipPermissions: string[] }>(api.url, permissions, { g: b, e: a }, await app())).data!.relationshipPermissions).toEqual([]);
      const mine = await graphql<{ me: { relationships: { id: string; status: string }[] } }>(api.url, '{ me { relationships { id status } } }', {}, await customer(b));
      expect(mine.data!.me.relationships).toEqual([{ id: rel.id, status: 'ACTIVE' }]);
      const again = await graphql(api.url, 'mutation ($id: ID!) { acceptRelationship(id: $id) { status } }', { id: rel.id }, await customer(b));
      expect(codeOf(again)).toBe('STATE_CONFLICT');
      const revoked = await graphql<{ revokeRelationship: { status: string; revokedBy: string } }>(api.url, 'mutation ($id: ID!) { revokeRelationship(id: $id) { status revokedBy } }', { id: rel.id }, await customer(a));
      expect(revoked.data!.revokeRelationship).toEqual({ status: 'REVOKED', revokedBy: a });
      expect((await graphql<{ relationshipPermissions: string[] }>(api.url, permissions, { g: a, e: b }, await app())).data!.relationshipPermissions).toEqual([]);
    });

    it('refuses a relationship with oneself and without permissions (BAD_USER_INPUT naming the argument)', async () => {
      const self = await graphql(api.url, 'mutation ($to: ID!) { proposeRelationship(input: { granteeId: $to, kind: FAMILY, permissions: [SHARE_OFFERS] }) { id } }', { to: a }, await customer(a));
      expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'input.granteeId' }] });
      const none = await graphql(api.url, 'mutation ($to: ID!) { proposeRelationship(input: { granteeId: $to, kind: FAMILY, permissions: [] }) { id } }', { to: b }, await customer(a));
      expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'input.permissions' }] });
      const wrongType = await graphql(api.url, 'mutation { proposeRelationship(input: { granteeId: "x", kind: ENEMY, permissions: [] }) { id } }', {}, await customer(a));
      expect(codeOf(wrongType)).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });

  describe('search and pagination', () => {
    it('finds a customer by a misspelt name, pages with cursors, and by any formatting of a phone', async () => {
      const typo = `${aName.given.slice(0, -1)}x ${aName.family}`;
      const query = 'query ($name: String!, $after: String) { searchCustomers(by: { name: $name }, first: 1, after: $after) { edges { cursor score matchedOn node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }';
      const ids: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page += 1) {
        const result: GraphqlResponse<{ searchCustomers: { edges: { node: { id: string }; matchedOn: string }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string } } }> = await graphql(api.url, query, { name: typo, after }, await app());
        expect(result.errors).toBeUndefined();
        const { edges, pageInfo } = result.data!.searchCustomers;
        expect(edges.length).toBeLessThanOrEqual(1);
        expect(pageInfo.hasPreviousPage).toBe(page > 0);
        ids.push(...edges.map((e) => e.node.id));
        if (!pageInfo.hasNextPage) break;
        after = pageInfo.endCursor;
      }
      expect(ids).toContain(a);
      expect(new Set(ids).size).toBe(ids.length);
      const [phone] = await inspect<{ value: string }>(t.app.graph, "MATCH (:Customer {customerId: $a})<-[:RESOLVES_TO]-(:SourceRecord)-[:HAS_IDENTIFIER]->(i:Identifier {type: 'phone'}) RETURN i.value AS value LIMIT 1", { a });
      if (phone) {
        const national = phone.value.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '($1) $2-$3');
        const byPhone = await graphql<{ searchCustomers: { edges: { node: { id: string }; matchedOn: string }[] } }>(api.url, 'query ($p: String!) { searchCustomers(by: { phone: $p }) { edges { matchedOn node { id } } } }', { p: national }, await app());
        expect(byPhone.data!.searchCustomers.edges).toEqual(expect.arrayContaining([{ matchedOn: 'PHONE', node: { id: a } }]));
      }
    });

    it('refuses an oversized page and bad arguments with BAD_USER_INPUT and the argument path', async () => {
      const big = await graphql(api.url, '{ searchCustomers(by: { name: "ann" }, first: 500) { edges { cursor } } }', {}, await app());
      expect(big.errors?.[0]?.message).toBe('first: 500 is over the maximum page size of 50');
      expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', argumentPath: ['searchCustomers', 'first'] });
      const cursor = await graphql(api.url, '{ searchCustomers(by: { name: "ann" }, after: "bm90LWEtY3Vyc29y") { edges { cursor } } }', {}, await app());
      expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      const two = await graphql(api.url, '{ searchCustomers(by: { name: "ann", phone: "312 555 0100" }) { edges { cursor } } }', {}, await app());
      expect(two.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'by' }] });
      const phone = await graphql(api.url, '{ searchCustomers(by: { phone: "call me" }) { edges { cursor } } }', {}, await app());
      expect(phone.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'by.phone', code: 'INVALID_PHONE' }] });
    });
  });

  describe('protection', () => {
    it('refuses a depth-20 query before running it (QUERY_TOO_DEEP, HTTP 400)', async () => {
      let selection = 'id';
      for (let i = 0; i < 9; i += 1) selection = `records { identifiers { holders { ${selection} } } }`;
      const query = `query ($id: ID!) { customer(id: $id) { ${selection} } }`;
      const before = t.app.graph.transactionCount;
      const result = await graphql(api.url, query, { id: a }, await steward());
      expect(result.status).toBe(400);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', maxDepth: 12 });
      expect(result.errors?.[0]?.message).toMatch(/^query: nests 29 levels deep; at most 12 are allowed$/);
      expect(t.app.graph.transactionCount).toBe(before);
      // The same shape at depth 20 exactly, through fragments.
      const twenty = `query ($id: ID!) { customer(id: $id) { ...L1 } } ${Array.from({ length: 18 }, (_, i) => `fragment L${i + 1} on Customer { records { identifiers { holders { ${i + 1 < 6 ? `...L${i + 2}` : 'id'} } } } }`).slice(0, 6).join(' ')}`;
      const viaFragments = await graphql(api.url, twenty, { id: a }, await steward());
      expect(viaFragments.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
      expect(viaFragments.errors?.[0]?.message).toMatch(/nests 20 levels deep/);
    });

    it('refuses a query whose estimated cost is over the limit (QUERY_TOO_COMPLEX)', async () => {
      const limited = await startApiServer({ ...t.app, config: { ...t.app.config, API_MAX_COMPLEXITY: 200 } });
      try {
        const result = await graphql(limited.url, '{ searchCustomers(by: { name: "ann" }, first: 50) { edges { node { id records { key identifiers { type value } } } } } }', {}, await app());
        expect(result.status).toBe(400);
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxComplexity: 200 });
      } finally {
        await limited.stop();
      }
    });

    it('prices audited view reads: thirty aliased scoped views are refused before any runs, and none is audited', async () => {
      const aliased = Array.from({ length: 30 }, (_, i) => `v${i}: customer(id: $id, scope: "email-campaigns") { view { auditSeq } }`).join(' ');
      const [before] = await inspect<{ n: number }>(t.app.graph, 'MATCH (e:AuditEntry) RETURN count(e) AS n');
      const result = await graphql(api.url, `query ($id: ID!) { ${aliased} }`, { id: c }, await app());
      expect(result.status).toBe(400);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
      const [after] = await inspect<{ n: number }>(t.app.graph, 'MATCH (e:AuditEntry) RETURN count(e) AS n');
      expect(after!.n).toBe(before!.n);
      const two = await graphql(api.url, `query ($id: ID!) { a: customer(id: $id, scope: "email-campaigns") { view { auditSeq } } b: customer(id: $id, scope: "email-campaigns") { view { auditSeq } } }`, { id: c }, await app());
      expect(two.errors).toBeUndefined();
    });

    it('rate-limits each client in Redis (HTTP 429 RATE_LIMITED with Retry-After), other clients unaffected', async () => {
      const limited = await startApiServer({ ...t.app, config: { ...t.app.config, API_RATE_LIMIT_POINTS: 3, API_RATE_LIMIT_WINDOW_SECONDS: 60 } });
      try {
        const busy = await token('app', `busy-${Date.now()}`);
        const statuses: number[] = [];
        for (let i = 0; i < 4; i += 1) statuses.push((await graphql(limited.url, '{ viewer { role } }', {}, busy)).status);
        expect(statuses).toEqual([200, 200, 200, 429]);
        const over = await graphql(limited.url, '{ viewer { role } }', {}, busy);
        expect(codeOf(over)).toBe('RATE_LIMITED');
        expect((await graphql(limited.url, '{ viewer { role } }', {}, await token('app', `calm-${Date.now()}`))).status).toBe(200);
      } finally {
        await limited.stop();
      }
    });

    it('refuses a body over the size limit (413 REQUEST_TOO_LARGE) and a CSRF-able simple request', async () => {
      const big = await graphql(api.url, 'mutation ($r: [JSONObject!]!) { ingestRecords(source: CRM, records: $r) { received } }', { r: [{ note: 'x'.repeat(2_100_000) }] }, await app());
      expect([big.status, codeOf(big)]).toEqual([413, 'REQUEST_TOO_LARGE']);
      const simple = await fetch(`${api.url}?query=${encodeURIComponent('{ viewer { role } }')}`, { headers: { authorization: `Bearer ${await app()}` } });
      expect(simple.status).toBe(400);
      const refused = (await simple.json()) as Omit<GraphqlResponse<unknown>, 'status'>;
      expect(refused.errors?.[0]?.message).toMatch(/CSRF/);
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    });

    it('answers a request Apollo refuses with a code from the enum, at Apollo\'s HTTP status', async () => {
      const ours: unknown[] = Object.values(ErrorCode);
      const post = async (body: string) => {
        const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await app()}` }, body });
        const json = (await response.json()) as Omit<GraphqlResponse<unknown>, 'status'>;
        return { status: response.status, code: json.errors?.[0]?.extensions?.code, errors: json.errors };
      };
      const cases: Array<[string, string, number, string]> = [
        ['parse error', JSON.stringify({ query: '{ viewer { role }' }), 400, 'GRAPHQL_PARSE_FAILED'],
        ['validation error', JSON.stringify({ query: '{ viewer { nickname } }' }), 400, 'GRAPHQL_VALIDATION_FAILED'],
        ['variable of the wrong type', JSON.stringify({ query: 'query ($first: Int) { searchCustomers(by: { name: "ann" }, first: $first) { edges { cursor } } }', variables: { first: 'ten' } }), 400, 'BAD_USER_INPUT'],
        ['unknown operationName', JSON.stringify({ query: 'query Mine { viewer { role } }', operationName: 'Theirs' }), 400, 'BAD_REQUEST'],
        ['no query', JSON.stringify({ variables: {} }), 400, 'BAD_REQUEST'],
        ['persisted query (not supported)', JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }), 200, 'BAD_REQUEST'],
        ['body not JSON', '{"query": ', 400, 'BAD_REQUEST'],
      ];
      for (const [name, body, status, code] of cases) {
        const result = await post(body);
        expect([name, result.status, result.code]).toEqual([name, status, code]);
        for (const error of result.errors ?? []) expect([name, ours]).toEqual([name, expect.arrayContaining([error.extensions?.code])]);
      }
    });
  });

  describe('round trips', () => {
    it('a nested query (customers -> records -> identifiers -> other customers -> records) makes a bounded number of database round trips', async () => {
      const query = `{ searchCustomers(by: { name: "${aName.family}" }, first: 20) { edges { node { id records { key identifiers { type holders { id records { key identifiers { type } } } } } } } } }`;
      const before = t.app.graph.transactionCount;
      const result = await graphql<{ searchCustomers: { edges: { node: { records: { identifiers: { holders: unknown[] }[] }[] } }[] } }>(api.url, query, {}, await app());
      const roundTrips = t.app.graph.transactionCount - before;
      expect(result.errors).toBeUndefined();
      const holders = result.data!.searchCustomers.edges.flatMap((e) => e.node.records.flatMap((r) => r.identifiers.flatMap((i) => i.holders)));
      expect(holders.length).toBeGreaterThan(0);
      // search + profiles of the hits + holders of every identifier + profiles of every holder (not yet loaded)
      expect(roundTrips).toBeLessThanOrEqual(4);
    });
  });

  describe('customer(id) in one round trip', () => {
    it('by active id, by an absorbed id and for a customer reading themselves (with me): one database round trip each', async () => {
      const query = 'query ($id: ID!) { customer(id: $id) { id records { key attributes { name } identifiers { type value } } } }';
      const count = async (q: string, id: string, bearer: string) => {
        const before = t.app.graph.transactionCount;
        const result = await graphql<{ customer: { id: string } }>(api.url, q, { id }, bearer);
        expect(result.errors).toBeUndefined();
        return { id: result.data!.customer.id, roundTrips: t.app.graph.transactionCount - before };
      };
      expect(await count(query, a, await app())).toEqual({ id: a, roundTrips: 1 });
      expect(await count('query ($id: ID!) { customer(id: $id) { id } me { id } }', a, await customer(a))).toEqual({ id: a, roundTrips: 1 });
      const [alias] = await inspect<{ alias: string; survivor: string }>(t.app.graph,
        "MATCH (x:Customer {status: 'MERGED'})-[:MERGED_INTO]->(s:Customer {status: 'ACTIVE'}) RETURN x.customerId AS alias, s.customerId AS survivor LIMIT 1");
      expect(alias).toBeDefined();
      expect(await count(query, alias!.alias, await app())).toEqual({ id: alias!.survivor, roundTrips: 1 });
    });
  });

  describe('steward', () => {
    it('explains a probabilistic link comparison by comparison (steward and analyst; not a customer)', async () => {
      expect(probabilisticPair).toBeDefined();
      const query = 'query ($f: ID!, $t: ID!) { matchExplanation(fromRecord: $f, toRecord: $t) { fromRecord toRecord links { kind probability matchWeight priorWeight modelVersion comparisons { comparison label weight } } } }';
      const vars = { f: probabilisticPair!.from, t: probabilisticPair!.to };
      const result = await graphql<{ matchExplanation: { links: { kind: string; matchWeight: number; priorWeight: number; comparisons: { weight: number }[] }[] } }>(api.url, query, vars, await token('analyst', 'bi'));
      expect(result.errors).toBeUndefined();
      const link = result.data!.matchExplanation.links.find((l) => l.kind === 'PROBABILISTIC')!;
      expect(link.comparisons.length).toBeGreaterThan(2);
      expect(link.priorWeight + link.comparisons.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(link.matchWeight, 6);
      expect(codeOf(await graphql(api.url, query, vars, await customer(a)))).toBe('FORBIDDEN');
      expect((await graphql(api.url, query, { f: 'pos:nope', t: 'web:nope' }, await steward())).data).toEqual({ matchExplanation: null });
    });

    it('force-unlinks, force-links and splits through the API, recorded under the steward of the token', async () => {
      const [pair] = await inspect<{ x: string; y: string; customerId: string }>(t.app.graph,
        "MATCH (x:SourceRecord)-[:RESOLVES_TO]->(c:Customer {status: 'ACTIVE'})<-[:RESOLVES_TO]-(y:SourceRecord) WHERE x.recordKey < y.recordKey AND COUNT { (c)<-[:RESOLVES_TO]-() } = 2 RETURN x.recordKey AS x, y.recordKey AS y, c.customerId AS customerId LIMIT 1");
      expect(pair).toBeDefined();
      const unlink = await graphql<{ forceUnlink: { decisionId: string; customerOf: { recordKey: string; customerId: string }[] } }>(api.url,
        'mutation ($x: ID!, $y: ID!) { forceUnlink(fromRecord: $x, toRecord: $y, reason: "two people") { decisionId customerOf { recordKey customerId } clustering { splits } } }', { x: pair!.x, y: pair!.y }, await steward());
      expect(unlink.errors).toBeUndefined();
      const after = new Map(unlink.data!.forceUnlink.customerOf.map((r) => [r.recordKey, r.customerId]));
      expect(after.get(pair!.x)).not.toBe(after.get(pair!.y));
      const link = await graphql<{ forceLink: { customerOf: { recordKey: string; customerId: string }[] } }>(api.url,
        'mutation ($x: ID!, $y: ID!) { forceLink(fromRecord: $x, toRecord: $y, reason: "same person after all") { customerOf { recordKey customerId } } }', { x: pair!.x, y: pair!.y }, await steward());
      expect(link.errors).toBeUndefined();
      const linked = link.data!.forceLink.customerOf;
      expect(linked[0]!.customerId).toBe(linked[1]!.customerId);
      const split = await graphql<{ splitCustomer: { customerOf: { customerId: string }[] } }>(api.url,
        'mutation ($id: ID!, $g: [[ID!]!]!) { splitCustomer(customerId: $id, groups: $g, reason: "two people again") { customerOf { customerId } } }', { id: linked[0]!.customerId, g: [[pair!.x], [pair!.y]] }, await steward());
      expect(split.errors).toBeUndefined();
      expect(new Set(split.data!.splitCustomer.customerOf.map((r) => r.customerId)).size).toBe(2);
      const [decision] = await inspect<{ by: string }>(t.app.graph, "MATCH (d:StewardDecision {action: 'FORCE_UNLINK'}) RETURN d.by AS by LIMIT 1");
      expect(decision).toEqual({ by: 'stella' });
      const noReason = await graphql(api.url, 'mutation { forceLink(fromRecord: "a:1", toRecord: "a:1", reason: " ") { decisionId } }', {}, await steward());
      expect(codeOf(noReason)).toBe('INVALID_STEWARD_DECISION');
    });
  });
});
