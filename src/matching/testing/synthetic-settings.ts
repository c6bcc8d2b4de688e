import { dateComparison, nameComparison, postalCodeComparison } from '../settings/comparison-library';
import type { MatchingSettingsInput } from '../settings/matching-settings';

/** Settings for testing/synthetic-people.ts records. */
export const SYNTHETIC_SETTINGS: MatchingSettingsInput = {
  formatVersion: 1,
  name: 'synthetic',
  comparisons: [
    nameComparison('first', 'first', { nicknames: true }),
    nameComparison('last', 'last', { tf: true }),
    dateComparison('dob', 'dob'),
    postalCodeComparison('zip', 'zip', 3),
  ],
  blockingRules: [
    { name: 'dob', parts: [{ column: 'dob' }] },
    { name: 'last+zip', parts: [{ column: 'last' }, { column: 'zip' }] },
    { name: 'first+last', parts: [{ column: 'first' }, { column: 'last' }] },
  ],
  trainingBlockingRules: [
    { name: 'dob', parts: [{ column: 'dob' }] },
    { name: 'first+last', parts: [{ column: 'first' }, { column: 'last' }] },
  ],
  training: { uSampleSize: 20_000, seed: 'test' },
};
