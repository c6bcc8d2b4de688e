import { EMAIL_DOMAINS, EMPLOYER_DOMAINS, OLD_EMAIL_DOMAINS } from './places';
import { Rng } from './prng';
import { stripDiacritics } from './noise';
import { UniqueRegistry } from './unique-registry';

/** Lower-case ASCII letters and digits only: "O'Brien" -> "obrien", "José" -> "jose". */
export function emailWord(name: string): string {
  return stripDiacritics(name).toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The mailbox an address delivers to: gmail ignores dots and +tags, other providers only case. */
export function mailboxKey(email: string): string {
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  if (domain === 'gmail.com' || domain === 'googlemail.com') return `${local.split('+')[0]?.replace(/\./g, '')}@gmail.com`;
  return `${local}@${domain}`;
}

export interface EmailOwner {
  first: string;
  last: string;
  middle?: string;
  nickname?: string;
  birthYear: number;
}

type Pattern = (o: { f: string; l: string; m: string; n: string; yy: string; yyyy: string }) => string;

const PATTERNS: readonly (readonly [Pattern, number])[] = [
  [(o) => `${o.f}.${o.l}`, 18],
  [(o) => `${o.f}${o.l}`, 12],
  [(o) => `${o.f.charAt(0)}${o.l}`, 10],
  [(o) => `${o.f.charAt(0)}${o.l}${o.yy}`, 8],
  [(o) => `${o.f}.${o.l}${o.yy}`, 6],
  [(o) => `${o.f}${o.yyyy}`, 4],
  [(o) => `${o.f}_${o.l}`, 5],
  [(o) => `${o.l}.${o.f}`, 3],
  [(o) => `${o.f}${o.l.charAt(0)}`, 4],
  [(o) => (o.m === '' ? `${o.f}.${o.l}` : `${o.f}.${o.m.charAt(0)}.${o.l}`), 3],
  [(o) => `${o.n}.${o.l}`, 5],
  [(o) => `${o.n}${o.l}${o.yy}`, 4],
  [(o) => `${o.f}${o.l}${o.yyyy}`, 3],
  [(o) => `${o.l}${o.f.charAt(0)}`, 2],
];

function claimed(registry: UniqueRegistry, rng: Rng, local: string, domain: string): string {
  let candidate = `${local}@${domain}`;
  for (let attempt = 0; attempt < 12; attempt++) {
    if (registry.claim(mailboxKey(candidate))) return candidate;
    candidate = `${local}${rng.int(1, attempt < 4 ? 99 : 9999)}@${domain}`;
  }
  // Practically unreachable: a long random suffix.
  candidate = `${local}.${rng.hex(8)}@${domain}`;
  registry.add(mailboxKey(candidate));
  return candidate;
}

/** A personal address made from the person's name (first.last@gmail.com, flast82@yahoo.com, ...). */
export function personalEmail(rng: Rng, registry: UniqueRegistry, owner: EmailOwner, old = false): string {
  const f = emailWord(owner.first);
  const l = emailWord(owner.last);
  const o = {
    f,
    l,
    m: emailWord(owner.middle ?? ''),
    n: emailWord(owner.nickname ?? '') || f,
    yy: String(owner.birthYear % 100).padStart(2, '0'),
    yyyy: String(owner.birthYear),
  };
  const pattern = rng.weighted(PATTERNS);
  const domain = rng.weighted(old ? OLD_EMAIL_DOMAINS : EMAIL_DOMAINS);
  return claimed(registry, rng, pattern(o), domain);
}

function plural(surname: string): string {
  const s = emailWord(surname);
  return /(s|x|z|ch|sh)$/.test(s) ? `${s}es` : `${s}s`;
}

/** An address the household shares: thesmiths@gmail.com, garciafamily@yahoo.com, john.and.mary@... */
export function familyEmail(rng: Rng, registry: UniqueRegistry, surname: string, firstNames: readonly string[]): string {
  const s = emailWord(surname);
  const [a = 'home', b = 'family'] = firstNames.map(emailWord);
  const local = rng.weighted<string>([
    [`the${plural(surname)}`, 4],
    [`${s}family`, 4],
    [`${s}.family`, 2],
    [`${a}.and.${b}`, 2],
    [`${a}${b}${s}`, 1],
    [`${s}household`, 1],
    [`${s}home`, 1],
  ]);
  return claimed(registry, rng, local, rng.weighted([['gmail.com', 5], ['yahoo.com', 2], ['comcast.net', 1], ['aol.com', 1], ['icloud.com', 1]]));
}

export function workEmail(rng: Rng, registry: UniqueRegistry, first: string, last: string): string {
  const f = emailWord(first);
  const l = emailWord(last);
  const local = rng.weighted<string>([
    [`${f}.${l}`, 5],
    [`${f.charAt(0)}${l}`, 3],
    [`${f}${l.charAt(0)}`, 1],
    [`${f}_${l}`, 1],
  ]);
  return claimed(registry, rng, local, rng.pick(EMPLOYER_DOMAINS));
}

const PLUS_TAGS = ['freshway', 'grocery', 'shopping', 'deals', 'coupons', 'store', 'valley', 'harbor'];

/** The same mailbox written another way: gmail dots moved, a +tag, or other letter case. */
export function emailVariant(rng: Rng, email: string): string {
  const [local = '', domain = ''] = email.split('@');
  if (domain === 'gmail.com' && rng.chance(0.7)) {
    const bare = local.replace(/\./g, '');
    const choice = rng.int(0, 2);
    if (choice === 0 && local.includes('.')) return `${bare}@${domain}`;
    if (choice === 1 && bare.length > 3) {
      const at = rng.int(1, bare.length - 1);
      return `${bare.slice(0, at)}.${bare.slice(at)}@${domain}`;
    }
    return `${local}+${rng.pick(PLUS_TAGS)}@${domain}`;
  }
  const capitalised = local
    .split('.')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('.');
  return rng.chance(0.5) ? `${capitalised}@${domain.charAt(0).toUpperCase()}${domain.slice(1)}` : email.toUpperCase();
}

const DOMAIN_TYPOS: Readonly<Record<string, readonly string[]>> = {
  'gmail.com': ['gmial.com', 'gmail.co', 'gmai.com', 'gnail.com', 'gmail.con'],
  'yahoo.com': ['yaho.com', 'yahooo.com', 'yahoo.co'],
  'hotmail.com': ['hotmial.com', 'hotmail.co', 'hotmal.com'],
  'outlook.com': ['outlok.com', 'outlook.co'],
  'icloud.com': ['iclod.com', 'icloud.co'],
  'aol.com': ['aol.co', 'aoll.com'],
};

/** A cashier's slip in the domain (still a syntactically valid address, just the wrong one). */
export function emailDomainTypo(rng: Rng, email: string): string {
  const [local = '', domain = ''] = email.split('@');
  const typos = DOMAIN_TYPOS[domain.toLowerCase()];
  return typos === undefined ? `${local}@${domain}` : `${local}@${rng.pick(typos)}`;
}
