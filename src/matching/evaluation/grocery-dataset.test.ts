import { matchRecord } from '../records/match-record';
import { GROCERY_SETTINGS } from '../settings/grocery-settings';
import { cardHolderOverMerges, GroceryDataset } from './grocery-dataset';

describe('cardHolderOverMerges', () => {
  const dataset: GroceryDataset = {
    name: 'hand-made',
    settings: GROCERY_SETTINGS,
    records: ['a', 'b', 'c', 'd', 'e'].map((id) => matchRecord(id, {})),
    truth: ['P1', 'P1', 'P2', 'P2', 'P3'],
    // P1 enrolled C1 (and re-enrolled C9); P2 enrolled C2; P3's record carries no card of its own.
    ownCards: [['C1'], ['C9'], ['C2'], [], []],
    resolvable: [],
    tags: [],
    cases: [],
  };

  it('counts clusters holding two people who each enrolled a card', () => {
    expect(cardHolderOverMerges([[0, 1], [2, 3], [4]], dataset)).toBe(0);
    expect(cardHolderOverMerges([[0, 1, 4], [2, 3]], dataset)).toBe(0);
    expect(cardHolderOverMerges([[0, 2], [1, 3, 4]], dataset)).toBe(1);
    expect(cardHolderOverMerges([[0, 1, 2, 3, 4]], dataset)).toBe(1);
  });
});
