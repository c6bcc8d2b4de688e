import { consentRecordSchema } from './consent-record';
import { consent } from '../testing/consent-fixtures';
import { effectiveConsent } from './effective-consent';

const at = new Date('2025-06-01T12:00:00Z');
const status = (...args: Parameters<typeof effectiveConsent>) => effectiveConsent(...args).status;

describe('effectiveConsent', () => {
  it('is NONE without a record about the purpose', () => {
    expect(status([], 'email_marketing', 'email', at)).toBe('NONE');
    expect(status([consent({ purpose: 'personalization', status: 'GRANTED', capturedAt: '2025-01-01T00:00:00Z' })], 'email_marketing', 'email', at)).toBe('NONE');
  });

  it('takes the latest record: a revocation after a grant revokes, a grant after a revocation grants', () => {
    const granted = consent({ purpose: 'email_marketing', status: 'GRANTED', capturedAt: '2025-01-01T00:00:00Z' });
    const revoked = consent({ purpose: 'email_marketing', status: 'REVOKED', capturedAt: '2025-03-01T00:00:00Z' });
    const regranted = consent({ purpose: 'email_marketing', status: 'GRANTED', capturedAt: '2025-05-01T00:00:00Z' });
    expect(effectiveConsent([revoked, granted], 'email_marketing', 'email', at)).toEqual({ status: 'REVOKED', record: revoked });
    expect(status([granted, revoked, regranted], 'email_marketing', 'email', at)).toBe('GRANTED');
  });

  it('takes the more restrictive of two records captured at the same instant', () => {
    const t = '2025-02-01T00:00:00Z';
    const records = [
      consent({ purpose: 'personalization', status: 'GRANTED', capturedAt: t }),
      consent({ purpose: 'personalization', status: 'DENIED', capturedAt: t }),
    ];
    expect(status(records, 'personalization', 'web', at)).toBe('DENIED');
    expect(status([...records, consent({ purpose: 'personalization', status: 'REVOKED', capturedAt: t })], 'personalization', 'web', at)).toBe('REVOKED');
  });

  it('treats an expired record as absent: an expired grant alone is no consent', () => {
    const expired = consent({ purpose: 'hipaa_marketing_authorization', status: 'GRANTED', capturedAt: '2024-01-01T00:00:00Z', expiresAt: '2025-01-01T00:00:00Z' });
    expect(status([expired], 'hipaa_marketing_authorization', 'any', at)).toBe('NONE');
    expect(status([expired], 'hipaa_marketing_authorization', 'any', new Date('2024-12-31T23:59:59Z'))).toBe('GRANTED');
  });

  it('treats an expired record as absent: what was in force before it applies again', () => {
    const snooze = consent({ purpose: 'email_marketing', status: 'DENIED', capturedAt: '2025-05-01T00:00:00Z', expiresAt: '2025-05-31T00:00:00Z' });
    const earlierGrant = consent({ purpose: 'email_marketing', status: 'GRANTED', capturedAt: '2025-01-01T00:00:00Z' });
    expect(status([snooze, earlierGrant], 'email_marketing', 'email', new Date('2025-05-15T00:00:00Z'))).toBe('DENIED');
    expect(status([snooze, earlierGrant], 'email_marketing', 'email', at)).toBe('GRANTED');
  });

  it('ignores records captured after the moment of the read, so a change applies to the next read', () => {
    const records = [
      consent({ purpose: 'email_marketing', status: 'GRANTED', capturedAt: '2025-01-01T00:00:00Z' }),
      consent({ purpose: 'email_marketing', status: 'REVOKED', capturedAt: '2025-06-01T12:00:01Z' }),
    ];
    expect(status(records, 'email_marketing', 'email', at)).toBe('GRANTED');
    expect(status(records, 'email_marketing', 'email', new Date('2025-06-01T12:00:01Z'))).toBe('REVOKED');
  });

  it('applies a record to its own channel and an any-channel record to every channel; the latest of them wins', () => {
    const smsStop = consent({ purpose: 'pharmacy_care', channel: 'sms', status: 'REVOKED', capturedAt: '2025-02-01T00:00:00Z' });
    expect(status([smsStop], 'pharmacy_care', 'sms', at)).toBe('REVOKED');
    expect(status([smsStop], 'pharmacy_care', 'email', at)).toBe('NONE');
    // A scope that contacts no one (channel any) is not stopped by a stop on one channel.
    expect(status([smsStop], 'pharmacy_care', 'any', at)).toBe('NONE');

    const allStop = consent({ purpose: 'email_marketing', channel: 'any', status: 'REVOKED', capturedAt: '2025-02-01T00:00:00Z' });
    const emailAgain = consent({ purpose: 'email_marketing', channel: 'email', status: 'GRANTED', capturedAt: '2025-04-01T00:00:00Z' });
    expect(status([allStop], 'email_marketing', 'email', at)).toBe('REVOKED');
    expect(status([allStop, emailAgain], 'email_marketing', 'email', at)).toBe('GRANTED');
    expect(status([allStop, emailAgain], 'email_marketing', 'sms', at)).toBe('REVOKED');
  });

  describe('with a data category', () => {
    const general = (s: 'GRANTED' | 'REVOKED', capturedAt: string) => consent({ purpose: 'personalization', status: s, capturedAt });
    const health = (s: 'GRANTED' | 'REVOKED', capturedAt: string) => consent({ purpose: 'personalization', status: s, capturedAt, categories: ['health'] });

    it('leaves category records out of the question about the purpose in general', () => {
      expect(status([health('GRANTED', '2025-01-01T00:00:00Z')], 'personalization', 'web', at)).toBe('NONE');
      expect(status([health('REVOKED', '2025-01-01T00:00:00Z')], 'personalization', 'web', at)).toBe('NONE');
    });

    it('counts only a grant naming the category when the rule asks for express consent', () => {
      const opts = { category: 'health', categorySpecific: true };
      expect(status([general('GRANTED', '2025-01-01T00:00:00Z')], 'personalization', 'web', at, opts)).toBe('NONE');
      expect(status([health('GRANTED', '2025-01-01T00:00:00Z')], 'personalization', 'web', at, opts)).toBe('GRANTED');
      expect(status([health('GRANTED', '2025-01-01T00:00:00Z')], 'personalization', 'web', at, { category: 'precise_location', categorySpecific: true })).toBe('NONE');
    });

    it('lets a refusal at either level win, in either order', () => {
      const opts = { category: 'health', categorySpecific: true };
      expect(status([health('GRANTED', '2025-01-01T00:00:00Z'), general('REVOKED', '2025-02-01T00:00:00Z')], 'personalization', 'web', at, opts)).toBe('REVOKED');
      expect(status([general('REVOKED', '2025-01-01T00:00:00Z'), health('GRANTED', '2025-02-01T00:00:00Z')], 'personalization', 'web', at, opts)).toBe('REVOKED');
      // A later general grant does not undo a refusal about health; it still grants the purpose in general.
      const records = [health('REVOKED', '2025-01-01T00:00:00Z'), general('GRANTED', '2025-02-01T00:00:00Z')];
      expect(status(records, 'personalization', 'web', at, { category: 'health' })).toBe('REVOKED');
      expect(status(records, 'personalization', 'web', at, { category: 'contact' })).toBe('GRANTED');
    });
  });

  it('ignores a grant without an expiry date when the authorization must expire', () => {
    const open = consent({ purpose: 'hipaa_marketing_authorization', status: 'GRANTED', capturedAt: '2025-01-01T00:00:00Z' });
    const dated = consent({ purpose: 'hipaa_marketing_authorization', status: 'GRANTED', capturedAt: '2025-01-01T00:00:00Z', expiresAt: '2026-01-01T00:00:00Z' });
    expect(status([open], 'hipaa_marketing_authorization', 'any', at, { grantMustExpire: true })).toBe('NONE');
    expect(status([dated], 'hipaa_marketing_authorization', 'any', at, { grantMustExpire: true })).toBe('GRANTED');
  });
});

describe('consentRecordSchema', () => {
  it('rejects an expiry before capture, an unknown status and data in the wrong place', () => {
    const base = { customerId: 'C-1', purpose: 'email_marketing', channel: 'email', status: 'GRANTED', source: 'checkout', capturedAt: '2025-01-01T00:00:00Z', evidence: { kind: 'web_form', reference: 'f1' } };
    expect(consentRecordSchema.safeParse(base).success).toBe(true);
    const issues = (value: object) => consentRecordSchema.safeParse(value).error?.issues.map((i) => i.path.join('.'));
    expect(issues({ ...base, expiresAt: '2024-12-31T00:00:00Z' })).toEqual(['expiresAt']);
    expect(issues({ ...base, status: 'MAYBE' })).toEqual(['status']);
    expect(issues({ ...base, channel: 'fax', email: 'a@b.c' })).toEqual(['channel', '']);
  });
});
