import { daysApart, monthDaySwapped, parseDate, sameMonthAndDay, sameYear, withinDays, yearOffByOne } from './dates';
import { doubleMetaphoneCodes, phoneticMatch } from './phonetic';
import { normaliseStreetLine, samePostalPrefix, zip5 } from './postal';

describe('Double Metaphone', () => {
  it('gives primary and alternate codes', () => {
    expect(doubleMetaphoneCodes('Schmidt')).toEqual(['XMT', 'SMT']);
    expect(doubleMetaphoneCodes("O'Brien")).toEqual(doubleMetaphoneCodes('obrien'));
    expect(doubleMetaphoneCodes('123')).toEqual([]);
  });

  it('matches sound-alike names and not others', () => {
    expect(phoneticMatch('smith', 'smyth')).toBe(true);
    expect(phoneticMatch('catherine', 'kathryn')).toBe(true);
    expect(phoneticMatch('smith', 'jones')).toBe(false);
  });
});

describe('date partial matches', () => {
  it('parses iso and compact dates, refuses others', () => {
    expect(parseDate('1980-07-04')).toEqual({ y: 1980, m: 7, d: 4 });
    expect(parseDate('19800704')).toEqual({ y: 1980, m: 7, d: 4 });
    expect(parseDate('1980-13-04')).toBeNull();
    expect(parseDate('july')).toBeNull();
  });

  it('recognises day and month swapped, but not equal dates', () => {
    expect(monthDaySwapped('1980-07-04', '1980-04-07')).toBe(true);
    expect(monthDaySwapped('1980-07-07', '1980-07-07')).toBe(false);
    expect(monthDaySwapped('1980-07-04', '1981-04-07')).toBe(false);
  });

  it('recognises a year off by one, same month and day, same year', () => {
    expect(yearOffByOne('1980-07-04', '1981-07-04')).toBe(true);
    expect(yearOffByOne('1980-07-04', '1982-07-04')).toBe(false);
    expect(sameMonthAndDay('1980-07-04', '1999-07-04')).toBe(true);
    expect(sameYear('1980-07-04', '1980-12-31')).toBe(true);
    expect(sameYear('1980-07-04', 'unknown')).toBe(false);
  });

  it('measures days apart', () => {
    expect(daysApart('2020-02-28', '2020-03-01')).toBe(2);
    expect(withinDays('1971-05-24', '1971-06-24', 31)).toBe(true);
    expect(withinDays('1971-05-24', '1972-06-24', 366)).toBe(false);
  });
});

describe('postal', () => {
  it('reads ZIP5 from ZIP+4 and compares prefixes', () => {
    expect(zip5('64133-1234')).toBe('64133');
    expect(zip5('6413')).toBeNull();
    expect(samePostalPrefix('64133', '64199', 3)).toBe(true);
    expect(samePostalPrefix('64133', '65133', 3)).toBe(false);
  });

  it('abbreviates street words', () => {
    expect(normaliseStreetLine('12 North Main Street.')).toBe('12 N MAIN ST');
  });
});
