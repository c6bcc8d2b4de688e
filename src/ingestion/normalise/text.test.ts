import { collapseWhitespace, countDigits, stripDiacritics } from './text';

describe('text helpers', () => {
  it.each([
    ['José', 'Jose'],
    ['Ñúñez', 'Nunez'],
    ['Zoë Brontë', 'Zoe Bronte'],
    ['Françoise', 'Francoise'],
    ['Strauß', 'Strauss'],
    ['Łódź', 'Lodz'],
    ['Søren Ærø', 'Soren AEro'],
    ['Đorđe', 'Dorde'],
    ['Nguyễn', 'Nguyen'],
    ['plain ascii', 'plain ascii'],
    ['王小明', '王小明'],
  ])('stripDiacritics(%j) = %j', (raw, expected) => {
    expect(stripDiacritics(raw)).toBe(expected);
  });

  it('collapses every kind of whitespace', () => {
    expect(collapseWhitespace('  a\t\tb\u00A0\u00A0c\n d  ')).toBe('a b c d');
  });

  it('counts digits', () => {
    expect(countDigits('(312) 555-0143 x1')).toBe(11);
  });
});
