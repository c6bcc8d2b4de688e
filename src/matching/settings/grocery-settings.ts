import { dateComparison, exactComparison, nameComparison } from './comparison-library';
import type { MatchingSettingsInput } from './matching-settings';

/**
 * Default settings for the canonical grocery record (records/from-canonical.ts): names, date of birth, ZIP,
 * email, phone, postal address, loyalty card, payment token and device ids. Households share addresses,
 * landlines, family emails, payment cards and tablets, so those agreements are weighed by training rather
 * than trusted; the names and the date of birth tell members apart.
 */
export const GROCERY_SETTINGS: MatchingSettingsInput = {
  formatVersion: 1,
  name: 'grocery-canonical',
  description: 'Canonical customer records of the grocery sources',
  comparisons: [
    nameComparison('givenName', 'givenName', { tf: true, nicknames: true, swappedWith: 'familyName' }),
    nameComparison('familyName', 'familyName', { tf: true }),
    dateComparison('dateOfBirth', 'dateOfBirth'),
    {
      name: 'email',
      column: 'email',
      levels: [
        { kind: 'null' },
        { kind: 'exact' },
        { kind: 'else' },
      ],
    },
    {
      name: 'phone',
      column: 'phone',
      levels: [{ kind: 'null' }, { kind: 'exact', tf: true }, { kind: 'levenshtein', maxDistance: 1 }, { kind: 'else' }],
    },
    // One comparison for address and ZIP: the same address implies the same ZIP, and counting both as
    // independent evidence would double the weight of living together.
    {
      name: 'address',
      column: 'postalCode',
      levels: [
        { kind: 'null' },
        { kind: 'exact', tf: true, column: 'address', label: 'same address' },
        { kind: 'jaroWinkler', threshold: 0.9, column: 'streetLine', label: 'similar street line' },
        { kind: 'exact', tf: true, label: 'same ZIP5' },
        { kind: 'postalPrefix', digits: 3, label: 'same ZIP3' },
        { kind: 'else' },
      ],
    },
    exactComparison('loyaltyCard', 'loyaltyCard'),
    exactComparison('paymentToken', 'paymentToken'),
    exactComparison('device', 'device'),
  ],
  blockingRules: [
    { name: 'phone', parts: [{ column: 'phone' }], maxBlockSize: 50 },
    { name: 'email', parts: [{ column: 'email' }], maxBlockSize: 50 },
    { name: 'email user name', parts: [{ column: 'emailUser' }], maxBlockSize: 50 },
    { name: 'familyName metaphone+zip', parts: [{ column: 'familyName', transform: 'doubleMetaphone' }, { column: 'postalCode' }] },
    { name: 'dateOfBirth+first initial', parts: [{ column: 'dateOfBirth' }, { column: 'givenName', transform: 'firstLetter' }] },
    { name: 'address', parts: [{ column: 'address' }], maxBlockSize: 50 },
    { name: 'device', parts: [{ column: 'device' }], maxBlockSize: 50 },
    { name: 'loyaltyCard', parts: [{ column: 'loyaltyCard' }], maxBlockSize: 50 },
    { name: 'paymentToken', parts: [{ column: 'paymentToken' }], maxBlockSize: 50 },
    { name: 'givenName+familyName', parts: [{ column: 'givenName' }, { column: 'familyName' }] },
  ],
  // Training pairs come from rules on personal attributes: pairs sharing a household's email, landline,
  // address or payment card would teach EM that household members are matches.
  trainingBlockingRules: [
    { name: 'dateOfBirth', parts: [{ column: 'dateOfBirth' }] },
    { name: 'givenName+familyName', parts: [{ column: 'givenName' }, { column: 'familyName' }] },
  ],
  clustering: {
    maxClusterSize: 40,
    // A date of birth keyed wrong (one character, a day/month swap, a year off by one) may be the same date;
    // 1960 and 1988 (two edits) are two people: a father and son of one name.
    uniqueConstraints: [
      { column: 'dateOfBirth', compatibility: 'date' },
      { column: 'givenName', compatibility: 'givenName' },
      { column: 'loyaltyCard' },
    ],
  },
  // A store's phone typed by cashiers, a kiosk, a number shoppers give to avoid giving theirs: shared by
  // more records or more different people than any household, and so no evidence of one person.
  genericValues: { columns: ['phone', 'email', 'address', 'device', 'paymentToken', 'loyaltyCard'] },
};
