import { isJunkIdentifier } from './identifier';

describe('isJunkIdentifier', () => {
  it.each([
    ['loyalty_card', '0', 'one character repeated'],
    ['loyalty_card', '000000', 'one character repeated'],
    ['loyalty_card', '0000000000000', 'one character repeated'],
    ['loyalty_card', '0000-0000-0000', 'one character repeated'],
    ['loyalty_card', '9999 9999', 'one character repeated'],
    ['loyalty_card', '1111111111', 'one character repeated'],
    ['crm_id', 'AAAAAA', 'one character repeated'],
    ['crm_id', 'xxxx', 'one character repeated'],
    ['loyalty_card', '123456', 'consecutive digits'],
    ['loyalty_card', '123456789', 'consecutive digits'],
    ['loyalty_card', '1234567890', 'consecutive digits'],
    ['loyalty_card', '0123456789', 'consecutive digits'],
    ['loyalty_card', '987654321', 'consecutive digits'],
    ['loyalty_card', '1234-5678-90', 'consecutive digits'],
    ['loyalty_card', 'test', 'placeholder word'],
    ['loyalty_card', 'TEST', 'placeholder word'],
    ['crm_id', 'unknown', 'placeholder word'],
    ['crm_id', 'n/a', 'placeholder word'],
    ['crm_id', 'N/A', 'placeholder word'],
    ['crm_id', 'none', 'placeholder word'],
    ['crm_id', 'null', 'placeholder word'],
    ['crm_id', 'tbd', 'placeholder word'],
    ['crm_id', '', 'empty'],
    ['crm_id', '   ', 'empty'],
    ['crm_id', '--', 'placeholder word'],
    ['crm_id', '/-/', 'only separators'],
  ])('%s %j is junk: %s', (type, value, reason) => {
    const result = isJunkIdentifier(type, value);
    expect(result).toContain(reason);
    expect(result).toContain(type);
  });

  it.each([
    ['loyalty_card', '4000123456789'],
    ['loyalty_card', '6035 1234 5678 9012'],
    ['loyalty_card', '12345'],
    ['crm_id', 'CRM-000123'],
    ['crm_id', '1001'],
    ['crm_id', 'a1b2c3'],
    ['ecommerce_account', 'jane.doe.1980'],
    ['pharmacy_patient', 'RX-20394-11'],
    ['payment_token', 'tok_1NfX2k2eZvKYlo2C'],
    ['loyalty_card', '1234567 9'],
  ])('%s %j is not junk', (type, value) => {
    expect(isJunkIdentifier(type, value)).toBeNull();
  });

  it('never puts the value in the reason', () => {
    expect(isJunkIdentifier('loyalty_card', '123456789')).not.toContain('123456789');
  });
});
