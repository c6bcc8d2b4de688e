import { Rng } from './prng';

/**
 * How noisy the generated records are. Rates are per field (or per record where said). The defaults aim at
 * what a retailer's real extracts look like; `CLEAN_NOISE` turns every kind of error off (format variety —
 * "St" vs "Street", "(312) 555-0143" vs "312.555.0143" — stays, since it is valid data, not an error).
 */
export interface NoiseProfile {
  /** A typo (transposition, deletion, substitution, doubled letter) in a name field. */
  nameTypo: number;
  /** A name field in UPPER or lower case (POS embossing is always upper case). */
  nameCase: number;
  /** Extra spaces in a name field. */
  nameWhitespace: number;
  /** An informal source shows the nickname of a person who has one. */
  nicknameUse: number;
  /** After a marriage, a record still shows the maiden name (nobody updated it). */
  staleSurname: number;
  /** Day and month swapped in a date of birth (only where the swap is still a real date). */
  dobSwap: number;
  /** Date of birth year off by one. */
  dobYearOff: number;
  /** A gmail address written with other dots, a +tag, or other case. */
  emailVariant: number;
  /** A typo in an email domain a cashier keyed in (POS receipt email). */
  emailTypo: number;
  /** A placeholder phone (000-000-0000, 555-555-5555, 123-456-7890) in a POS or fuel record. */
  junkPhone: number;
  /** Multiplies each store's habit of typing the store's own phone for shoppers who give none. */
  storePhone: number;
  /** A typo in a street name. */
  addressTypo: number;
  /** A record keeps an address (or email, phone) from before the person's move or change. */
  staleContact: number;
}

export const DEFAULT_NOISE: NoiseProfile = {
  nameTypo: 0.05,
  nameCase: 0.08,
  nameWhitespace: 0.03,
  nicknameUse: 0.55,
  staleSurname: 0.2,
  dobSwap: 0.02,
  dobYearOff: 0.02,
  emailVariant: 0.25,
  emailTypo: 0.02,
  junkPhone: 0.01,
  storePhone: 1,
  addressTypo: 0.02,
  staleContact: 0.15,
};

export const CLEAN_NOISE: NoiseProfile = {
  nameTypo: 0,
  nameCase: 0,
  nameWhitespace: 0,
  nicknameUse: 0,
  staleSurname: 0,
  dobSwap: 0,
  dobYearOff: 0,
  emailVariant: 0,
  emailTypo: 0,
  junkPhone: 0,
  storePhone: 0,
  addressTypo: 0,
  staleContact: 0,
};

/** Neighbouring keys on a QWERTY keyboard, for substitution typos. */
const KEY_NEIGHBOURS: Readonly<Record<string, string>> = {
  a: 'qwsz', b: 'vghn', c: 'xdfv', d: 'serfcx', e: 'wsdr', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', i: 'ujko',
  j: 'huikmn', k: 'jiolm', l: 'kop', m: 'njk', n: 'bhjm', o: 'iklp', p: 'ol', q: 'wa', r: 'edft', s: 'awedxz',
  t: 'rfgy', u: 'yhji', v: 'cfgb', w: 'qase', x: 'zsdc', y: 'tghu', z: 'asx',
};

export type TypoKind = 'transposition' | 'deletion' | 'substitution' | 'doubled';

/**
 * One keyboard typo in a word. Letters only move among letters (never across a space, hyphen or apostrophe),
 * the first letter is kept (people rarely get it wrong), and the result always differs from the input.
 */
export function typo(rng: Rng, value: string, kind: TypoKind = rng.weighted<TypoKind>([['transposition', 3], ['deletion', 3], ['substitution', 3], ['doubled', 2]])): string {
  const chars = Array.from(value);
  const letterAt = (i: number): boolean => /\p{L}/u.test(chars[i] ?? '');
  const positions = chars.map((_, i) => i).filter((i) => i > 0 && letterAt(i));
  if (positions.length < 2) return value;
  const at = rng.pick(positions);
  const c = chars[at] as string;
  switch (kind) {
    case 'transposition': {
      const next = at + 1 < chars.length && letterAt(at + 1) ? at + 1 : at - 1;
      if (next < 1 || !letterAt(next) || chars[next] === c) return typo(rng, value, 'doubled');
      chars[at] = chars[next] as string;
      chars[next] = c;
      break;
    }
    case 'deletion':
      if (chars.length <= 3) return typo(rng, value, 'doubled');
      chars.splice(at, 1);
      break;
    case 'substitution': {
      const lower = c.toLowerCase();
      const options = KEY_NEIGHBOURS[lower];
      if (options === undefined) return typo(rng, value, 'doubled');
      const replacement = options.charAt(rng.int(0, options.length - 1));
      chars[at] = c === lower ? replacement : replacement.toUpperCase();
      break;
    }
    case 'doubled':
      chars.splice(at, 0, c);
      break;
  }
  return chars.join('');
}

/** José -> Jose, Zoë -> Zoe, Muñoz -> Munoz. */
export function stripDiacritics(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '');
}

export function hasDiacritics(value: string): boolean {
  return stripDiacritics(value) !== value;
}

/** UPPER or lower case. */
export function caseVariant(rng: Rng, value: string): string {
  return rng.chance(0.65) ? value.toUpperCase() : value.toLowerCase();
}

/** Stray spaces: doubled inside a multi-word value, or around it. */
export function whitespaceVariant(rng: Rng, value: string): string {
  if (value.includes(' ') && rng.chance(0.5)) return value.replace(' ', '  ');
  return rng.chance(0.5) ? ` ${value}` : `${value} `;
}

/** Collects what noise went into a record (for the manifest's counts and for debugging a matcher). */
export class NoiseTags {
  readonly tags: string[] = [];

  add(tag: string): void {
    this.tags.push(tag);
  }
}

/** Applies name noise to one name field: typo, then case, then whitespace, each at its profile rate. */
export function noisyName(rng: Rng, value: string, noise: NoiseProfile, tags: NoiseTags, field: string): string {
  let out = value;
  if (rng.chance(noise.nameTypo)) {
    const changed = typo(rng, out);
    if (changed !== out) {
      out = changed;
      tags.add(`typo:${field}`);
    }
  }
  if (rng.chance(noise.nameCase)) {
    out = caseVariant(rng, out);
    tags.add(`case:${field}`);
  }
  if (rng.chance(noise.nameWhitespace)) {
    out = whitespaceVariant(rng, out);
    tags.add(`whitespace:${field}`);
  }
  return out;
}
