import type { MatchRecord } from '../records/match-record';
import { valuesOf } from '../records/match-record';

/** How often each value of a column occurs among the records (a value counted once per record). */
export interface TermFrequencyTable {
  total: number;
  counts: Record<string, number>;
}

export function buildTermFrequencies(records: readonly MatchRecord[], columns: readonly string[]): Record<string, TermFrequencyTable> {
  const tables: Record<string, TermFrequencyTable> = {};
  for (const column of new Set(columns)) {
    const counts = new Map<string, number>();
    let total = 0;
    for (const record of records) {
      for (const value of valuesOf(record, column)) {
        counts.set(value, (counts.get(value) ?? 0) + 1);
        total++;
      }
    }
    tables[column] = { total, counts: Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
  }
  return tables;
}

/** The relative frequency of a value, or null when the table does not know it. */
export function termFrequency(table: TermFrequencyTable | undefined, value: string): number | null {
  if (table === undefined || table.total === 0) return null;
  const count = table.counts[value];
  return count === undefined ? null : count / table.total;
}
