const SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * The parts of family names that can show kinship: a hyphenated name shares each part with the names it was
 * made of ("Lee-Park" with "Park"), and a maiden name on older records still counts.
 */
export function surnameParts(familyNames: readonly string[]): Set<string> {
  const parts = new Set<string>();
  for (const name of familyNames) {
    for (const part of name.toLowerCase().split(/[\s-]+/)) {
      const clean = part.replace(/[^\p{L}']/gu, '');
      if (clean.length >= 2 && !SUFFIXES.has(clean)) parts.add(clean);
    }
  }
  return parts;
}

export function shareSurname(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const part of a) if (b.has(part)) return true;
  return false;
}
