import { areNicknameEquivalent, nicknamePairCount } from './nicknames';

describe('nickname table', () => {
  it('holds at least 150 formal-name/short-form pairs', () => {
    expect(nicknamePairCount()).toBeGreaterThanOrEqual(150);
  });

  it.each([
    ['William', 'Bill'],
    ['bill', 'liam'],
    ['Robert', 'bob'],
    ['Margaret', 'Peggy'],
    ['Elizabeth', 'Beth'],
    ['liz', 'betsy'],
    ['Katherine', 'Kate'],
    ['Alexander', 'Sandy'],
    ['Sandra', 'Sandy'],
  ])('%s and %s are one name', (a, b) => {
    expect(areNicknameEquivalent(a, b)).toBe(true);
    expect(areNicknameEquivalent(b, a)).toBe(true);
  });

  it.each([
    ['William', 'Robert'],
    ['Sandy', 'Bob'],
    ['Zylstra', 'Bill'],
    ['', ''],
  ])('%s and %s are not', (a, b) => {
    expect(areNicknameEquivalent(a, b)).toBe(false);
  });
});
