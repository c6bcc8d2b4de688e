import { countPeopleByGivenName, decideGenericValues } from './decide-generic-values';
import { DEFAULT_GENERIC_VALUE_RULES } from './generic-value-rules';

describe('decideGenericValues', () => {
  it('marks a value held by more records than its type allows', () => {
    const verdicts = decideGenericValues([
      { key: 'phone:+15550100', type: 'phone', holders: 500, givenNames: [] },
      { key: 'phone:+15550101', type: 'phone', holders: 3, givenNames: ['Ann'] },
      { key: 'loyalty_card:9', type: 'loyalty_card', holders: 13, givenNames: [] },
    ], DEFAULT_GENERIC_VALUE_RULES);
    expect(verdicts.map((v) => [v.key, v.reason])).toEqual([
      ['phone:+15550100', 'too-many-holders'],
      ['loyalty_card:9', 'too-many-holders'],
    ]);
  });

  it('marks a family inbox used by three people, not one used by one person under several spellings', () => {
    const family = { key: 'email:smiths@example.com', type: 'email', holders: 4, givenNames: ['Maria', 'John', 'Emily'] };
    const onePerson = { key: 'email:rob@example.com', type: 'email', holders: 4, givenNames: ['Robert', 'Rob', 'Bob', 'Robrt'] };
    const home = { ...family, key: 'postal_address:1 MAIN ST', type: 'postal_address' };
    expect(decideGenericValues([family, onePerson, home], DEFAULT_GENERIC_VALUE_RULES).map((v) => v.key)).toEqual(['email:smiths@example.com']);
  });

  it('counts compatible names as one person', () => {
    expect(countPeopleByGivenName(['William', 'Bill', 'Will'])).toBe(1);
    expect(countPeopleByGivenName(['Ann', 'Peter'])).toBe(2);
    expect(countPeopleByGivenName([])).toBe(0);
  });
});
