import { Scope } from '../policy/scope-schema';
import { consent, signal } from '../testing/consent-fixtures';
import { AT, POLICY } from '../testing/decide-helpers';
import { address, customerProfile, sourceRecord } from '../testing/profile-builders';
import { filterView } from './filter-view';

const scope = (id: string): Scope => {
  const found = POLICY.scopes.get(id);
  if (found === undefined) throw new Error(`no scope ${id}`);
  return found;
};

// Maria: a loyalty member in California who fills prescriptions at our pharmacy, browses the web site (a
// probabilistic link) and is in the CRM, whose vendor inferred a gender.
const maria = customerProfile(
  'C-1',
  [
    sourceRecord({
      source: 'loyalty', sourceId: 'LM-100200',
      attributes: [['givenName', 'Maria', 'EXPLICIT'], ['dateOfBirth', '1980-03-05', 'EXPLICIT']],
      identifiers: [
        ['email', 'maria.lopez@example.com', 'EXPLICIT'], ['phone', '+13125550143', 'EXPLICIT'], ['loyalty_card', '400012345678', 'EXPLICIT'],
        ['postal_address', '12 MAIN ST||SPRINGFIELD|CA|90001', 'EXPLICIT', address('CA')],
      ],
      links: [['pharmacy:RX-998877', 1], ['web:W-5551212', 0.92]],
    }),
    sourceRecord({
      source: 'pharmacy', sourceId: 'RX-998877',
      attributes: [['givenName', 'Maria', 'EXPLICIT'], ['dateOfBirth', '1980-03-05', 'EXPLICIT']],
      identifiers: [['phone', '+13125550199', 'EXPLICIT'], ['pharmacy_patient', 'RX-998877', 'EXPLICIT']],
    }),
    sourceRecord({ source: 'web', sourceId: 'W-5551212', confidence: 0.92, identifiers: [['email', 'mlopez80@example.net', 'EXPLICIT']], devices: [['web_cookie', 'ck-abcdef123456']] }),
    sourceRecord({ source: 'crm', sourceId: 'CRM-4242', attributes: [['gender', 'F', 'INFERRED']], identifiers: [['crm_id', 'CRM-4242-XYZ', 'EXPLICIT']] }),
  ],
  { aliases: ['C-0'], households: [{ householdId: 'H-77-LOPEZ', status: 'ACTIVE', confidence: 0.8, signal: 'INFERRED' }] },
);
const VALUES = ['Maria', '1980-03-05', 'maria.lopez@example.com', '+13125550143', '400012345678', '12 MAIN ST', '+13125550199', 'RX-998877', 'mlopez80@example.net', 'ck-abcdef123456', 'CRM-4242', 'H-77-LOPEZ', 'LM-100200', 'W-5551212'];
const none = { consents: [], signals: [], at: AT };

