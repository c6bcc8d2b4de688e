import { floor, max, min } from '../numeric';
/**
 * Jaro-Winkler similarity and Levenshtein distance with the semantics of the `string-comparison` package
 * (whitespace dropped and letters lower-cased before comparing; the Winkler prefix boost, up to 4
 * characters at 0.1, only when the Jaro similarity exceeds 0.7). Re-implemented on typed arrays because the
 * package allocates per call and runs tens of times slower inside jest's module sandbox; the unit tests
 * check that both give the same numbers.
 */

function prepare(value: string): string {
  return value.replace(/\s+/g, '').toLowerCase();
}

let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

function jaro(a: string, b: string): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  if (a === b) return 1;
  const [la, lb] = [a.length, b.length];
  if (flagsA.length < la) flagsA = new Uint8Array(la * 2);
  if (flagsB.length < lb) flagsB = new Uint8Array(lb * 2);
  flagsA.fill(0, 0, la);
  flagsB.fill(0, 0, lb);
  const window = floor(max(la, lb) / 2) - 1;
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const end = min(lb, i + window + 1);
    for (let j = max(0, i - window); j < end; j++) {
      if (flagsB[j] === 0 && a.charCodeAt(i) === b.charCodeAt(j)) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (flagsA[i] !== 1) continue;
    while (flagsB[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const t = transpositions / 2;
  return (matches / la + matches / lb + (matches - t) / matches) / 3;
}

export function jaroWinkler(a: string, b: string): number {
  let similarity = jaro(prepare(a), prepare(b));
  if (similarity > 0.7) {
    let prefix = 0;
    const limit = min(a.length, b.length, 4);
    while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
    similarity += 0.1 * prefix * (1 - similarity);
  }
  return similarity;
}

let row = new Uint32Array(64);

/** Edit distance (insertions, deletions, substitutions) after dropping whitespace and lower-casing. */
export function levenshtein(a: string, b: string): number {
  const [x, y] = [prepare(a), prepare(b)];
  if (x === y) return 0;
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  if (row.length < y.length + 1) row = new Uint32Array((y.length + 1) * 2);
  for (let j = 0; j <= y.length; j++) row[j] = j;
  for (let i = 1; i <= x.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const above = row[j] ?? 0;
      const cost = x.charCodeAt(i - 1) === y.charCodeAt(j - 1) ? 0 : 1;
      row[j] = min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[y.length] ?? 0;
}
