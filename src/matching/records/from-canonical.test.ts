import type { CanonicalRecord } from '../../model/canonical-record';
import { matchRecordFromCanonical } from './from-canonical';

const record: CanonicalRecord = {
  source: 'loyalty',
  sourceId: 'LM-1',
  observedAt: '2026-01-01T00:00:00Z',
  attributes: [
    { name: 'givenName', value: 'Anne', signal: 'EXPLICIT' },
    { name: 'familyName', value: 'Allen', signal: 'EXPLICIT' },
    { name: 'dateOfBirth', value: '1999-05-04', signal: 'EXPLICIT' },
    { name: 'postalCode', value: '64133', signal: 'EXPLICIT' },
  ],
  identifiers: [
    { type: 'loyalty_card', value: '484270414855', signal: 'EXPLICIT', verified: true, field: 'cardNumber' },
    { type: 'email', value: 'Anne1999@yahoo.com', signal: 'EXPLICIT', verified: true, field: 'email' },
    { type: 'phone', value: '+18164686896', signal: 'EXPLICIT', verified: false, field: 'phone' },
    {
      type: 'postal_address',
      value: '4317 W DOGWOOD RD||KANSAS CITY|MO|64133',
      signal: 'EXPLICIT',
      verified: false,
      field: 'homeAddress',
      address: { line1: '4317 West Dogwood Road', city: 'KANSAS CITY', state: 'MO', zip5: '64133' },
    },
  ],
  devices: [{ type: 'web_cookie', id: 'GA1.2.1.2', signal: 'OBSERVED', field: 'cookieIds' }],
  junkFields: [],
};

describe('matchRecordFromCanonical', () => {
  it('maps attributes, identifiers and devices to match columns', () => {
    const m = matchRecordFromCanonical(record);
    expect(m.id).toBe('loyalty:LM-1');
    expect(m.fields).toEqual({
      givenName: ['anne'],
      familyName: ['allen'],
      dateOfBirth: ['1999-05-04'],
      postalCode: ['64133'],
      email: ['anne1999@yahoo.com'],
      emailUser: ['anne1999'],
      phone: ['+18164686896'],
      address: ['4317 W DOGWOOD RD|64133'],
      streetLine: ['4317 W DOGWOOD RD'],
      loyaltyCard: ['484270414855'],
      device: ['web_cookie:GA1.2.1.2'],
    });
  });
});
