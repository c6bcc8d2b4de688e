import { ErrorCode } from '../../errors';
import { normaliseDate } from './date';

/** A fixed "today" so the tests do not depend on the clock. */
const TODAY = new Date(Date.UTC(2025, 5, 15));
const opts = { notAfter: TODAY };

describe('normaliseDate', () => {
  describe('ok: every accepted shape of 5 March 1980', () => {
    it.each([
      '1980-03-05',
      '1980-3-5',
      '1980/03/05',
      '19800305',
      '1980-03-05T00:00:00Z',
      '1980-03-05T23:30:00-05:00',
      '1980-03-05T23:30:00.123+0100',
      '1980-03-05 10:15',
      '03/05/1980',
      '3/5/1980',
      '03-05-1980',
      '3-5-1980',
      '05.03.1980',
      '5.3.1980',
      'Mar 5 1980',
      'mar 5 1980',
      'Mar. 5, 1980',
      'March 5, 1980',
      'MARCH 5 1980',
      'March 5th, 1980',
      '5 March 1980',
      '5 Mar 1980',
      '5th March 1980',
      '5th of March, 1980',
      '5-Mar-1980',
      '05-MAR-1980',
      '  March   5,  1980 ',
    ])('%j -> 1980-03-05', (raw) => {
      expect(normaliseDate(raw, opts)).toEqual({ kind: 'ok', value: '1980-03-05' });
    });
  });

  describe('ok: other dates', () => {
    it.each([
      ['2024-02-29', '2024-02-29'],
      ['02/29/2000', '2000-02-29'],
      ['12/31/1999', '1999-12-31'],
      ['31.12.1999', '1999-12-31'],
      ['Sept. 9, 1999', '1999-09-09'],
      ['Sep 9 1999', '1999-09-09'],
      ['1 Jan 1901', '1901-01-01'],
      ['1900-01-02', '1900-01-02'],
      ['2025-06-15', '2025-06-15'],
    ])('%j -> %s', (raw, expected) => {
      expect(normaliseDate(raw, opts)).toEqual({ kind: 'ok', value: expected });
    });

    it('reads slashed and dashed dates as US month/day, dotted dates as day.month', () => {
      expect(normaliseDate('04/05/1980', opts)).toEqual({ kind: 'ok', value: '1980-04-05' });
      expect(normaliseDate('04-05-1980', opts)).toEqual({ kind: 'ok', value: '1980-04-05' });
      expect(normaliseDate('04.05.1980', opts)).toEqual({ kind: 'ok', value: '1980-05-04' });
    });

    it('takes the date part of an ISO datetime without shifting time zones', () => {
      expect(normaliseDate('1980-03-05T23:59:59-12:00', opts)).toEqual({ kind: 'ok', value: '1980-03-05' });
    });
  });

  describe('bounds', () => {
    it('defaults to today as the latest date', () => {
      const tomorrow = new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString().slice(0, 10);
      expect(normaliseDate(tomorrow)).toEqual({ kind: 'invalid', code: ErrorCode.INVALID_DATE, message: 'date is in the future' });
      const today = new Date().toISOString().slice(0, 10);
      expect(normaliseDate(today).kind).toBe('ok');
    });

    it.each([
      ['2025-06-16', { notAfter: TODAY }, 'after the latest accepted date 2025-06-15'],
      ['1899-06-01', { notAfter: TODAY }, 'before the earliest accepted date 1900-01-01'],
      ['1950-01-01', { notBefore: new Date(Date.UTC(1950, 0, 2)), notAfter: TODAY }, 'before the earliest accepted date 1950-01-02'],
      ['1800-05-05', {}, 'before the earliest accepted date 1900-01-01'],
    ])('%j with %j: %s', (raw, options, message) => {
      expect(normaliseDate(raw, options)).toEqual({ kind: 'invalid', code: ErrorCode.INVALID_DATE, message: expect.stringContaining(message) });
    });

    it('treats both bounds as inclusive and lets callers widen them (e.g. for appointment dates)', () => {
      expect(normaliseDate('2025-06-15', { notAfter: TODAY }).kind).toBe('ok');
      expect(normaliseDate('1950-01-02', { notBefore: new Date(Date.UTC(1950, 0, 2)), notAfter: TODAY }).kind).toBe('ok');
      expect(normaliseDate('2030-01-01', { notAfter: new Date(Date.UTC(2031, 0, 1)) }).kind).toBe('ok');
      expect(normaliseDate('1850-01-01', { notBefore: new Date(Date.UTC(1800, 0, 1)), notAfter: TODAY }).kind).toBe('ok');
    });
  });

  describe('junk: placeholders', () => {
    it.each([
      '',
      '  ',
      'n/a',
      'unknown',
      'none',
      '0000-00-00',
      '00000000',
      '00/00/0000',
      '1900-01-01',
      '01/01/1900',
      '1/1/1900',
      '19000101',
      'Jan 1 1900',
      '1111-11-11',
      '11/11/1111',
      '2222-22-22',
      '9999-99-99',
      '9999-12-31',
      '12/31/9999',
      '1899-12-30',
      '1899-12-31',
    ])('%j is junk', (raw) => {
      expect(normaliseDate(raw, opts).kind).toBe('junk');
    });
  });

  describe('invalid', () => {
    it.each([
      ['2023-02-30', 'day 30 does not exist in February 2023'],
      ['2023-02-29', 'day 29 does not exist in February 2023'],
      ['1900-02-29', 'day 29 does not exist in February 1900'],
      ['02/30/2023', 'day 30 does not exist in February 2023'],
      ['30.02.2023', 'day 30 does not exist in February 2023'],
      ['1980-04-31', 'day 31 does not exist in April 1980'],
      ['1980-03-00', 'day 0 does not exist in March 1980'],
      ['1980-13-01', 'month 13 does not exist'],
      ['13/05/1980', 'month 13 does not exist'],
      ['1980-00-10', 'month 0 does not exist'],
      ['Feb 30 1980', 'day 30 does not exist in February 1980'],
      ['3/5/80', 'two-digit year'],
      ['03-05-80', 'two-digit year'],
      ['05.03.80', 'two-digit year'],
      ['yesterday', 'not in a recognised format'],
      ['Smarch 5 1980', 'not in a recognised format'],
      ['1980', 'not in a recognised format'],
      ['1980-03', 'not in a recognised format'],
      ['198003051', 'not in a recognised format'],
      ['03/05/1980 extra', 'not in a recognised format'],
      ['1980-03/05', 'not in a recognised format'],
      ['2999-01-01', 'date is after the latest accepted date'],
    ])('%j: %s', (raw, message) => {
      expect(normaliseDate(raw, opts)).toEqual({ kind: 'invalid', code: ErrorCode.INVALID_DATE, message: expect.stringContaining(message) });
    });

    it.each(['1899-06-01', '2025-06-16', '3/5/80', 'yesterday'])('never echoes a birth date: %j', (raw) => {
      const result = normaliseDate(raw, opts);
      if (result.kind !== 'invalid') throw new Error('expected invalid');
      expect(result.message).not.toContain(raw);
    });
  });
});
