import stringComparison from 'string-comparison';

/** Jaro-Winkler similarity above which two given names count as one name with a typo (Lawrence, Lawrnece). */
export const GIVEN_NAME_SIMILARITY = 0.9;

/**
 * Guard for deterministic links: families share loyalty cards and inboxes, so a shared strong identifier
 * joins two records only when their given names do not clearly disagree. Unknown on either side, equal,
 * one a short form of the other (Rob, Robert), or a near-identical spelling are compatible. Nicknames
 * with other letters (Bill, William) are not: under-merging here is cheap, probabilistic matching
 * recovers it, while an over-merge would join two people's data.
 */
export function givenNamesCompatible(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return true;
  const [x, y] = [fold(a), fold(b)];
  if (x === y) return true;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (shorter.length >= 2 && longer.startsWith(shorter)) return true;
  return stringComparison.jaroWinkler.similarity(x, y) >= GIVEN_NAME_SIMILARITY;
}

function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/[^A-Z]/g, '');
}
