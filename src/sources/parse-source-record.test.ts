import { ErrorCode } from '../errors';
import { parseSourceRecord } from './parse-source-record';

const options = { tokenHashKey: 'unit-test-token-key' };

describe('parseSourceRecord', () => {
  it('maps a loyalty record to the canonical record with normalised values and signal classes', () => {
    const result = parseSourceRecord('loyalty', {
      memberId: 'LM-1', cardNumber: '4000 1234 5678', firstName: 'ann', lastName: "O'BRIEN", email: 'Ann.OBrien@Gmail.com',
      emailVerified: 'Y', phone: '(312) 555-0143', dateOfBirth: '03/05/1980', updatedAt: '2024-05-01T10:00:00Z',
    }, options);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.record.attributes).toEqual([
      { name: 'givenName', value: 'Ann', signal: 'EXPLICIT' },
      { name: 'familyName', value: "O'Brien", signal: 'EXPLICIT' },
      { name: 'dateOfBirth', value: '1980-03-05', signal: 'EXPLICIT' },
    ]);
    expect(result.record.identifiers.map((i) => [i.type, i.value, i.verified])).toEqual([
      ['loyalty_card', '400012345678', true],
      ['email', 'annobrien@gmail.com', true],
      ['phone', '+13125550143', false],
    ]);
  });

  it('reports every problem of a record at once, each with its field and code', () => {
    const result = parseSourceRecord('loyalty', { memberId: 'LM-2', cardNumber: 7, lastName: 'Doe', email: 'nope', updatedAt: '2024-13-01', colour: 'red' }, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.field, i.code]).sort()).toEqual([
      ['cardNumber', ErrorCode.WRONG_TYPE],
      ['colour', ErrorCode.UNKNOWN_FIELD],
      ['firstName', ErrorCode.REQUIRED_FIELD_MISSING],
      ['updatedAt', ErrorCode.WRONG_TYPE],
    ]);
  });

  it('keeps placeholder values out without rejecting the record', () => {
    const result = parseSourceRecord('pos', { posCustomerId: 'P-1', phone: '000-000-0000', receiptEmail: 'noemail@store.com', updatedAt: '2024-01-01' }, options);
    expect(result).toMatchObject({ ok: true, record: { identifiers: [], junkFields: ['phone', 'receiptEmail'] } });
  });

  it('never stores a payment token in the clear', () => {
    const result = parseSourceRecord('fuel', { fuelAccountId: 'F-1', cardToken: 'tok_abcdef0123456789', updatedAt: '2024-01-01' }, options);
    if (!result.ok) throw new Error('expected ok');
    const [token] = result.record.identifiers;
    expect(token?.type).toBe('payment_token');
    expect(token?.value).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(result.record)).not.toContain('tok_abcdef');
  });

  it('rejects a record that is not an object', () => {
    expect(parseSourceRecord('crm', [1, 2], options)).toMatchObject({ ok: false, issues: [{ field: '(record)', code: ErrorCode.WRONG_TYPE }] });
  });
});
