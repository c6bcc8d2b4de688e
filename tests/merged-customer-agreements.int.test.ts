import { ApiServer, startApiServer } from '../src/api/create-api-server';
import { Role } from '../src/auth';
import { detectHouseholds, listHouseholds } from '../src/households';
import { CanonicalRecord } from '../src/model';
import { parseSourceRecord } from '../src/sources';
import { forceLink } from '../src/steward/steward-actions';
import { graphql } from './support/graphql-client';
import { inspect, testMatcher } from './support/matching';
import { customerOfRecord, ingest } from './support/privacy-customer';
import { createTestApp, TestApp } from './support/test-app';
import { tokenFor } from './support/tokens';

/**
 * What a customer said under an id that a merge later absorbed (household answers, relationships) still counts
 * for the surviving customer, read through MERGED_INTO; nothing it said is widened, and erasure still takes it.
 */

function canonical(source: Parameters<typeof parseSourceRecord>[0], raw: Record<string, unknown>): CanonicalRecord {
  const result = parseSourceRecord(source, raw, { tokenHashKey: 'test-token-hash-key-0001' });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.record;
}

/**
 * Two people, each known under two customer ids: a first loyalty card (ingested first: the older id survives the
 * merge) and a second one at a home address (ingested later: absorbed). Each has a partner at the same address,
 * so household detection proposes the absorbed id into a household.
 */
const FIRST_CARDS = ['LM-MA-1', 'LM-MB-1'];
const RECORDS = [
  canonical('loyalty', { memberId: 'LM-MA-1', cardNumber: '606061110001', firstName: 'Pim', lastName: 'Vandersloot', email: 'pim.vandersloot@mailbox.org', emailVerified: true, updatedAt: '2024-01-02T00:00:00Z' }),
  canonical('loyalty', { memberId: 'LM-MA-2', cardNumber: '606061110002', firstName: 'Pim', lastName: 'Vandersloot', email: 'p.v.1984@posteo.net', emailVerified: true, addressLine1: '12 Quillfeather Lane', city: 'Duluth', state: 'MN', zip: '55802', updatedAt: '2024-01-03T00:00:00Z' }),
  canonical('loyalty', { memberId: 'LM-MA-3', cardNumber: '606061110003', firstName: 'Odalys', lastName: 'Brennagh', email: 'odalys.brennagh@posteo.net', emailVerified: true, addressLine1: '12 Quillfeather Lane', city: 'Duluth', state: 'MN', zip: '55802', updatedAt: '2024-01-04T00:00:00Z' }),
  canonical('loyalty', { memberId: 'LM-MB-1', cardNumber: '707071110001', firstName: 'Rook', lastName: 'Haverstraw', email: 'rook.haverstraw@mailbox.org', emailVerified: true, updatedAt: '2024-01-02T00:00:00Z' }),
  canonical('loyalty', { memberId: 'LM-MB-2', cardNumber: '707071110002', firstName: 'Rook', lastName: 'Haverstraw', email: 'rh.1990@posteo.net', emailVerified: true, addressLine1: '88 Wexcombe Road', city: 'Fargo', state: 'ND', zip: '58102', updatedAt: '2024-01-03T00:00:00Z' }),
  canonical('loyalty', { memberId: 'LM-MB-3', cardNumber: '707071110003', firstName: 'Saoirse', lastName: 'Lindqvist', email: 'saoirse.lindqvist@posteo.net', emailVerified: true, addressLine1: '88 Wexcombe Road', city: 'Fargo', state: 'ND', zip: '58102', updatedAt: '2024-01-04T00:00:00Z' }),
];

const steward = { by: 'steward:test', reason: 'customer confirmed both cards are theirs' };

