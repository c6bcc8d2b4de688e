import { matchRecord } from '../records/match-record';
import { withoutGenericValues } from './without-generic-values';

describe('withoutGenericValues', () => {
  it('treats generic phones, emails, addresses and devices as unknown and keeps the rest', () => {
    const record = matchRecord('r', {
      givenName: 'ann',
      phone: ['+15550100', '+15550199'],
      email: 'family@example.com',
      emailUser: 'family',
      address: 'MAIN ST|12345',
      streetLine: 'MAIN ST',
      device: ['kiosk:1', 'app:7'],
    });
    const cleaned = withoutGenericValues(
      record,
      [{ type: 'phone', value: '+15550100' }, { type: 'email', value: 'Family@example.com' }, { type: 'postal_address', value: 'x', line1: 'Main St', zip5: '12345' }],
      ['kiosk:1'],
    );
    expect(cleaned.fields).toEqual({ givenName: ['ann'], phone: ['+15550199'], device: ['app:7'] });
  });

  it('returns the record itself when nothing is generic', () => {
    const record = matchRecord('r', { phone: '+1' });
    expect(withoutGenericValues(record, [], [])).toBe(record);
  });
});
