import { isValidPhoneNumber, parsePhoneNumberWithError } from 'libphonenumber-js';

import { ErrorCode } from '../../errors';
import { normalisePhone } from './phone';

describe('normalisePhone', () => {
  describe('libphonenumber-js verdict on the NANP fictional range 555-0100..555-0199', () => {
    // Our seeds and fixtures use 555-01XX numbers. If a metadata update starts calling them invalid, this
    // fails first and the phone normaliser needs its documented fallback (isPossible + 10 digits).
    it.each(['+13125550100', '+13125550143', '+12125550199', '+14155550150'])('%s is valid', (e164) => {
      expect(isValidPhoneNumber(e164)).toBe(true);
      expect(parsePhoneNumberWithError(e164).isValid()).toBe(true);
    });
  });

  describe('ok: US formats normalise to E.164', () => {
    it.each([
      ['(312) 555-0143', '+13125550143'],
      ['312.555.0143', '+13125550143'],
      ['312-555-0143', '+13125550143'],
      ['312 555 0143', '+13125550143'],
      ['3125550143', '+13125550143'],
      ['+1 312 555 0143', '+13125550143'],
      ['+1 (312) 555-0143', '+13125550143'],
      ['+13125550143', '+13125550143'],
      ['1-312-555-0143', '+13125550143'],
      ['1 (312) 555-0143', '+13125550143'],
      ['13125550143', '+13125550143'],
      ['  (312)555-0143  ', '+13125550143'],
      ['312/555-0143', '+13125550143'],
      ['(212) 555-0100', '+12125550100'],
      ['(415) 555-0199', '+14155550199'],
      ['(773) 202-5862', '+17732025862'],
      ['(312) 555-0143 x12', '+13125550143'],
      ['312-555-0143x12', '+13125550143'],
      ['312-555-0143 ext 12', '+13125550143'],
      ['312-555-0143 ext. 1234', '+13125550143'],
      ['312-555-0143 extension 5', '+13125550143'],
      ['312-555-0143;ext=5', '+13125550143'],
      ['312-555-0143 #5', '+13125550143'],
    ])('%j -> %s', (raw, expected) => {
      expect(normalisePhone(raw)).toEqual({ kind: 'ok', value: expected });
    });

    it('gives one value for every formatting variant of one number', () => {
      const variants = ['(312) 555-0143', '312.555.0143', '+1 312 555 0143', '1-312-555-0143', '312-555-0143 x9'];
      const values = new Set(variants.map((v) => JSON.stringify(normalisePhone(v))));
      expect(values.size).toBe(1);
    });
  });

  describe('ok: international numbers and other default regions', () => {
    it.each([
      ['+44 20 7946 0958', 'US', '+442079460958'],
      ['011 44 20 7946 0958', 'US', '+442079460958'],
      ['020 7946 0958', 'GB', '+442079460958'],
      ['(416) 555-0123', 'CA', '+14165550123'],
      ['+52 55 5555 1234', 'US', '+525555551234'],
    ] as const)('%j (default %s) -> %s', (raw, region, expected) => {
      expect(normalisePhone(raw, region)).toEqual({ kind: 'ok', value: expected });
    });
  });

  describe('junk: placeholders', () => {
    it.each([
      ['000-000-0000', 'one digit repeated'],
      ['(000) 000-0000', 'one digit repeated'],
      ['111-111-1111', 'one digit repeated'],
      ['1-111-111-1111', 'one digit repeated'],
      ['222-222-2222', 'one digit repeated'],
      ['999-999-9999', 'one digit repeated'],
      ['9999999999', 'one digit repeated'],
      ['555-555-5555', 'one digit repeated'],
      ['(555) 555-5555', 'one digit repeated'],
      ['+1 555 555 5555', 'one digit repeated'],
      ['0', 'one digit repeated'],
      ['0000000', 'one digit repeated'],
      ['000-0000', 'one digit repeated'],
      ['123-456-7890', 'consecutive digits'],
      ['(123) 456-7890', 'consecutive digits'],
      ['1234567890', 'consecutive digits'],
      ['0123456789', 'consecutive digits'],
      ['1234567', 'consecutive digits'],
      ['987-654-3210', 'consecutive digits'],
      ['(312) 555-1212', 'directory-assistance'],
      ['', 'empty'],
      ['   ', 'empty'],
      ['n/a', 'placeholder word'],
      ['N/A', 'placeholder word'],
      ['none', 'placeholder word'],
      ['unknown', 'placeholder word'],
      ['refused', 'placeholder word'],
      ['-', 'placeholder word'],
    ])('%j is junk (%s)', (raw, reason) => {
      const result = normalisePhone(raw);
      expect(result.kind).toBe('junk');
      if (result.kind === 'junk') expect(result.reason).toContain(reason);
    });
  });

  describe('invalid', () => {
    it.each([
      ['555-0143', 'has 7 digits; a US phone number needs 10'],
      ['312-555-014', 'has 9 digits; a US phone number needs 10'],
      ['312-555-01433', 'has 11 digits; a US phone number needs 10'],
      ['+1 312 555 01433', 'has 11 digits; a US phone number needs 10'],
      ['22 3125550143', 'has 12 digits; a US phone number needs 10'],
      ['1-800-FLOWERS', 'contains letters'],
      ['312-555-0143abc', 'contains letters'],
      ['call me', 'contains letters'],
      ['312*555*0143', 'characters other than digits'],
      ['312_555_0143', 'characters other than digits'],
      ['()', 'has no digits'],
      ['+1 200 555 0143', 'area code or exchange'],
      ['(312) 155-0143', 'area code or exchange'],
      ['(012) 555-0143', 'area code or exchange'],
      ['+999 1234567', 'unknown country calling code'],
      ['+44 20 7946', 'too few digits for its country'],
    ])('%j: %s', (raw, message) => {
      const result = normalisePhone(raw);
      expect(result).toEqual({ kind: 'invalid', code: ErrorCode.INVALID_PHONE, message: expect.stringContaining(message) });
    });

    it('uses a +1 label outside the US', () => {
      expect(normalisePhone('555-0143', 'CA')).toMatchObject({ message: expect.stringContaining('a +1 (North American) number needs 10') });
    });

    it.each(['555-0143', '312-555-01433', '1-800-FLOWERS', '+1 200 555 0143', '+44 20 7946'])(
      'never echoes the number in the message: %j',
      (raw) => {
        const result = normalisePhone(raw);
        if (result.kind !== 'invalid') throw new Error('expected invalid');
        const digits = raw.replace(/\D/g, '');
        expect(result.message).not.toContain(raw);
        expect(result.message.replace(/\D/g, '')).not.toContain(digits.slice(-4));
      },
    );
  });
});
