/**
 * The flat, source-neutral record the matching engine compares. Every field holds zero or more normalised
 * values: an empty list means "unknown" (the comparison's null level), several values (two emails, three
 * device ids) agree when any pair of them agrees.
 */
export interface MatchRecord {
  id: string;
  fields: Readonly<Record<string, readonly string[]>>;
}

const NONE: readonly string[] = [];

/** The values of one column, never undefined. */
export function valuesOf(record: MatchRecord, column: string): readonly string[] {
  return record.fields[column] ?? NONE;
}

/** Builds a record from optional single values and lists, dropping blanks and duplicates. */
export function matchRecord(
  id: string,
  fields: Record<string, string | readonly string[] | null | undefined>,
): MatchRecord {
  const out: Record<string, readonly string[]> = {};
  for (const [column, raw] of Object.entries(fields)) {
    const list = raw === null || raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw;
    const clean = [...new Set(list.map((v) => v.trim()).filter((v) => v.length > 0))];
    if (clean.length > 0) out[column] = clean;
  }
  return { id, fields: out };
}

/** Canonical key of an unordered pair of record ids. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
