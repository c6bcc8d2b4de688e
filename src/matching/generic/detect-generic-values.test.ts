import { matchRecord } from '../records/match-record';
import { detectGenericValues, genericValueKeys, withoutGenericValues } from './detect-generic-values';

const RULES = { columns: ['phone', 'device'], maxRecords: 5, maxIncompatibleGivenNames: 3, givenNameColumn: 'givenName' };

describe('detectGenericValues', () => {
  it('flags a value held by more records than the limit, named or not', () => {
    const records = Array.from({ length: 6 }, (_, i) => matchRecord(String(i), { device: 'kiosk:1' }));
    expect(detectGenericValues(records, RULES)).toEqual([
      { column: 'device', value: 'kiosk:1', records: 6, incompatibleGivenNames: 0, reason: 'too-many-records' },
    ]);
    expect(detectGenericValues(records.slice(0, 5), RULES)).toEqual([]);
  });

  it('flags a value shared by more mutually incompatible given names than a household has', () => {
    const names = ['ann', 'bob', 'carl', 'dora'];
    const records = names.map((givenName, i) => matchRecord(String(i), { givenName, phone: '+13125550100' }));
    expect(detectGenericValues(records, RULES)).toEqual([
      expect.objectContaining({ column: 'phone', value: '+13125550100', reason: 'too-many-given-names', incompatibleGivenNames: 4 }),
    ]);
  });

  it('does not count nicknames, short forms and typos of one name as different people', () => {
    const names = ['william', 'william', 'bill', 'will', 'wiliam', 'ann', 'anne', 'bob'];
    const records = names.map((givenName, i) => matchRecord(String(i), { givenName, phone: '+13125550100' }));
    expect(detectGenericValues(records, { ...RULES, maxRecords: 10 })).toEqual([]);
  });

  it('ignores columns it was not asked about', () => {
    const records = Array.from({ length: 9 }, (_, i) => matchRecord(String(i), { postalCode: '60601' }));
    expect(detectGenericValues(records, RULES)).toEqual([]);
  });
});

describe('withoutGenericValues', () => {
  it('drops generic values so comparisons see them as unknown, and keeps the rest', () => {
    const records = [matchRecord('a', { phone: ['+1', '+2'], device: 'kiosk:1' }), matchRecord('b', { phone: '+2' })];
    const cleaned = withoutGenericValues(records, genericValueKeys([{ column: 'device', value: 'kiosk:1' }, { column: 'phone', value: '+1' }]));
    expect(cleaned).toEqual([matchRecord('a', { phone: '+2' }), records[1]]);
    expect(cleaned[1]).toBe(records[1]);
  });
});
