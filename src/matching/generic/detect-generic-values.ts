import { areNicknameEquivalent } from '../comparisons/nicknames';
import { givenNamesCompatible } from '../deterministic/given-names-compatible';
import type { MatchRecord } from '../records/match-record';
import { valuesOf } from '../records/match-record';

/** When an identifier value stops being evidence about one person (see `detectGenericValues`). */
export interface GenericValueRules {
  /** Identifier columns to examine (phone, email, device, ...); names and dates are never generic. */
  columns: readonly string[];
  /** A value held by more than this many records is generic. */
  maxRecords: number;
  /** A value whose records carry more than this many mutually incompatible given names is generic. */
  maxIncompatibleGivenNames: number;
  /** The column holding given names. */
  givenNameColumn: string;
}

export interface GenericValue {
  column: string;
  value: string;
  /** How many records hold it. */
  records: number;
  /** Given names among its records that are pairwise incompatible (a greedy count, so a lower bound). */
  incompatibleGivenNames: number;
  reason: 'too-many-records' | 'too-many-given-names';
}

/**
 * Values of identifier columns that many unrelated people share: a store's phone keyed in by cashiers, a
 * kiosk in the store, 867-5309 typed by shoppers who would rather not say. A shared household value (a
 * landline, a family email) is held by a handful of records with a handful of names, so the limits sit
 * above a household's size: the largest households hold six people, and one person has up to five records.
 * Pure: the caller decides whether a generic value is dropped (treated as unknown) or flagged.
 */
export function detectGenericValues(records: readonly MatchRecord[], rules: GenericValueRules): GenericValue[] {
  const out: GenericValue[] = [];
  for (const column of rules.columns) {
    const holders = new Map<string, number[]>();
    records.forEach((record, index) => {
      for (const value of valuesOf(record, column)) {
        const list = holders.get(value);
        if (list === undefined) holders.set(value, [index]);
        else list.push(index);
      }
    });
    for (const [value, indices] of holders) {
      if (indices.length < 2) continue;
      const names = indices.flatMap((i) => valuesOf(records[i] ?? { id: '', fields: {} }, rules.givenNameColumn));
      // Counting stops one past the limit: that is enough to decide, and bounds the quadratic work on a
      // value held by thousands.
      const incompatible = incompatibleNameCount(names, rules.maxIncompatibleGivenNames + 1);
      const reason =
        indices.length > rules.maxRecords ? 'too-many-records' : incompatible > rules.maxIncompatibleGivenNames ? 'too-many-given-names' : undefined;
      if (reason !== undefined) out.push({ column, value, records: indices.length, incompatibleGivenNames: incompatible, reason });
    }
  }
  return out.sort((a, b) => a.column.localeCompare(b.column) || b.records - a.records || a.value.localeCompare(b.value));
}

/** Names compatible as one person's: equal, a short form, a near spelling, or a nickname. */
export function sameGivenName(a: string, b: string): boolean {
  return givenNamesCompatible(a, b) || areNicknameEquivalent(a, b);
}

/**
 * A greedy count of pairwise incompatible names, the most frequent first (a typo'd rarity should not
 * displace the name it misspells). Finding the largest such set is a maximum-clique problem; the greedy
 * count is a lower bound, which errs towards keeping a value as evidence.
 */
function incompatibleNameCount(names: readonly string[], stopAt: number): number {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const ordered = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  const kept: string[] = [];
  for (const name of ordered) {
    if (kept.every((other) => !sameGivenName(name, other))) kept.push(name);
    if (kept.length >= stopAt) break;
  }
  return kept.length;
}

/** Keys `column\u0000value` of generic values, for quick lookups. */
export function genericValueKeys(values: readonly Pick<GenericValue, 'column' | 'value'>[]): Set<string> {
  return new Set(values.map((v) => genericKey(v.column, v.value)));
}

export function genericKey(column: string, value: string): string {
  return `${column}\u0000${value}`;
}

/** The records with generic values removed, so comparisons see them as unknown rather than as agreement. */
export function withoutGenericValues(records: readonly MatchRecord[], generic: ReadonlySet<string>): MatchRecord[] {
  if (generic.size === 0) return [...records];
  return records.map((record) => {
    let changed = false;
    const fields: Record<string, readonly string[]> = {};
    for (const [column, values] of Object.entries(record.fields)) {
      const kept = values.filter((v) => !generic.has(genericKey(column, v)));
      if (kept.length !== values.length) changed = true;
      if (kept.length > 0) fields[column] = kept;
    }
    return changed ? { id: record.id, fields } : record;
  });
}
