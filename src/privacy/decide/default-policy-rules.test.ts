import { consent, signal } from '../testing/consent-fixtures';
import { attribute, codesIn, decide, device, identifier, POLICY, ruleIdsIn } from '../testing/decide-helpers';

// One explicit test per rule of config/policy/default-policy.json, named after the rule id.
const T0 = '2025-01-01T00:00:00Z';
const grant = (purpose: string, categories: string[] = [], extra: { channel?: 'any' | 'email' | 'sms' | 'web'; expiresAt?: string | null } = {}) =>
  consent({ purpose, status: 'GRANTED', capturedAt: T0, categories, ...extra });
const revoke = (purpose: string, categories: string[] = [], channel: 'any' | 'email' | 'sms' = 'any') =>
  consent({ purpose, status: 'REVOKED', capturedAt: '2025-03-01T00:00:00Z', categories, channel });
const OPT_IN_STATES = ['CO', 'VA', 'CT', 'TX', 'OR'];
const ALL = ['CA', 'WA', 'CO', 'VA', 'CT', 'TX', 'OR', 'NY'];

const ruleTests: Record<string, () => void> = {
  'SERVICE-FULFILMENT': () => {
    const d = decide(attribute('healthPurchases'), 'service_fulfilment', 'WA');
    expect(d).toMatchObject({ allowed: true, decision: 'ALLOW', obligations: { retentionDays: 365 } });
    expect(ruleIdsIn(d)).toEqual(['SERVICE-FULFILMENT']);
    expect(decide(attribute('fuelStationVisits'), 'service_fulfilment', 'CA', { signals: [signal('LIMIT_SENSITIVE_PI', T0)] }).allowed).toBe(true);
    // Inferred profiles are not needed to serve anyone.
    expect(codesIn(decide(attribute('segments', 'crm', 'INFERRED'), 'service_fulfilment', 'CA'))).toContain('NO_APPROVING_RULE');
  },

  'FRAUD-PREVENTION': () => {
    const optedOut = { signals: [signal('GPC', T0), signal('LIMIT_SENSITIVE_PI', T0)], consents: [revoke('personalization')] };
    expect(decide(attribute('fuelStationVisits', 'fuel'), 'fraud_prevention', 'CA', optedOut)).toMatchObject({ allowed: true, obligations: { retentionDays: 730 } });
    expect(decide(identifier('payment_token', 'pos', 'OBSERVED'), 'fraud_prevention', 'VA').allowed).toBe(true);
    expect(codesIn(decide(attribute('healthPurchases'), 'fraud_prevention', 'CA'))).toContain('NO_APPROVING_RULE');
  },

  'PHARMACY-CARE-CONTACT': () => {
    const loyaltyPhone = identifier('phone', 'loyalty');
    expect(decide(loyaltyPhone, 'pharmacy_care', 'TX', { scope: { channel: 'sms' } })).toMatchObject({ allowed: true, decision: 'ALLOW_UNLESS_OPTED_OUT' });
    const stop = [revoke('pharmacy_care', [], 'sms')];
    expect(codesIn(decide(loyaltyPhone, 'pharmacy_care', 'TX', { consents: stop, scope: { channel: 'sms' } }))).toContain('OPTED_OUT');
    expect(decide(identifier('email', 'loyalty'), 'pharmacy_care', 'TX', { consents: stop, scope: { channel: 'email' } }).allowed).toBe(true);
    // Another system's account id is not needed to reach the patient.
    expect(codesIn(decide(identifier('loyalty_card', 'loyalty'), 'pharmacy_care', 'TX', { scope: { channel: 'sms' } }))).toContain('NO_APPROVING_RULE');
    // Marketing opt-outs do not stop treatment messages.
    expect(decide(loyaltyPhone, 'pharmacy_care', 'CA', { consents: [revoke('email_marketing')], signals: [signal('GPC', T0)], scope: { channel: 'sms' } }).allowed).toBe(true);
  },

  'PHARMACY-CARE-RECORDS': () => {
    const pharmacyBirthDate = attribute('dateOfBirth', 'pharmacy');
    expect(pharmacyBirthDate.categories).toEqual(['demographic', 'health']);
    const d = decide(pharmacyBirthDate, 'pharmacy_care', 'WA');
    expect(d.allowed).toBe(true);
    expect(ruleIdsIn(d)).toEqual(['PHARMACY-CARE-RECORDS']);
    expect(decide(identifier('pharmacy_patient', 'pharmacy'), 'pharmacy_care', 'WA').allowed).toBe(true);
    expect(codesIn(decide(pharmacyBirthDate, 'pharmacy_care', 'WA', { consents: [revoke('pharmacy_care')] }))).toContain('OPTED_OUT');
    // Health from other sources, and a birth date from another source, are not the pharmacy's records.
    expect(decide(attribute('healthPurchases', 'loyalty'), 'pharmacy_care', 'WA').allowed).toBe(false);
    expect(decide(attribute('dateOfBirth', 'crm'), 'pharmacy_care', 'WA').allowed).toBe(false);
  },

  'PERSONALIZATION-FIRST-PARTY': () => {
    const d = decide(attribute('purchaseHistory', 'pos', 'OBSERVED'), 'personalization', 'VA');
    expect(d).toMatchObject({ allowed: true, decision: 'ALLOW_UNLESS_OPTED_OUT', obligations: { mask: false, retentionDays: 30 } });
    expect(decide(device('mobile_app'), 'personalization', 'VA').allowed).toBe(true);
    expect(codesIn(decide(attribute('purchaseHistory', 'pos', 'OBSERVED'), 'personalization', 'VA', { consents: [revoke('personalization')] }))).toContain('OPTED_OUT');
  },

  'PERSONALIZATION-CONTACT-MASKED': () => {
    const d = decide(identifier('email'), 'personalization', 'NY');
    expect(d).toMatchObject({ allowed: true, obligations: { mask: true } });
    expect(ruleIdsIn(d)).toEqual(['PERSONALIZATION-CONTACT-MASKED']);
    expect(decide(identifier('email'), 'personalization', 'NY', { consents: [revoke('personalization')] }).allowed).toBe(false);
  },

  'EMAIL-MARKETING': () => {
    const email = identifier('email', 'crm');
    expect(decide(email, 'email_marketing', 'CO', { scope: { channel: 'email' } })).toMatchObject({ allowed: true, decision: 'ALLOW_UNLESS_OPTED_OUT' });
    expect(decide(attribute('segments', 'crm', 'INFERRED'), 'email_marketing', 'NY', { scope: { channel: 'email' } }).allowed).toBe(true);
    const unsubscribed = [revoke('email_marketing', [], 'email')];
    expect(codesIn(decide(email, 'email_marketing', 'CO', { consents: unsubscribed, scope: { channel: 'email' } }))).toContain('OPTED_OUT');
    // Device ids and account ids are not needed to send email.
    expect(decide(device('web_cookie'), 'email_marketing', 'CO', { scope: { channel: 'email' } }).allowed).toBe(false);
    expect(decide(identifier('loyalty_card'), 'email_marketing', 'CO', { scope: { channel: 'email' } }).allowed).toBe(false);
  },

  'TARGETED-ADVERTISING': () => {
    const d = decide(device('web_cookie'), 'targeted_advertising', 'VA');
    expect(d.allowed).toBe(true);
    expect(ruleIdsIn(d)).toEqual(['AD-OPT-OUTS', 'TARGETED-ADVERTISING']);
    // A category only a restrict rule mentions is not approved: households stay out of ad audiences.
    const household = { categories: ['household'], signal: 'INFERRED' as const, source: null, linkConfidence: 1 };
    const h = decide(household, 'targeted_advertising', 'VA');
    expect(h.allowed).toBe(false);
    expect(codesIn(h)).toContain('NO_APPROVING_RULE');
  },

  ANALYTICS: () => {
    const household = { categories: ['household'], signal: 'INFERRED' as const, source: null, linkConfidence: 0.9 };
    expect(decide(household, 'analytics', 'CT')).toMatchObject({ allowed: true, decision: 'ALLOW', obligations: { mask: false, retentionDays: 395 } });
    expect(decide(attribute('purchaseHistory', 'pos'), 'analytics', 'CT').allowed).toBe(true);
  },

  'ANALYTICS-PSEUDONYMISED-IDENTIFIERS': () => {
    for (const facts of [identifier('email'), identifier('loyalty_card'), device('web_cookie')]) {
      expect(decide(facts, 'analytics', 'OR')).toMatchObject({ allowed: true, obligations: { mask: true } });
    }
  },

  'CA-SENSITIVE-LIMIT': () => {
    const health = attribute('healthPurchases', 'loyalty', 'OBSERVED');
    const d = decide(health, 'personalization', 'CA');
    expect(d).toMatchObject({ allowed: true, decision: 'ALLOW_UNLESS_OPTED_OUT' });
    expect(ruleIdsIn(d)).toEqual(['CA-SENSITIVE-LIMIT', 'PERSONALIZATION-FIRST-PARTY']);
    expect(codesIn(decide(health, 'personalization', 'CA', { signals: [signal('LIMIT_SENSITIVE_PI', T0)] }))).toContain('OPT_OUT_SIGNAL');
    // A refusal about health alone is honoured; the rest of personalization goes on.
    const noHealth = [revoke('personalization', ['health'])];
    expect(decide(health, 'personalization', 'CA', { consents: noHealth }).allowed).toBe(false);
    expect(decide(attribute('purchaseHistory'), 'personalization', 'CA', { consents: noHealth }).allowed).toBe(true);
    expect(decide(attribute('fuelStationVisits', 'fuel'), 'email_marketing', 'CA', { signals: [signal('LIMIT_SENSITIVE_PI', T0)] }).allowed).toBe(false);
  },

  'CA-SENSITIVE-ANALYTICS-AGGREGATE': () => {
    const location = attribute('fuelStationVisits', 'fuel', 'OBSERVED');
    expect(decide(location, 'analytics', 'CA', { scope: { aggregate: true } })).toMatchObject({ allowed: true, obligations: { aggregateOnly: true } });
    expect(codesIn(decide(location, 'analytics', 'CA'))).toContain('AGGREGATE_ONLY');
    expect(decide(location, 'analytics', 'CA', { scope: { aggregate: true }, signals: [signal('LIMIT_SENSITIVE_PI', T0)] }).allowed).toBe(false);
  },

  'WA-MHMDA-CONSENT': () => {
    // Health inferred from purchases is consumer health data.
    const inferred = attribute('healthSegments', 'crm', 'INFERRED');
    const opts = { scope: { channel: 'email' as const } };
    const none = decide(inferred, 'email_marketing', 'WA', opts);
    expect(none).toMatchObject({ allowed: false, decision: 'REQUIRES_OPT_IN' });
    expect(codesIn(none)).toContain('CONSENT_MISSING');
    expect(decide(inferred, 'email_marketing', 'WA', { ...opts, consents: [grant('email_marketing')] }).allowed).toBe(false);
    expect(decide(inferred, 'email_marketing', 'WA', { ...opts, consents: [grant('email_marketing', ['health'])] }).allowed).toBe(true);
    expect(decide(attribute('dietaryPreferences'), 'analytics', 'WA', { consents: [grant('analytics', ['health'])] }).allowed).toBe(true);
  },

  'WA-PRECISE-LOCATION-OPT-IN': () => {
    const location = attribute('appLocation', 'web', 'OBSERVED');
    expect(decide(location, 'personalization', 'WA')).toMatchObject({ allowed: false, decision: 'REQUIRES_OPT_IN' });
    expect(decide(location, 'personalization', 'WA', { consents: [grant('personalization', ['precise_location', 'device'])] }).allowed).toBe(true);
  },

  'STATES-SENSITIVE-OPT-IN': () => {
    for (const state of OPT_IN_STATES) {
      for (const facts of [attribute('dietaryPreferences'), attribute('fuelStationVisits', 'fuel')]) {
        const [category] = facts.categories.filter((c) => c === 'health' || c === 'precise_location');
        expect(decide(facts, 'personalization', state)).toMatchObject({ allowed: false, decision: 'REQUIRES_OPT_IN' });
        expect(decide(facts, 'personalization', state, { consents: [grant('personalization')] }).allowed).toBe(false);
        expect(decide(facts, 'personalization', state, { consents: [grant('personalization', [category as string])] }).allowed).toBe(true);
      }
    }
  },

  'BASELINE-SENSITIVE-OPT-IN': () => {
    // A state the file does not name, and a customer without a known state, are judged by DEFAULT.
    for (const jurisdiction of ['NY', 'fl', []]) {
      const d = decide(attribute('dietaryPreferences'), 'email_marketing', jurisdiction);
      expect(d).toMatchObject({ allowed: false, decision: 'REQUIRES_OPT_IN' });
      expect(ruleIdsIn(d)).toEqual(['BASELINE-SENSITIVE-OPT-IN']);
      expect(decide(attribute('dietaryPreferences'), 'email_marketing', jurisdiction, { consents: [grant('email_marketing', ['health'])] }).allowed).toBe(true);
    }
  },

  'HIPAA-MARKETING-AUTHORIZATION': () => {
    const pharmacyName = attribute('givenName', 'pharmacy');
    expect(pharmacyName.categories).toEqual(['contact', 'health']);
    const opts = { scope: { channel: 'email' as const } };
    const d = decide(pharmacyName, 'email_marketing', 'CA', opts);
    expect(d.allowed).toBe(false);
    expect(ruleIdsIn(d)).toContain('HIPAA-MARKETING-AUTHORIZATION');
    const authorized = grant('hipaa_marketing_authorization', [], { expiresAt: '2026-01-01T00:00:00Z' });
    expect(decide(pharmacyName, 'email_marketing', 'CA', { ...opts, consents: [authorized] }).allowed).toBe(true);
    // An authorization must carry an expiry, must not have expired, and ends when revoked.
    expect(decide(pharmacyName, 'email_marketing', 'CA', { ...opts, consents: [grant('hipaa_marketing_authorization')] }).allowed).toBe(false);
    expect(decide(pharmacyName, 'email_marketing', 'CA', { ...opts, consents: [authorized], at: new Date('2026-01-02T00:00:00Z') }).allowed).toBe(false);
    expect(decide(pharmacyName, 'email_marketing', 'CA', { ...opts, consents: [authorized, revoke('hipaa_marketing_authorization')] }).allowed).toBe(false);
    // The same name from the loyalty record is not a pharmacy record.
    expect(decide(attribute('givenName', 'loyalty'), 'email_marketing', 'CA', opts).allowed).toBe(true);
    for (const purpose of ['personalization', 'targeted_advertising']) expect(decide(identifier('phone', 'pharmacy'), purpose, 'CA').allowed).toBe(false);
  },

  'HIPAA-PHARMACY-FIREWALL': () => {
    for (const purpose of ['service_fulfilment', 'analytics', 'fraud_prevention']) {
      const d = decide(identifier('phone', 'pharmacy'), purpose, 'NY', { scope: { aggregate: true } });
      expect(d).toMatchObject({ allowed: false, decision: 'DENY' });
      expect(codesIn(d)).toContain('RULE_DENIES');
      expect(decide(identifier('phone', 'loyalty'), purpose, 'NY', { scope: { aggregate: true } }).allowed).toBe(true);
    }
  },

  'WA-MHMDA-SHARING-CONSENT': () => {
    const health = attribute('healthPurchases', 'ecommerce', 'OBSERVED');
    const use = grant('targeted_advertising', ['health']);
    const d = decide(health, 'targeted_advertising', 'WA', { consents: [use] });
    expect(d.allowed).toBe(false);
    expect(ruleIdsIn(d)).toContain('WA-MHMDA-SHARING-CONSENT');
    expect(decide(health, 'targeted_advertising', 'WA', { consents: [use, grant('wa_health_data_sharing')] }).allowed).toBe(true);
  },

  'AD-OPT-OUTS': () => {
    const email = identifier('email', 'ecommerce');
    for (const state of ALL) {
      expect(decide(email, 'targeted_advertising', state).allowed).toBe(true);
      for (const kind of ['GPC', 'OPT_OUT_SALE_SHARING', 'OPT_OUT_TARGETED_ADVERTISING']) {
        expect(codesIn(decide(email, 'targeted_advertising', state, { signals: [signal(kind, T0)] }))).toContain('OPT_OUT_SIGNAL');
      }
      expect(codesIn(decide(email, 'targeted_advertising', state, { consents: [revoke('targeted_advertising')] }))).toContain('OPTED_OUT');
    }
    // GPC stops sensitive data too, even with the customer's consent to it.
    const consents = [grant('targeted_advertising', ['health'])];
    expect(decide(attribute('dietaryPreferences'), 'targeted_advertising', 'CO', { consents }).allowed).toBe(true);
    expect(decide(attribute('dietaryPreferences'), 'targeted_advertising', 'CO', { consents, signals: [signal('GPC', T0)] }).allowed).toBe(false);
    // A withdrawn signal no longer stops anything.
    expect(decide(email, 'targeted_advertising', 'CA', { signals: [signal('GPC', T0, '2025-02-01T00:00:00Z')] }).allowed).toBe(true);
  },

  'STATES-PROFILING-OPT-OUT': () => {
    const segments = attribute('segments', 'crm', 'INFERRED');
    const optedOut = { signals: [signal('OPT_OUT_PROFILING', T0)] };
    for (const state of OPT_IN_STATES) {
      expect(decide(segments, 'personalization', state).allowed).toBe(true);
      expect(codesIn(decide(segments, 'personalization', state, optedOut))).toContain('OPT_OUT_SIGNAL');
      // What the customer told us still personalizes.
      expect(decide(attribute('dateOfBirth', 'loyalty', 'EXPLICIT'), 'personalization', state, optedOut).allowed).toBe(true);
    }
    // The inferred gender a CRM vendor supplies is an inference as well.
    expect(decide(attribute('gender', 'crm', 'INFERRED'), 'email_marketing', 'VA', optedOut).allowed).toBe(false);
    expect(decide(segments, 'personalization', 'CA', optedOut).allowed).toBe(true);
  },

  'PHARMACY-CARE-NO-INFERENCES': () => {
    const d = decide(identifier('phone', 'pharmacy', 'INFERRED'), 'pharmacy_care', 'NY');
    expect(d).toMatchObject({ allowed: false, decision: 'DENY' });
    expect(ruleIdsIn(d)).toContain('PHARMACY-CARE-NO-INFERENCES');
    expect(decide(identifier('phone', 'pharmacy', 'EXPLICIT'), 'pharmacy_care', 'NY').allowed).toBe(true);
  },
};

describe('default policy rules', () => {
  it('has one explicit test for each rule, and each test names a rule', () => {
    expect(Object.keys(ruleTests).sort()).toEqual(POLICY.rules.map((r) => r.id).sort());
  });

  for (const [ruleId, test] of Object.entries(ruleTests)) it(ruleId, test);
});
