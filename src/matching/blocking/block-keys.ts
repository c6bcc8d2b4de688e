import { doubleMetaphoneCodes } from '../comparisons/phonetic';
import { MatchRecord, valuesOf } from '../records/match-record';
import type { BlockingKeyPart, BlockingRule } from '../settings/blocking-schema';

/** At most this many keys per record and rule: a record with many values must not explode the blocks. */
const MAX_KEYS_PER_RECORD = 32;

function partKeys(record: MatchRecord, part: BlockingKeyPart): string[] {
  const keys = new Set<string>();
  for (const value of valuesOf(record, part.column)) {
    switch (part.transform) {
      case 'exact':
        keys.add(value);
        break;
      case 'doubleMetaphone':
        for (const code of doubleMetaphoneCodes(value)) keys.add(code);
        break;
      case 'firstLetter':
        keys.add(value.slice(0, 1));
        break;
      case 'prefix':
        keys.add(value.slice(0, part.length ?? 3));
        break;
      case 'year':
        if (/^\d{4}/.test(value)) keys.add(value.slice(0, 4));
        break;
    }
  }
  keys.delete('');
  return [...keys];
}

/** The blocking keys of a record under a rule: one per combination of its parts' values; none if a part is unknown. */
export function blockingKeys(record: MatchRecord, rule: BlockingRule): string[] {
  let keys = [''];
  for (const [i, part] of rule.parts.entries()) {
    const values = partKeys(record, part);
    if (values.length === 0) return [];
    keys = keys.flatMap((prefix) => values.map((v) => (i === 0 ? v : `${prefix}\u0001${v}`)));
    if (keys.length > MAX_KEYS_PER_RECORD) keys = keys.slice(0, MAX_KEYS_PER_RECORD);
  }
  return keys;
}
