import type { MatchRecord } from '../records/match-record';

/** One record holding every value of the given records (several values agree when any pair agrees). */
export function unionRecord(id: string, records: readonly MatchRecord[]): MatchRecord {
  if (records.length === 1 && records[0] !== undefined) return { id, fields: records[0].fields };
  const fields: Record<string, Set<string>> = {};
  for (const record of records) {
    for (const [column, values] of Object.entries(record.fields)) {
      const set = (fields[column] ??= new Set<string>());
      for (const v of values) set.add(v);
    }
  }
  return { id, fields: Object.fromEntries(Object.entries(fields).map(([column, set]) => [column, [...set]])) };
}