describe('filterView', () => {
  it('serves pharmacy care the pharmacy record and deterministically linked contacts, nothing inferred', () => {
    const { view, jurisdictions } = filterView(POLICY, maria, scope('pharmacy-refill-sms'), none);
    expect(jurisdictions).toEqual(['CA']);
    expect(view.explicit.identifiers.map((i) => [i.provenance.recordRef, i.type, i.value])).toEqual([
      ['r0', 'email', 'maria.lopez@example.com'],
      ['r0', 'phone', '+13125550143'],
      ['r0', 'postal_address', '12 MAIN ST||SPRINGFIELD|CA|90001'],
      ['r1', 'phone', '+13125550199'],
      ['r1', 'pharmacy_patient', 'RX-998877'],
    ]);
    // The pharmacy's birth date is its record; the loyalty birth date is not needed for treatment.
    expect(view.explicit.attributes.map((a) => [a.provenance.recordRef, a.name])).toEqual([['r0', 'givenName'], ['r1', 'givenName'], ['r1', 'dateOfBirth']]);
    expect(view.inferred).toEqual({ attributes: [], identifiers: [], devices: [], households: [] });
    expect(view.observed.devices).toEqual([]);
    // Only the pharmacy's own record is served as a record, without resolution and links (inferences).
    expect(view.records.map((r) => [r.key, r.resolution, r.links])).toEqual([['pharmacy:RX-998877', null, []]]);
  });

  it('keeps pharmacy records and weak links out of email campaigns, and an unsubscribe applies to the next read', () => {
    const before = filterView(POLICY, maria, scope('email-campaigns'), none).view;
    expect(before.explicit.identifiers.map((i) => [i.provenance.source, i.type])).toEqual([['loyalty', 'email'], ['loyalty', 'phone'], ['loyalty', 'postal_address']]);
    expect(JSON.stringify(before)).not.toMatch(/RX-998877|\+13125550199|mlopez80/);

    const unsubscribed = [consent({ customerId: 'C-1', purpose: 'email_marketing', channel: 'email', status: 'REVOKED', source: 'email_link', capturedAt: '2025-06-01T11:59:00Z' })];
    const after = filterView(POLICY, maria, scope('email-campaigns'), { ...none, consents: unsubscribed }).view;
    expect(after.explicit).toEqual({ attributes: [], identifiers: [], devices: [], households: [] });
  });

  it('masks contact details for personalization and keeps explicit, observed and inferred values apart', () => {
    const { view } = filterView(POLICY, maria, scope('onsite-personalization'), none);
    expect(view.explicit.identifiers.filter((i) => i.type === 'email' || i.type === 'phone').map((i) => [i.value, i.masked])).toEqual([
      ['m***@example.com', true], ['***-***-0143', true], ['m***@example.net', true],
    ]);
    expect(view.explicit.attributes.map((a) => [a.name, a.value])).toEqual([['givenName', 'M.'], ['dateOfBirth', '1980-03-05']]);
    expect(view.observed.devices.map((d) => [d.type, d.deviceId, d.provenance.signal])).toEqual([['web_cookie', 'ck-abcdef123456', 'OBSERVED']]);
    expect(view.inferred.attributes.map((a) => [a.name, a.value, a.provenance.signal])).toEqual([['gender', 'F', 'INFERRED']]);
    // No HIPAA authorization: nothing from the pharmacy record.
    expect(JSON.stringify(view)).not.toContain('RX-998877');
  });

  it('honours consents and opt-out signals recorded under a merged alias, and ignores other customers', () => {
    const gpcOnAlias = filterView(POLICY, maria, scope('audience-export'), { ...none, signals: [signal('GPC', '2025-01-01T00:00:00Z', null, 'C-0')] });
    expect(gpcOnAlias.view.explicit.identifiers).toEqual([]);
    const gpcOnSomeoneElse = filterView(POLICY, maria, scope('audience-export'), { ...none, signals: [signal('GPC', '2025-01-01T00:00:00Z', null, 'C-9')] });
    expect(gpcOnSomeoneElse.view.explicit.identifiers.length).toBeGreaterThan(0);
  });

  it('masks record keys and account ids for analytics and serves links only between served records', () => {
    const { view } = filterView(POLICY, maria, scope('analytics-aggregate'), none);
    expect(view.records.map((r) => [r.key, r.sourceId, r.masked])).toEqual([
      ['loyalty:***0200', '***0200', true], ['web:***1212', '***1212', true], ['crm:***', '***', true], // 8 characters: too short to keep a part of
    ]);
    expect(view.records[0]?.links.map((l) => l.otherRecordKey)).toEqual(['web:***1212']);
    expect(view.inferred.households.map((h) => h.householdId)).toEqual(['H-77-LOPEZ']);
  });

  it('logs one decision per value of the profile, with field names and reasons but no value', () => {
    const { view, decisions } = filterView(POLICY, maria, scope('email-campaigns'), none);
    // 4 records, 5 attributes, 8 identifiers, 1 device, 4 resolutions, 2 links, 1 household, the customer, 1 alias.
    expect(decisions).toHaveLength(4 + 5 + 8 + 1 + 4 + 2 + 1 + 1 + 1);
    expect(decisions.find((d) => d.path === 'records[1].identifiers[1]')).toMatchObject({
      field: 'identifier.pharmacy_patient', source: 'pharmacy', categories: ['identity', 'health'], allowed: false, reasons: [{ code: 'SOURCE_NOT_IN_SCOPE' }],
    });
    expect(decisions.find((d) => d.path === 'records[2].identifiers[0]')?.reasons[0]?.code).toBe('LINK_CONFIDENCE_BELOW_SCOPE');
    const log = JSON.stringify(decisions);
    for (const value of VALUES) expect(log).not.toContain(value);
    expect(JSON.stringify(view)).not.toContain('jurisdiction');
  });

  it('derives the jurisdiction from every address state unless the caller gives one', () => {
    const twoStates = customerProfile('C-2', [
      sourceRecord({ source: 'loyalty', sourceId: 'LM-1', identifiers: [['postal_address', 'A', 'EXPLICIT', address('CA')]], attributes: [['healthPurchases', 'otc-allergy', 'OBSERVED']] }),
      sourceRecord({ source: 'ecommerce', sourceId: 'E-1', identifiers: [['postal_address', 'B', 'EXPLICIT', address('VA', '22030')]] }),
    ]);
    const result = filterView(POLICY, twoStates, scope('onsite-personalization'), none);
    expect(result.jurisdictions).toEqual(['CA', 'VA']);
    expect(result.view.observed.attributes).toEqual([]);
    expect(filterView(POLICY, twoStates, scope('onsite-personalization'), { ...none, jurisdiction: 'CA' }).view.observed.attributes.map((a) => a.name)).toEqual(['healthPurchases']);
  });
});
