import { ApiServer, startApiServer } from '../src/api/create-api-server';
import { findAuditEntries } from '../src/privacy/audit';
import { readCustomerView } from '../src/privacy/view';
import { customerOfRecord, ingest, washingtonPatientRecords } from './support/privacy-customer';
import { createTestApp, TestApp } from './support/test-app';
import { tokenFor } from './support/tokens';
import { Role } from '../src/auth';

const VIEW_FIELDS = `
  customerId scope purpose policyVersion auditSeq
  explicit { golden { name value masked decidedBy provenance { source signal } }
             attributes { name value masked provenance { recordRef source signal linkConfidence } }
             identifiers { type value masked provenance { source signal } } devices { type deviceId } households { householdId } }
  implicit { golden { name value masked decidedBy provenance { source signal } }
             attributes { name value masked provenance { source signal } }
             identifiers { type value masked provenance { source signal } } devices { type deviceId masked provenance { source signal } } households { householdId } }
  records { recordRef key source linkConfidence method }
  withheld { field count reasons }
`;

interface Value { name?: string; type?: string; value: string; masked: boolean; provenance: { source: string; signal: string } }
interface Section { golden: (Value & { name: string; decidedBy: string })[]; attributes: Value[]; identifiers: Value[]; devices: { type: string; deviceId: string }[] }
interface View { customerId: string; scope: string; auditSeq: number; explicit: Section; implicit: Section; records: { source: string }[]; withheld: { field: string; reasons: string[] }[] }

/** Callers by verified token: apps carry the purposes they read for. */
const CALLERS: Record<string, { role: Role; purposes: string[] }> = {
  'pharmacist-ann': { role: 'app', purposes: ['pharmacy_care'] },
  'crm-job': { role: 'app', purposes: ['email_marketing'] },
  'bi-report': { role: 'analyst', purposes: [] },
  dpo: { role: 'privacy_officer', purposes: [] },
  'preference-center': { role: 'app', purposes: [] },
  web: { role: 'app', purposes: [] },
};
let app: TestApp['app'];

async function post<T>(url: string, query: string, variables: Record<string, unknown>, _role: string, actor: string): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const caller = CALLERS[actor]!;
  const token = await tokenFor(app, caller.role, actor, caller.purposes);
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
}

const allValues = (v: View) => [...v.explicit.attributes, ...v.explicit.identifiers, ...v.implicit.attributes, ...v.implicit.identifiers];

