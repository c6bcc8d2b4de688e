import doubleMetaphone from 'double-metaphone';

const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 200_000;

/**
 * Double Metaphone codes of a name: the primary and, when it differs, the alternate (Schmidt: XMT, SMT).
 * Letters only are encoded; an empty result means the value has no letters.
 */
export function doubleMetaphoneCodes(value: string): readonly string[] {
  const cached = cache.get(value);
  if (cached !== undefined) return cached;
  const letters = value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z]/g, '');
  const codes = letters.length === 0 ? [] : [...new Set(doubleMetaphone(letters).filter((c) => c.length > 0))];
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(value, codes);
  return codes;
}

/** True when the two values share a primary or alternate Double Metaphone code. */
export function phoneticMatch(a: string, b: string): boolean {
  const codesOfB = doubleMetaphoneCodes(b);
  return doubleMetaphoneCodes(a).some((code) => codesOfB.includes(code));
}
