import type { MatchingSettingsInput } from './matching-settings';
import { dateComparison, nameComparison } from './comparison-library';

/**
 * Settings for Splink's synthetic fake_1000 set: first_name, surname, dob (yyyy-mm-dd), city, email.
 * Its duplicates have typos, nicknames (Rob for Robert), swapped names, missing values and changed emails.
 */
export const FAKE1000_SETTINGS: MatchingSettingsInput = {
  formatVersion: 1,
  name: 'fake_1000',
  description: "Splink's synthetic people: first_name, surname, dob, city, email",
  comparisons: [
    nameComparison('first_name', 'first_name', { tf: true, nicknames: true, swappedWith: 'surname' }),
    nameComparison('surname', 'surname', { tf: true, swappedWith: 'first_name' }),
    {
      name: 'dob',
      column: 'dob',
      levels: [
        { kind: 'null' },
        { kind: 'exact' },
        { kind: 'levenshtein', maxDistance: 1, label: 'one character off' },
        { kind: 'dateMonthDaySwapped' },
        { kind: 'dateWithinDays', days: 31 },
        { kind: 'dateWithinDays', days: 366 },
        { kind: 'dateWithinDays', days: 3653 },
        { kind: 'else' },
      ],
    },
    {
      name: 'city',
      column: 'city',
      levels: [{ kind: 'null' }, { kind: 'exact', tf: true }, { kind: 'jaroWinkler', threshold: 0.85 }, { kind: 'else' }],
    },
    {
      name: 'email',
      column: 'email',
      levels: [
        { kind: 'null' },
        { kind: 'exact' },
        // User names are made of names: only a long one that agrees exactly is evidence of its own.
        { kind: 'exact', column: 'email_user', minLength: 4, label: 'same user name' },
        { kind: 'jaroWinkler', threshold: 0.88 },
        { kind: 'else' },
      ],
    },
  ],
  blockingRules: [
    { name: 'email', parts: [{ column: 'email' }] },
    { name: 'first_name+surname', parts: [{ column: 'first_name' }, { column: 'surname' }] },
    { name: 'dob', parts: [{ column: 'dob' }] },
    { name: 'surname metaphone+birth year', parts: [{ column: 'surname', transform: 'doubleMetaphone' }, { column: 'dob', transform: 'year' }] },
    { name: 'first_name metaphone+birth year', parts: [{ column: 'first_name', transform: 'doubleMetaphone' }, { column: 'dob', transform: 'year' }] },
    { name: 'email user', parts: [{ column: 'email_user' }] },
    { name: 'surname', parts: [{ column: 'surname' }], maxBlockSize: 100 },
    { name: 'first_name', parts: [{ column: 'first_name' }], maxBlockSize: 100 },
    { name: 'city+birth year', parts: [{ column: 'city' }, { column: 'dob', transform: 'year' }] },
    { name: 'first initial+birth year', parts: [{ column: 'first_name', transform: 'firstLetter' }, { column: 'dob', transform: 'year' }] },
    { name: 'surname initial+birth year', parts: [{ column: 'surname', transform: 'firstLetter' }, { column: 'dob', transform: 'year' }] },
  ],
  trainingBlockingRules: [
    { name: 'first_name+surname', parts: [{ column: 'first_name' }, { column: 'surname' }] },
    { name: 'dob', parts: [{ column: 'dob' }] },
    { name: 'email', parts: [{ column: 'email' }] },
  ],
  clustering: { maxClusterSize: 30 },
};
