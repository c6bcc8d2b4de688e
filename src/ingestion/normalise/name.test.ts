import { ErrorCode } from '../../errors';
import { INVALID_NAME_CODE, MAX_NAME_LENGTH, normaliseName } from './name';

describe('normaliseName', () => {
  describe('ok', () => {
    it.each([
      ['Jane', 'Jane'],
      ['jane', 'Jane'],
      ['JANE', 'Jane'],
      ['  jane   doe  ', 'Jane Doe'],
      ['Jane\tDoe', 'Jane Doe'],
      ['José', 'Jose'],
      ['JOSÉ GARCÍA', 'Jose Garcia'],
      ['Zoë', 'Zoe'],
      ['Ñúñez', 'Nunez'],
      ['François', 'Francois'],
      ['Müller', 'Muller'],
      ['Łukasz', 'Lukasz'],
      ['Øyvind', 'Oyvind'],
      ['Strauß', 'Strauss'],
      ["o'brien", "O'Brien"],
      ["O'BRIEN", "O'Brien"],
      ['O’Connor', "O'Connor"],
      ["d'angelo", "D'Angelo"],
      ['MARY-ANN', 'Mary-Ann'],
      ['smith-jones', 'Smith-Jones'],
      ['Smith–Jones', 'Smith-Jones'],
      ["mary-kate o'neil", "Mary-Kate O'Neil"],
      ['MCDONALD', 'Mcdonald'],
      ['Mr. John Smith', 'John Smith'],
      ['Mrs Jane Smith', 'Jane Smith'],
      ['MS. JANE SMITH', 'Jane Smith'],
      ['Dr. Mary Jones', 'Mary Jones'],
      ['Prof. Dr. Ada Lovelace', 'Ada Lovelace'],
      ['John Smith Jr.', 'John Smith Jr'],
      ['John Smith, Sr.', 'John Smith Sr'],
      ['John Smith III', 'John Smith III'],
      ['john smith ii', 'John Smith II'],
      ['J. R. R. Tolkien', 'J R R Tolkien'],
      ['J', 'J'],
      ['Mary -Ann', 'Mary Ann'],
      ['王', '王'],
      ['Nguyễn Văn An', 'Nguyen Van An'],
    ])('%j -> %j', (raw, expected) => {
      expect(normaliseName(raw)).toEqual({ kind: 'ok', value: expected });
    });

    it('gives one value for spelling variants of one name', () => {
      const variants = ["MARY-ANN O'BRIEN", "mary-ann o'brien", 'Mary-Ann O’Brien', '  Mary-Ann   O’Brien ', "Mrs. Mary-Ann O'Brien"];
      const values = new Set(variants.map((v) => JSON.stringify(normaliseName(v))));
      expect(values.size).toBe(1);
    });

    it(`accepts exactly ${MAX_NAME_LENGTH} characters`, () => {
      expect(normaliseName('a'.repeat(MAX_NAME_LENGTH)).kind).toBe('ok');
    });
  });

  describe('junk: placeholders', () => {
    it.each([
      '',
      '   ',
      'unknown',
      'UNKNOWN',
      'Unknown Unknown',
      'n/a',
      'N/A',
      'na',
      'NA',
      'none',
      'test',
      'TEST',
      'Test Test',
      'customer',
      'Customer',
      'valued customer',
      'Valued Customer',
      'Test Customer',
      'guest',
      'x',
      'X',
      'xx',
      'xxx',
      '-',
      '--',
      '?',
      '???',
      '***',
      '...',
      '.',
      "'",
      'null',
      'NULL',
      'undefined',
      'Mr.',
      'Mrs',
      'Mr. X',
      'Dr. Unknown',
    ])('%j is junk', (raw) => {
      expect(normaliseName(raw).kind).toBe('junk');
    });
  });

  describe('invalid', () => {
    it.each([
      ['R2D2', INVALID_NAME_CODE, 'name contains digits'],
      ['John Smith 3rd', INVALID_NAME_CODE, 'name contains digits'],
      ['Jane2', INVALID_NAME_CODE, 'name contains digits'],
      ['١٢٣', INVALID_NAME_CODE, 'name contains digits'],
      ['jane@doe.com', INVALID_NAME_CODE, 'characters other than letters'],
      ['Jane & John', INVALID_NAME_CODE, 'characters other than letters'],
      ['<script>', INVALID_NAME_CODE, 'characters other than letters'],
      ['Jane 😀', INVALID_NAME_CODE, 'characters other than letters'],
      ['Jane/Doe', INVALID_NAME_CODE, 'characters other than letters'],
      ['a'.repeat(MAX_NAME_LENGTH + 1), ErrorCode.VALUE_TOO_LONG, `is ${MAX_NAME_LENGTH + 1} characters long; the limit is ${MAX_NAME_LENGTH}`],
      [`${'Jane '.repeat(30)}Doe`, ErrorCode.VALUE_TOO_LONG, 'the limit is 100'],
    ])('%j: %s %s', (raw, code, message) => {
      expect(normaliseName(raw)).toEqual({ kind: 'invalid', code, message: expect.stringContaining(message) });
    });

    it.each(['R2D2', 'Jane & John', 'Jane/Doe', `${'Jane '.repeat(30)}Doe`])('never echoes the name: %j', (raw) => {
      const result = normaliseName(raw);
      if (result.kind !== 'invalid') throw new Error('expected invalid');
      expect(result.message.toLowerCase()).not.toMatch(/jane|john|r2d2|doe/);
    });
  });
});
