import { ApiServer, startApiServer } from '../src/api/create-api-server';
import { waitForJobs } from '../src/ingestion';
import { graphql } from './support/graphql-client';
import { rowsOf } from './support/records';
import { createTestApp, TestApp } from './support/test-app';
import { tokenFor } from './support/tokens';

const CUSTOMER_FIELDS = `
  id status aliases
  records {
    key source sourceId banner
    resolution { confidence method signal }
    attributes { name value provenance { source sourceId signal observedAt } }
    identifiers { type value verified provenance { source signal observedAt } }
    devices { type deviceId shared provenance { source signal } }
  }
  identifiers { type value provenance { source signal } }
  explicitAttributes { name value provenance { source signal } }
  implicitAttributes { name value provenance { source signal } }
  households { householdId status }
`;

describe('GraphQL customer slice over HTTP (real Neo4j and Redis)', () => {
  let t: TestApp;
  let api: ApiServer;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp({ API_PORT: '0' });
    t.startWorker();
    api = await startApiServer(t.app);
    token = await tokenFor(t.app, 'app', 'store-app', ['service_fulfilment']);
    const loyalty = await t.app.producer.ingest(
      rowsOf('loyalty', [{ memberId: 'LM-100', cardNumber: '555000111222', firstName: 'Peggy', lastName: 'Olson', email: 'peggy.olson@gmail.com', emailVerified: true, phone: '(212) 555-0101', dateOfBirth: '1960-09-05', addressLine1: '10 Madison Avenue', addressLine2: 'Apt 5', city: 'New York', state: 'NY', zip: '10010', banner: 'FreshWay', updatedAt: '2024-01-01T00:00:00Z' }]),
      { via: 'api' },
    );
    const pos = await t.app.producer.ingest(
      rowsOf('pos', [{ posCustomerId: 'POS-100', nameOnCard: 'MARGARET OLSON', cardToken: 'tok_1234567890abcdef', loyaltyCard: '555000111222', updatedAt: '2024-02-01T00:00:00Z' }]),
      { via: 'api' },
    );
    const ecommerce = await t.app.producer.ingest(
      rowsOf('ecommerce', [{ accountId: 'EC-100', email: 'Peggy.Olson+shop@gmail.com', emailVerified: true, firstName: 'Peggy', lastName: 'Olson', loyaltyCard: '5550-0011-1222', cookieIds: ['ck-peggy-0001'], updatedAt: '2024-03-01T00:00:00Z' }]),
      { via: 'api' },
    );
    await waitForJobs(t.app.ingestQueue, [...loyalty.jobIds, ...pos.jobIds, ...ecommerce.jobIds]);
  });

  afterAll(async () => {
    await api.stop();
    await t.close();
  });

  it('finds a customer by any formatting of an identifier and returns records from several sources with provenance', async () => {
    const result = await graphql<{ customerByIdentifier: { id: string; records: { source: string; attributes: { provenance: { signal: string } }[] }[]; explicitAttributes: unknown[]; implicitAttributes: unknown[] } }>(
      api.url,
      `query ($value: String!) { customerByIdentifier(type: LOYALTY_CARD, value: $value) { ${CUSTOMER_FIELDS} } }`,
      { value: '5550 0011 1222' },
      token,
    );
    expect(result.errors).toBeUndefined();
    const customer = result.data!.customerByIdentifier;
    expect(customer.records.map((r) => r.source).sort()).toEqual(['ECOMMERCE', 'LOYALTY']);
    expect(customer.explicitAttributes).toEqual(expect.arrayContaining([{ name: 'givenName', value: 'Peggy', provenance: { source: 'LOYALTY', signal: 'EXPLICIT' } }]));
    expect(customer.implicitAttributes).toEqual([]);
  });

  it('reads the same customer by id and by a differently formatted email', async () => {
    const byEmail = await graphql<{ customerByIdentifier: { id: string } }>(api.url, `{ customerByIdentifier(type: EMAIL, value: "PEGGYOLSON@googlemail.com") { id } }`, {}, token);
    const byId = await graphql<{ customer: { id: string; records: { key: string }[] } }>(api.url, `query ($id: ID!) { customer(id: $id) { id records { key } } }`, { id: byEmail.data!.customerByIdentifier.id }, token);
    expect(byId.data!.customer.id).toBe(byEmail.data!.customerByIdentifier.id);
    expect(byId.data!.customer.records.map((r) => r.key).sort()).toEqual(['ecommerce:EC-100', 'loyalty:LM-100']);
  });

  it('keeps observed data apart: the till record is OBSERVED and, holding the card only by sight, stands alone', async () => {
    const result = await graphql<{ customersByIdentifier: { implicitAttributes: { name: string; provenance: { signal: string; source: string } }[]; explicitAttributes: unknown[] }[] }>(
      api.url,
      `{ customersByIdentifier(type: PAYMENT_TOKEN, value: "tok_1234567890abcdef") { ${CUSTOMER_FIELDS} } }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    const [till] = result.data!.customersByIdentifier;
    expect(till!.explicitAttributes).toEqual([]);
    expect(till!.implicitAttributes.map((a) => [a.name, a.provenance.signal, a.provenance.source])).toEqual([
      ['givenName', 'OBSERVED', 'POS'],
      ['familyName', 'OBSERVED', 'POS'],
    ]);
  });

  it('returns null for an unknown id and a coded error for a malformed identifier', async () => {
    expect((await graphql(api.url, `{ customer(id: "cus_nobody") { id } }`, {}, token)).data).toEqual({ customer: null });
    const bad = await graphql(api.url, `{ customerByIdentifier(type: PHONE, value: "call me maybe") { id } }`, {}, token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'value', code: 'INVALID_PHONE' }] });
  });

  it('ingests through the mutation: valid records queued, invalid ones rejected with field-level reasons', async () => {
    const result = await graphql<{ ingestRecords: { received: number; accepted: number; rejected: number; rejections: { index: number; issues: { field: string; code: string }[] }[] } }>(
      api.url,
      `mutation ($records: [JSONObject!]!) { ingestRecords(source: CRM, records: $records) { received accepted rejected rejections { index deadLetterId issues { field code message } } } }`,
      { records: [
        { crmId: 'CRM-100', email: 'peggy.olson@gmail.com', emailVerified: true, firstName: 'Peggy', updatedAt: '2024-04-01' },
        { crmId: 'CRM-101', email: 'not an email', updatedAt: '2024-04-01', favouriteColour: 'red' },
      ] },
      token,
    );
    expect(result.errors).toBeUndefined();
    const outcome = result.data!.ingestRecords;
    expect(outcome).toMatchObject({ received: 2, accepted: 1, rejected: 1 });
    expect(outcome.rejections[0]!.index).toBe(1);
    expect(outcome.rejections[0]!.issues.map((i) => [i.field, i.code]).sort()).toEqual([
      ['email', 'INVALID_EMAIL'],
      ['favouriteColour', 'UNKNOWN_FIELD'],
    ]);
    expect(await t.app.deadLetters.count()).toBe(1);
  });
});
