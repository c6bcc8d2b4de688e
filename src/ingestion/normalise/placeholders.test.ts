import { foldPlaceholder, isAllSameCharacter, isPlaceholderWord, isSequentialDigits } from './placeholders';

describe('placeholders', () => {
  it.each(['n/a', 'N/A', ' NA ', 'None', 'NULL', 'unknown', 'Unknówn', 'refused', 'Not  Provided', '-', '?'])('%j is a placeholder word', (v) => {
    expect(isPlaceholderWord(v)).toBe(true);
  });

  it.each(['Nancy', 'nan', 'n/a/b', 'Jane', '0', ''])('%j is not a placeholder word', (v) => {
    expect(isPlaceholderWord(v)).toBe(false);
  });

  it('folds case, diacritics and whitespace', () => {
    expect(foldPlaceholder('  NÓ   Email ')).toBe('no email');
  });

  it.each([
    ['0', true],
    ['0000', true],
    ['xxx', true],
    ['', false],
    ['0001', false],
    ['aA', false],
  ])('isAllSameCharacter(%j) = %s', (v, expected) => {
    expect(isAllSameCharacter(v)).toBe(expected);
  });

  it.each([
    ['123456', 6, true],
    ['12345', 6, false],
    ['12345', 5, true],
    ['0123456789', 6, true],
    ['1234567890', 6, true],
    ['9876543210', 6, true],
    ['3456789', 6, true],
    ['1234567891', 6, false],
    ['123457', 6, false],
    ['abcdef', 6, false],
  ])('isSequentialDigits(%j, %i) = %s', (v, min, expected) => {
    expect(isSequentialDigits(v, min)).toBe(expected);
  });
});