describe('single customer view per scope (real Neo4j)', () => {
  let t: TestApp;
  let api: ApiServer;
  let customerId: string;
  const views = new Map<string, View>();

  beforeAll(async () => {
    t = await createTestApp({ API_PORT: '0' });
    app = t.app;
    api = await startApiServer(t.app);
    await ingest(t.app.graph, washingtonPatientRecords(), 'privacy-1');
    customerId = (await customerOfRecord(t.app.graph, 'pharmacy:RX-440917'))!;
    for (const [scope, actor, role] of [['pharmacy-refill-sms', 'pharmacist-ann', 'pharmacist'], ['email-campaigns', 'crm-job', 'marketing'], ['analytics-aggregate', 'bi-report', 'analyst']] as const) {
      const result = await post<{ customerView: View }>(api.url, `query ($id: ID!, $scope: String!) { customerView(id: $id, scope: $scope) { ${VIEW_FIELDS} } }`, { id: customerId, scope }, role, actor);
      expect(result.errors).toBeUndefined();
      views.set(scope, result.data!.customerView);
    }
  });

  afterAll(async () => {
    await api.stop();
    await t.close();
  });

  it('resolves the three records to one customer through deterministic links', async () => {
    expect(customerId).toMatch(/^cus_/);
    expect(await customerOfRecord(t.app.graph, 'loyalty:LM-440917')).toBe(customerId);
    expect(await customerOfRecord(t.app.graph, 'ecommerce:EC-440917')).toBe(customerId);
  });

  it('pharmacy care: the pharmacy record and contacts, no other system\'s demographics or account ids, no inferences', () => {
    const v = views.get('pharmacy-refill-sms')!;
    const served = allValues(v);
    expect(served.filter((x) => x.provenance.source === 'PHARMACY').map((x) => x.name ?? x.type).sort()).toEqual(['LOYALTY_CARD', 'PHARMACY_PATIENT', 'PHONE', 'POSTAL_ADDRESS', 'dateOfBirth', 'familyName', 'givenName', 'postalCode'].sort());
    // Contacts from deterministically linked records reach the patient; the loyalty record's birth date and card do not.
    expect(served).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'EMAIL', value: 'ysolde.quartermaine@fastmail.com', masked: false })]));
    expect(served.some((x) => x.name === 'dateOfBirth' && x.provenance.source === 'LOYALTY')).toBe(false);
    expect(served.some((x) => x.type === 'LOYALTY_CARD' && x.provenance.source !== 'PHARMACY')).toBe(false);
    expect(served.some((x) => x.provenance.signal === 'INFERRED')).toBe(false);
    expect(v.explicit.golden.find((g) => g.name === 'givenName')).toMatchObject({ value: 'Ysolde', decidedBy: 'SAME_VALUE' });
    expect(v.explicit.golden.find((g) => g.name === 'dateOfBirth')).toMatchObject({ value: '1971-03-14', decidedBy: 'ONLY_CANDIDATE', provenance: { source: 'PHARMACY', signal: 'EXPLICIT' } });
    expect(v.withheld.find((w) => w.field === 'record.resolution')?.reasons).toContain('RULE_DENIES');
  });

  it('email marketing in Washington without health consent: contacts unmasked, nothing from the pharmacy, nothing health', () => {
    const v = views.get('email-campaigns')!;
    const served = allValues(v);
    expect(served.length).toBeGreaterThan(0);
    expect(served.some((x) => x.provenance.source === 'PHARMACY')).toBe(false);
    expect(served.some((x) => x.type === 'PHARMACY_PATIENT')).toBe(false);
    expect([...new Set(served.map((x) => x.provenance.source))].sort()).toEqual(['ECOMMERCE', 'LOYALTY']);
    // Record keys and account ids are identity, which email marketing does not need.
    expect(v.records).toEqual([]);
    expect(served).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'EMAIL', value: 'ysolde.quartermaine@fastmail.com', masked: false }),
      expect.objectContaining({ name: 'givenName', value: 'Ysolde', masked: false }),
    ]));
    // Golden given name: stated the same by loyalty and the (newer) web shop record, which provides the provenance.
    expect(v.explicit.golden.find((g) => g.name === 'givenName')).toMatchObject({ value: 'Ysolde', decidedBy: 'SAME_VALUE', provenance: { source: 'ECOMMERCE', signal: 'EXPLICIT' } });
  });

  it('analytics: identifiers pseudonymised (masked), demographics for aggregates, no pharmacy', () => {
    const v = views.get('analytics-aggregate')!;
    const served = allValues(v);
    expect(served.some((x) => x.provenance.source === 'PHARMACY')).toBe(false);
    const email = served.find((x) => x.type === 'EMAIL')!;
    expect(email).toMatchObject({ masked: true });
    expect(email.value).not.toContain('ysolde');
    expect(served.find((x) => x.name === 'givenName')).toMatchObject({ masked: true, value: 'Y.' });
    expect(served.find((x) => x.name === 'dateOfBirth')).toMatchObject({ masked: false, value: '1971-03-14' });
  });

  it('the three views differ, and explicit and implicit sections never mix signal classes', () => {
    const fingerprints = [...views.values()].map((v) => JSON.stringify(allValues(v).map((x) => [x.name ?? x.type, x.value, x.provenance.source]).sort()));
    expect(new Set(fingerprints).size).toBe(3);
    for (const v of views.values()) {
      expect([...v.explicit.attributes, ...v.explicit.identifiers, ...v.explicit.golden].every((x) => x.provenance.signal === 'EXPLICIT')).toBe(true);
      expect([...v.implicit.attributes, ...v.implicit.identifiers, ...v.implicit.golden].every((x) => x.provenance.signal !== 'EXPLICIT')).toBe(true);
    }
  });

  it('the audit log shows the three reads with actor, role, purpose, scope, fields and reasons, and answers who read health data', async () => {
    const result = await post<{ auditTrail: { seq: number; actor: string; role: string; purpose: string; scope: string; fields: string[]; categories: string[]; reasons: string[] }[] }>(
      api.url, 'query ($id: ID!) { auditTrail(customerId: $id) { seq actor role purpose scope fields categories reasons } }', { id: customerId }, 'privacy_officer', 'dpo',
    );
    expect(result.errors).toBeUndefined();
    const reads = result.data!.auditTrail;
    expect(reads.map((r) => r.scope)).toEqual(['analytics-aggregate', 'email-campaigns', 'pharmacy-refill-sms']);
    expect(reads.map((r) => r.seq)).toEqual([...views.values()].map((v) => v.auditSeq).reverse());
    const pharmacy = reads.find((r) => r.scope === 'pharmacy-refill-sms')!;
    expect(pharmacy).toMatchObject({ actor: 'api:pharmacist-ann', role: 'app', purpose: 'pharmacy_care' });
    expect(pharmacy.fields).toEqual(expect.arrayContaining(['attribute.givenName', 'identifier.pharmacy_patient']));
    expect(pharmacy.reasons.some((r) => r.startsWith('served identifier.pharmacy_patient [source pharmacy, EXPLICIT]: ') && r.includes('PHARMACY-CARE-RECORDS'))).toBe(true);
    expect(reads.find((r) => r.scope === 'analytics-aggregate')!.fields).toContain('identifier.email (masked)');
    // No value of the customer's data is in the log.
    expect(JSON.stringify(reads)).not.toMatch(/ysolde|quartermaine|1971-03-14|RX-440917|2065550187/i);

    const health = await findAuditEntries(t.app.graph, { customerIds: [customerId], category: 'health' }, 'dpo');
    expect(health.map((e) => [e.actor, e.purpose, e.scope])).toEqual([['api:pharmacist-ann', 'pharmacy_care', 'pharmacy-refill-sms']]);
  });

  it('refuses the audit trail to a caller without the privacy officer role, and an unknown scope by name', async () => {
    const denied = await post(api.url, 'query ($id: ID!) { auditTrail(customerId: $id) { seq } }', { id: customerId }, 'marketing', 'crm-job');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await post(api.url, 'query ($id: ID!) { customerView(id: $id, scope: "everything") { customerId } }', { id: customerId }, 'marketing', 'crm-job');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNKNOWN_SCOPE');
    expect(unknown.errors?.[0]?.message).toMatch(/^scope: "everything" is not a scope/);
  });

  it('a revoked consent changes the very next read; a new grant restores it', async () => {
    const reader = { graph: t.app.graph, policy: t.app.privacy.policy, survivorship: t.app.privacy.survivorship };
    const request = { customerId, scope: 'email-campaigns', actor: 'crm-job', role: 'marketing' };
    const setConsent = (status: string) => post<{ setConsent: { consentId: string; status: string } }>(api.url,
      'mutation ($input: ConsentInput!) { setConsent(input: $input) { consentId status } }',
      { input: { customerId, purpose: 'email_marketing', channel: 'email', status, source: 'preference_center', evidenceKind: 'web_form', evidenceReference: `pc-form-v3/${status}` } }, 'service', 'preference-center');
    const emails = async () => {
      const v = (await readCustomerView(reader, request))!;
      return { served: [...v.explicit.identifiers, ...v.implicit.identifiers].filter((i) => i.type === 'email').length, withheld: v.withheld.find((w) => w.field === 'identifier.email')?.reasons ?? [] };
    };
    expect((await setConsent('GRANTED')).data?.setConsent.status).toBe('GRANTED');
    expect((await emails()).served).toBeGreaterThan(0);
    expect((await setConsent('REVOKED')).errors).toBeUndefined();
    expect(await emails()).toEqual({ served: 0, withheld: ['OPTED_OUT'] });
    await setConsent('GRANTED');
    expect((await emails()).served).toBeGreaterThan(0);
    const history = await post<{ consents: { consents: { status: string }[] } }>(api.url, 'query ($id: ID!) { consents(customerId: $id) { consents { status } } }', { id: customerId }, 'service', 'preference-center');
    expect(history.data?.consents.consents.map((c) => c.status)).toEqual(['GRANTED', 'REVOKED', 'GRANTED']);
  });

  it('the operational profile serves an app only the records its purposes reach: no pharmacy record for a till', async () => {
    const query = 'query ($id: ID!) { customer(id: $id) { records { source links { otherRecordKey } } identifiers { type } } }';
    type Served = { customer: { records: { source: string; links: { otherRecordKey: string }[] }[]; identifiers: { type: string }[] } };
    const read = async (role: Role, subject: string, purposes: string[]) => {
      const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(app, role, subject, purposes)}` }, body: JSON.stringify({ query, variables: { id: customerId } }) });
      const body = (await response.json()) as { data?: Served; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      return body.data!.customer;
    };
    const till = await read('app', 'pos-till', ['service_fulfilment']);
    expect(till.records.map((r) => r.source).sort()).toEqual(['ECOMMERCE', 'LOYALTY']);
    expect(till.records.flatMap((r) => r.links.map((l) => l.otherRecordKey)).some((k) => k.startsWith('pharmacy:'))).toBe(false);
    expect(till.identifiers.map((i) => i.type)).not.toContain('PHARMACY_PATIENT');
    const pharmacy = await read('app', 'pharmacy-counter', ['service_fulfilment', 'pharmacy_care']);
    expect(pharmacy.records.map((r) => r.source).sort()).toEqual(['ECOMMERCE', 'LOYALTY', 'PHARMACY']);
    const herself = await read('customer', customerId, []);
    expect(herself.records.map((r) => r.source).sort()).toEqual(['ECOMMERCE', 'LOYALTY', 'PHARMACY']);
    // Nor can the till find her through what only the pharmacy holds: her patient id names no one to it.
    const byPatientId = async (purposes: string[]) => {
      const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(app, 'app', 'lookup', purposes)}` },
        body: JSON.stringify({ query: '{ customer(identifier: { type: PHARMACY_PATIENT, value: "RX-440917" }) { id } customersByIdentifier(type: PHARMACY_PATIENT, value: "RX-440917") { id } }' }) });
      return ((await response.json()) as { data: { customer: { id: string } | null; customersByIdentifier: { id: string }[] } }).data;
    };
    expect(await byPatientId(['service_fulfilment'])).toEqual({ customer: null, customersByIdentifier: [] });
    expect(await byPatientId(['service_fulfilment', 'pharmacy_care'])).toEqual({ customer: { id: customerId }, customersByIdentifier: [{ id: customerId }] });
  });

  it('GPC stops the audience export on the next read', async () => {
    const reader = { graph: t.app.graph, policy: t.app.privacy.policy, survivorship: t.app.privacy.survivorship };
    const request = { customerId, scope: 'audience-export', actor: 'ads-job', role: 'marketing' };
    const before = (await readCustomerView(reader, request))!;
    expect(before.explicit.identifiers.length + before.explicit.attributes.length).toBeGreaterThan(0);
    const gpc = await post(api.url, 'mutation ($id: ID!) { recordOptOutSignal(customerId: $id, kind: "GPC", source: "browser_signal") { signalId kind } }', { id: customerId }, 'service', 'web');
    expect(gpc.errors).toBeUndefined();
    const after = (await readCustomerView(reader, request))!;
    expect([...after.explicit.identifiers, ...after.explicit.attributes, ...after.implicit.identifiers, ...after.implicit.attributes]).toEqual([]);
    expect(after.withheld.flatMap((w) => w.reasons)).toContain('OPT_OUT_SIGNAL');
  });
});
