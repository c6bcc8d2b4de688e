import { ApiServer, startApiServer } from '../src/api/create-api-server';
import { listConsents } from '../src/privacy/store';
import { graphql } from './support/graphql-client';
import { customerOfRecord, ingest, washingtonPatientRecords } from './support/privacy-customer';
import { createTestApp, TestApp } from './support/test-app';
import { tokenFor } from './support/tokens';

/** The browser's Sec-GPC header, sent by a customer's own client, through the running server over HTTP. */
describe('Global Privacy Control header (real HTTP, Neo4j and Redis)', () => {
  let t: TestApp;
  let api: ApiServer;
  let customerId: string;

  const send = async (token: string, query: string, variables: Record<string, unknown> = {}, gpc?: string) => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(gpc === undefined ? {} : { 'sec-gpc': gpc }) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: Record<string, unknown> }[] }) };
  };
  const standingGpc = async () => (await listConsents(t.app.graph, customerId, { actor: 'test' }))!.signals.filter((s) => s.kind === 'GPC' && s.withdrawnAt === null);
  const audienceExportWithheld = async () => {
    const ads = await tokenFor(t.app, 'app', 'ads-job', ['targeted_advertising']);
    const read = await graphql<{ customer: { view: { withheld: { reasons: string[] }[] } } }>(api.url, 'query ($id: ID!) { customer(id: $id, scope: "audience-export") { view { withheld { reasons } } } }', { id: customerId }, ads);
    expect(read.errors).toBeUndefined();
    return read.data!.customer.view.withheld.flatMap((w) => w.reasons).includes('OPT_OUT_SIGNAL');
  };

  beforeAll(async () => {
    t = await createTestApp({ API_PORT: '0' });
    api = await startApiServer(t.app);
    await ingest(t.app.graph, washingtonPatientRecords(), 'gpc-1');
    customerId = (await customerOfRecord(t.app.graph, 'pharmacy:RX-440917'))!;
  });

  afterAll(async () => {
    await api?.stop();
    await t?.close();
  });

  it('a customer\'s request with Sec-GPC: 1 records one standing GPC opt-out before it is served; repeats write nothing', async () => {
    const own = await tokenFor(t.app, 'customer', customerId);
    expect(await audienceExportWithheld()).toBe(false);
    const first = await send(own, '{ me { id } }', {}, '1');
    expect(first.status).toBe(200);
    expect(first.data).toEqual({ me: { id: customerId } });
    expect(await standingGpc()).toHaveLength(1);
    expect((await standingGpc())[0]).toMatchObject({ source: 'browser_signal' });
    expect(await audienceExportWithheld()).toBe(true);
    for (let i = 0; i < 3; i += 1) await send(own, '{ me { id } }', {}, '1');
    expect(await standingGpc()).toHaveLength(1);
    // Another replica (its own memory of whom it recorded) finds the standing signal in the graph: still one.
    const replica = await startApiServer(t.app);
    try {
      const again = await fetch(replica.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${own}`, 'sec-gpc': '1' }, body: JSON.stringify({ query: '{ me { id } }' }) });
      expect(again.status).toBe(200);
    } finally {
      await replica.stop();
    }
    expect(await standingGpc()).toHaveLength(1);
  });

  it('other roles\' headers, a customer without the header, or a header other than 1 record nothing', async () => {
    await t.app.graph.runAutoCommit("MATCH (:Customer)-[:SENT_SIGNAL]->(s:OptOutSignal) DETACH DELETE s");
    await send(await tokenFor(t.app, 'app', 'web-bff', ['service_fulfilment']), 'query ($id: ID!) { customer(id: $id) { id } }', { id: customerId }, '1');
    await send(await tokenFor(t.app, 'customer', customerId), '{ me { id } }');
    await send(await tokenFor(t.app, 'customer', customerId, [], '9m'), '{ me { id } }', {}, '0');
    expect(await standingGpc()).toEqual([]);
    expect(await audienceExportWithheld()).toBe(false);
  });
});