describe('a merge keeps what the customer said under the absorbed id (real Neo4j, GraphQL over HTTP)', () => {
  let t: TestApp;
  let api: ApiServer;
  // Pim: survivor, absorbed, partner; Rook: survivor, absorbed, partner.
  let pim: string;
  let pimAlias: string;
  let odalys: string;
  let rook: string;
  let rookAlias: string;
  let saoirse: string;
  let pimHousehold: string;
  let rookHousehold: string;
  let sharedList: string; // Pim (absorbed id) grants Odalys, accepted before the merge
  let pendingCare: string; // Odalys grants Pim (absorbed id), still PROPOSED at the merge
  let withHimself: string; // Pim's absorbed id grants Pim's surviving id, accepted before the merge

  const token = (role: Role, subject: string, purposes: string[] = []) => tokenFor(t.app, role, subject, purposes);
  async function ask<T>(role: Role, subject: string, query: string, variables: Record<string, unknown> = {}, purposes: string[] = []): Promise<T> {
    const result = await graphql<T>(api.url, query, variables, await token(role, subject, purposes));
    if (result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
    return result.data!;
  }
  const permissions = (grantorId: string, granteeId: string) =>
    ask<{ relationshipPermissions: string[] }>('app', 'pharmacy-counter', 'query ($g: ID!, $e: ID!) { relationshipPermissions(grantorId: $g, granteeId: $e) }', { g: grantorId, e: granteeId }).then((d) => d.relationshipPermissions);
  const householdOf = (id: string) => ask<{ household: { confirmedMembers: number; members: { edges: { node: { customerId: string } }[] } } | null }>(
    'steward', 'steward-1', 'query ($id: ID!) { household(id: $id) { confirmedMembers members { edges { node { customerId } } } } }', { id },
  ).then((d) => d.household);
  async function propose(grantor: string, granteeId: string, kind: string, permission: string): Promise<string> {
    const d = await ask<{ proposeRelationship: { id: string } }>('customer', grantor, `mutation ($e: ID!) { proposeRelationship(input: {granteeId: $e, kind: ${kind}, permissions: [${permission}]}) { id } }`, { e: granteeId });
    return d.proposeRelationship.id;
  }
  const accept = (subject: string, id: string) => ask<{ acceptRelationship: { status: string; grantorId: string; granteeId: string } }>('customer', subject, 'mutation ($id: ID!) { acceptRelationship(id: $id) { status grantorId granteeId } }', { id });
  const membershipIn = async (customerId: string, householdId: string) => {
    const rows = await inspect<{ status: string }>(t.app.graph, 'MATCH (:Customer {customerId: $customerId})-[m:MEMBER_OF]->(:Household {householdId: $householdId}) RETURN m.status AS status', { customerId, householdId });
    return rows.map((r) => r.status);
  };

  beforeAll(async () => {
    t = await createTestApp({ API_PORT: '0' });
    api = await startApiServer(t.app);
    await ingest(t.app.graph, RECORDS.filter((r) => FIRST_CARDS.includes(r.sourceId)), 'merged-agreements-1');
    await ingest(t.app.graph, RECORDS.filter((r) => !FIRST_CARDS.includes(r.sourceId)), 'merged-agreements-2');
    const of = async (key: string) => (await customerOfRecord(t.app.graph, key))!;
    [pim, pimAlias, odalys, rook, rookAlias, saoirse] = await Promise.all(['loyalty:LM-MA-1', 'loyalty:LM-MA-2', 'loyalty:LM-MA-3', 'loyalty:LM-MB-1', 'loyalty:LM-MB-2', 'loyalty:LM-MB-3'].map(of)) as [string, string, string, string, string, string];
    expect(new Set([pim, pimAlias, odalys, rook, rookAlias, saoirse]).size).toBe(6);

    await detectHouseholds(t.app.graph, { jobId: 'households-before-merge' });
    const households = await listHouseholds(t.app.graph, { actor: 'test' });
    const householdWith = (id: string) => households.find((h) => h.members.some((m) => m.customerId === id))?.householdId;
    pimHousehold = householdWith(pimAlias)!;
    rookHousehold = householdWith(rookAlias)!;
    expect(pimHousehold).toBeTruthy();
    expect(rookHousehold).toBeTruthy();
    expect(householdWith(odalys)).toBe(pimHousehold);

    // Answers and agreements given under the ids that the merge will absorb.
    const confirm = 'mutation ($h: ID!) { confirmHouseholdMembership(householdId: $h) { status } }';
    await ask('customer', pimAlias, confirm, { h: pimHousehold });
    await ask('customer', odalys, confirm, { h: pimHousehold });
    await ask('customer', rookAlias, 'mutation ($h: ID!) { rejectHouseholdMembership(householdId: $h) { status } }', { h: rookHousehold });
    sharedList = await propose(pimAlias, odalys, 'PARTNER', 'SHARE_SHOPPING_LIST');
    await accept(odalys, sharedList);
    pendingCare = await propose(odalys, pimAlias, 'PARTNER', 'PICK_UP_PRESCRIPTIONS');
    withHimself = await propose(pimAlias, pim, 'PARTNER', 'SHARE_OFFERS');
    await accept(pim, withHimself);
    expect(await permissions(pimAlias, odalys)).toEqual(['SHARE_SHOPPING_LIST']);

    const ctx = testMatcher(t.app.graph);
    await forceLink(ctx, 'loyalty:LM-MA-2', 'loyalty:LM-MA-1', steward);
    await forceLink(ctx, 'loyalty:LM-MB-2', 'loyalty:LM-MB-1', steward);
    // The older ids survive; the later ones are now MERGED aliases.
    expect(await of('loyalty:LM-MA-2')).toBe(pim);
    expect(await of('loyalty:LM-MB-2')).toBe(rook);
    const statuses = await inspect<{ id: string; status: string }>(t.app.graph, 'MATCH (c:Customer) WHERE c.customerId IN $ids RETURN c.customerId AS id, c.status AS status', { ids: [pimAlias, rookAlias] });
    expect(statuses.map((s) => s.status)).toEqual(['MERGED', 'MERGED']);
    // The answers stay where they were given: the record of what was said under which id.
    expect(await membershipIn(pimAlias, pimHousehold)).toEqual(['CONFIRMED']);
    expect(await membershipIn(rookAlias, rookHousehold)).toEqual(['REJECTED']);
  });

  afterAll(async () => {
    await api?.stop();
    await t?.close();
  });

  it('a relationship accepted under the absorbed id still grants its permissions, asked by either id of the grantor', async () => {
    expect(await permissions(pim, odalys)).toEqual(['SHARE_SHOPPING_LIST']);
    expect(await permissions(pimAlias, odalys)).toEqual(['SHARE_SHOPPING_LIST']);
    // Never wider: the grantee gets nothing over the other way round, and a relationship that the merge made
    // one with himself grants nothing (asked with either pair of ids).
    expect(await permissions(odalys, pim)).toEqual([]);
    expect(await permissions(pimAlias, pim)).toEqual([]);
    expect(await permissions(pim, pimAlias)).toEqual([]);

    const listed = await ask<{ customer: { relationships: { id: string; status: string; grantorId: string; granteeId: string }[] } }>(
      'steward', 'steward-1', 'query ($id: ID!) { customer(id: $id) { relationships { id status grantorId granteeId } } }', { id: pim },
    );
    const byId = new Map(listed.customer.relationships.map((r) => [r.id, r]));
    expect([...byId.keys()].sort()).toEqual([sharedList, pendingCare, withHimself].sort());
    expect(byId.get(sharedList)).toMatchObject({ status: 'ACTIVE', grantorId: pim, granteeId: odalys });
    // Listed with its status unchanged; it grants nothing (above) and cannot be accepted again.
    expect(byId.get(withHimself)).toMatchObject({ status: 'ACTIVE', grantorId: pim, granteeId: pim });
  });

  it('the survivor accepts a relationship proposed to the absorbed id, and then it grants', async () => {
    expect(await permissions(odalys, pim)).toEqual([]);
    const accepted = await accept(pim, pendingCare);
    expect(accepted.acceptRelationship).toEqual({ status: 'ACTIVE', grantorId: odalys, granteeId: pim });
    expect(await permissions(odalys, pim)).toEqual(['PICK_UP_PRESCRIPTIONS']);
    expect(await permissions(odalys, pimAlias)).toEqual(['PICK_UP_PRESCRIPTIONS']);
  });

  it('a membership confirmed under the absorbed id counts once in household(id) and in the survivor\'s scoped view', async () => {
    const household = await householdOf(pimHousehold);
    expect(household?.confirmedMembers).toBe(2);
    expect(household?.members.edges.map((e) => e.node.customerId)).toEqual([odalys, pim].sort());

    const view = await ask<{ customerView: { explicit: { households: { householdId: string }[] }; implicit: { households: { householdId: string }[] } } }>(
      'app', 'fraud-desk', 'query ($id: ID!) { customerView(id: $id, scope: "fraud-review") { explicit { households { householdId } } implicit { households { householdId } } } }',
      { id: pim }, ['fraud_prevention'],
    );
    const shown = [...view.customerView.explicit.households, ...view.customerView.implicit.households].map((h) => h.householdId);
    expect(shown).toEqual([pimHousehold]);

    const me = await ask<{ me: { households: { householdId: string; status: string }[] } }>('customer', pim, '{ me { households { householdId status } } }');
    expect(me.me.households).toEqual([{ householdId: pimHousehold, status: 'CONFIRMED' }]);

    // A later run of household detection leaves the confirmed household as it is and proposes nothing new.
    await detectHouseholds(t.app.graph, { jobId: 'households-after-merge-1' });
    expect(await membershipIn(pim, pimHousehold)).toEqual([]);
    expect((await householdOf(pimHousehold))?.members.edges.map((e) => e.node.customerId)).toEqual([odalys, pim].sort());
  });

  it('a household rejected under the absorbed id is not proposed again to the survivor', async () => {
    await detectHouseholds(t.app.graph, { jobId: 'households-after-merge-2' });
    const households = await listHouseholds(t.app.graph, { actor: 'test' });
    const rookMemberships = households.flatMap((h) => h.members.filter((m) => m.customerId === rook).map((m) => ({ householdId: h.householdId, status: m.status })));
    expect(rookMemberships).toEqual([]);
    expect(households.some((h) => h.members.some((m) => m.customerId === saoirse && m.status === 'PROPOSED'))).toBe(false);

    const me = await ask<{ me: { households: { householdId: string; status: string }[] } }>('customer', rook, '{ me { households { householdId status } } }');
    expect(me.me.households).toEqual([{ householdId: rookHousehold, status: 'REJECTED' }]);
    const forbidden = await graphql(api.url, 'query ($id: ID!) { household(id: $id) { id } }', { id: rookHousehold }, await token('customer', rook));
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a token minted for the absorbed id reads and acts as the surviving customer', async () => {
    const me = await ask<{ me: { id: string; relationships: { id: string }[] } }>('customer', pimAlias, '{ me { id relationships { id } } }');
    expect(me.me.id).toBe(pim);
    expect(me.me.relationships.map((r) => r.id).sort()).toEqual([sharedList, pendingCare, withHimself].sort());
    expect((await ask<{ household: { id: string } }>('customer', pimAlias, 'query ($id: ID!) { household(id: $id) { id } }', { id: pimHousehold })).household.id).toBe(pimHousehold);

    const accepted = await graphql(api.url, 'mutation ($id: ID!) { acceptRelationship(id: $id) { status } }', { id: withHimself }, await token('customer', pimAlias));
    expect(accepted.errors?.[0]?.extensions?.code).toBe('STATE_CONFLICT');

    const revoked = await ask<{ revokeRelationship: { status: string; revokedBy: string } }>('customer', pimAlias, 'mutation ($id: ID!) { revokeRelationship(id: $id) { status revokedBy } }', { id: sharedList });
    expect(revoked.revokeRelationship).toEqual({ status: 'REVOKED', revokedBy: pim });
    expect(await permissions(pim, odalys)).toEqual([]);
  });

  it('erasing the survivor removes the alias\'s memberships and relationships', async () => {
    const before = await inspect<{ memberships: number; parties: number }>(t.app.graph,
      'MATCH (a:Customer {customerId: $id}) RETURN COUNT { (a)-[:MEMBER_OF]->() } AS memberships, COUNT { (a)-[:PARTY_TO]->() } AS parties', { id: pimAlias });
    expect(before[0]).toEqual({ memberships: 1, parties: 3 });

    const erased = await ask<{ eraseCustomer: { customers: number; scanClean: boolean; modelRetrainQueued: boolean; modelRetrainAt: string | null; scanModelRetrainPending: boolean } }>('privacy_officer', 'dpo', 'mutation ($id: ID!) { eraseCustomer(id: $id, reason: "verified erasure request DSR-2001") { customers scanClean modelRetrainQueued modelRetrainAt scanModelRetrainPending } }', { id: pim });
    expect(erased.eraseCustomer.customers).toBe(2);
    // No matching model holds term-frequency tables here, so there is nothing to retrain.
    expect(erased.eraseCustomer).toMatchObject({ modelRetrainQueued: false, modelRetrainAt: null, scanModelRetrainPending: false });

    const left = await inspect<{ customers: number; relationships: number; memberships: number }>(t.app.graph, `
      RETURN COUNT { MATCH (c:Customer) WHERE c.customerId IN $ids } AS customers,
             COUNT { MATCH (r:Relationship) WHERE r.relationshipId IN $rels } AS relationships,
             COUNT { MATCH (:Household {householdId: $hh})<-[m:MEMBER_OF]-(c:Customer) WHERE c.customerId IN $ids } AS memberships`,
    { ids: [pim, pimAlias], rels: [sharedList, pendingCare, withHimself], hh: pimHousehold });
    expect(left[0]).toEqual({ customers: 0, relationships: 0, memberships: 0 });
    // The partner keeps her own confirmed membership.
    expect((await householdOf(pimHousehold))?.members.edges.map((e) => e.node.customerId)).toEqual([odalys]);
  });
});
