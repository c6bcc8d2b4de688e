import { fieldCategories } from '../policy/field-categories';
import { consent } from '../testing/consent-fixtures';
import { attribute, codesIn, decide, identifier, POLICY } from '../testing/decide-helpers';

describe('decideField', () => {
  it('never serves a purpose the policy does not define', () => {
    const d = decide(identifier('email'), 'telemarketing', 'NY');
    expect(d).toMatchObject({ allowed: false, decision: 'DENY', reasons: [{ code: 'UNKNOWN_PURPOSE' }] });
  });

  it('never serves a field the policy does not label, whatever its source says', () => {
    expect(fieldCategories(POLICY, { kind: 'attribute', name: 'shoeSize' }, ['pharmacy'])).toEqual([]);
    expect(decide(attribute('shoeSize', 'pharmacy'), 'pharmacy_care', 'NY').reasons).toEqual([expect.objectContaining({ code: 'UNLABELLED_FIELD' })]);
    expect(decide(identifier('passport'), 'service_fulfilment', 'NY').reasons[0]?.code).toBe('UNLABELLED_FIELD');
    expect(decide({ categories: ['biometric'], signal: 'EXPLICIT', source: 'web', linkConfidence: 1 }, 'service_fulfilment', 'NY').reasons[0]?.code).toBe('UNKNOWN_CATEGORY');
  });

  it('denies by default: a category no approve rule covers is withheld', () => {
    const d = decide(attribute('segments', 'crm', 'INFERRED'), 'fraud_prevention', 'NY');
    expect(d).toMatchObject({ allowed: false, decision: 'DENY' });
    expect(codesIn(d)).toEqual(['NO_APPROVING_RULE']);
  });

  it('withholds a field whose source the scope does not accept', () => {
    const d = decide(identifier('email', 'pharmacy'), 'pharmacy_care', 'NY', { scope: { sources: ['loyalty'] } });
    expect(d.reasons).toEqual([expect.objectContaining({ code: 'SOURCE_NOT_IN_SCOPE' })]);
  });

  it('withholds a field linked below the scope minimum, and a scope cannot go below its purpose floor', () => {
    expect(decide(identifier('email', 'loyalty', 'EXPLICIT', 0.9), 'email_marketing', 'NY', { scope: { minLinkConfidence: 0.95 } }).reasons[0]?.code).toBe('LINK_CONFIDENCE_BELOW_SCOPE');
    // pharmacy_care accepts deterministic links only, even from a scope that asks for less.
    expect(decide(identifier('phone', 'loyalty', 'EXPLICIT', 0.99), 'pharmacy_care', 'NY', { scope: { minLinkConfidence: 0 } }).reasons[0]?.code).toBe('LINK_CONFIDENCE_BELOW_SCOPE');
    expect(decide(identifier('phone', 'loyalty', 'EXPLICIT', 1), 'pharmacy_care', 'NY').allowed).toBe(true);
    // personalization may accept 0.9.
    expect(decide(attribute('purchaseHistory', 'pos', 'OBSERVED', 0.9), 'personalization', 'NY').allowed).toBe(true);
    expect(decide(attribute('purchaseHistory', 'pos', 'OBSERVED', 0.89), 'personalization', 'NY').allowed).toBe(false);
    expect(decide({ ...identifier('email'), linkConfidence: null }, 'fraud_prevention', 'NY').allowed).toBe(false);
  });

  it('withholds everything from a customer whose jurisdiction the scope does not cover', () => {
    const scope = { jurisdictions: ['CA'] };
    expect(decide(identifier('email'), 'service_fulfilment', 'CA', { scope }).allowed).toBe(true);
    expect(decide(identifier('email'), 'service_fulfilment', 'NY', { scope }).reasons[0]?.code).toBe('JURISDICTION_OUT_OF_SCOPE');
    expect(decide(identifier('email'), 'service_fulfilment', ['CA', 'NY'], { scope }).allowed).toBe(false);
  });

  it('applies the strictest jurisdiction to a customer with addresses in several states', () => {
    const health = attribute('healthPurchases');
    expect(decide(health, 'personalization', 'CA').allowed).toBe(true);
    const both = decide(health, 'personalization', ['CA', 'VA']);
    expect(both).toMatchObject({ allowed: false, decision: 'REQUIRES_OPT_IN' });
    expect(new Set(both.reasons.map((r) => r.jurisdiction))).toEqual(new Set(['CA', 'VA']));
    const consents = [consent({ purpose: 'personalization', status: 'GRANTED', capturedAt: '2025-01-01T00:00:00Z', categories: ['health'] })];
    expect(decide(health, 'personalization', ['CA', 'VA'], { consents }).allowed).toBe(true);
  });

  it('binds every obligation of every applying rule', () => {
    // App location is precise location (aggregate only in CA analytics) and device (masked in analytics).
    const d = decide(attribute('appLocation', 'web', 'OBSERVED'), 'analytics', 'CA', { scope: { aggregate: true } });
    expect(d).toMatchObject({ allowed: true, obligations: { mask: true, aggregateOnly: true, retentionDays: 395 } });
    // Pharmacy care (30 days) with contact: the shorter retention wins when several rules apply.
    expect(decide(identifier('phone', 'pharmacy'), 'pharmacy_care', 'CA').obligations.retentionDays).toBe(30);
  });

  it('explains itself with codes and rule ids', () => {
    const d = decide(identifier('email', 'crm'), 'email_marketing', 'NY', { scope: { channel: 'email' } });
    expect(d.reasons).toEqual([
      expect.objectContaining({ code: 'NOT_OPTED_OUT', ruleId: 'EMAIL-MARKETING', category: 'contact', jurisdiction: 'DEFAULT' }),
    ]);
    expect(d.reasons[0]?.message).toBe('rule EMAIL-MARKETING (contact, email_marketing, DEFAULT): the customer has not opted out');
  });
});
