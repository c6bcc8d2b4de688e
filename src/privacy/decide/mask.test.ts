import { maskAddress, maskKindOf, maskValue } from './mask';

describe('masks', () => {
  it.each([
    ['identifier.email', 'maria.lopez@example.com', 'm***@example.com'],
    ['identifier.phone', '+13125550143', '***-***-0143'],
    ['identifier.postal_address', '12 MAIN ST||SPRINGFIELD|IL|62704', '***|***|***|IL|627**'],
    ['attribute.givenName', 'Maria', 'M.'],
    ['attribute.dateOfBirth', '1980-03-05', '1980'],
    ['attribute.postalCode', '62704', '627**'],
    ['identifier.loyalty_card', '400012345678', '***5678'],
    ['device.web_cookie', 'ck-abcdef123456', '***3456'],
    ['attribute.gender', 'F', '***'],
    ['attribute.segments', 'diabetic-friendly', '***'],
  ])('%s %s -> %s', (field, value, masked) => {
    expect(maskValue(maskKindOf(field), value)).toBe(masked);
  });

  it('hides completely what is too short or malformed to keep a part of', () => {
    expect(maskValue('email', 'no-at-sign')).toBe('***');
    expect(maskValue('phone', '123')).toBe('***');
    expect(maskValue('id', '12345678')).toBe('***');
    expect(maskValue('name', 'J')).toBe('***');
    expect(maskValue('date_of_birth', '05/03/1980')).toBe('***');
  });

  it('keeps only the state and ZIP3 of an address', () => {
    expect(maskAddress({ line1: '12 MAIN ST', line2: 'APT 4', city: 'SPRINGFIELD', state: 'IL', zip5: '62704' })).toEqual({ line1: '***', line2: '***', city: '***', state: 'IL', zip5: '627**' });
  });
});
