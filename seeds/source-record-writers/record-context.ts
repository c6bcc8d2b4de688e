import { ageAt, GenerationContext, previousValueAt, valueAt } from '../context';
import { emailDomainTypo, emailVariant } from '../emails';
import { DateStyle, formatDate, formatPhone, formatTimestamp, isRealDate, millisOf, MIXED_PHONE_STYLES, PhoneStyle, randomAddressStyle, RenderedAddress, renderAddress, TimestampStyle } from '../formats';
import { NoiseTags, noisyName, stripDiacritics } from '../noise';
import { CITIES } from '../places';
import { Rng } from '../prng';
import { Station, Store } from '../stores';
import { Household, Millis, Person, PhoneNumber, StreetAddress, YMD } from '../types';
import { HouseholdSignal } from './record-types';

/** What a source-record writer knows: the person, their household, the moment of the record, its id. */
export interface RecordContext {
  rng: Rng;
  gen: GenerationContext;
  person: Person;
  household: Household;
  /** The record's updatedAt. */
  at: Millis;
  sourceId: string;
  /** 0 for the person's first record in the source, 1 or more for a second account. */
  duplicateIndex: number;
  tags: NoiseTags;
  signals: Set<HouseholdSignal>;
  /** For loyalty records: the card this membership issued. */
  card?: string;
}

export function city(ctx: RecordContext): (typeof CITIES)[number] {
  const c = CITIES[addressAt(ctx, false).cityIndex];
  if (c === undefined) throw new Error('address without a city');
  return c;
}

export function timestamp(ctx: RecordContext, style: TimestampStyle): string {
  return formatTimestamp(ctx.at, style, city(ctx).utcOffset);
}

/** A banner on most records (some extracts leave it blank). */
export function banner(ctx: RecordContext, name: string): string | undefined {
  return ctx.rng.chance(0.96) ? name : undefined;
}

/** The person's address when the record was last updated; now and then a record that missed a move. */
export function addressAt(ctx: RecordContext, allowStale = true): StreetAddress {
  const history = ctx.person.addresses ?? ctx.household.addresses;
  const current = valueAt(history, ctx.at) ?? history[0]?.value;
  if (current === undefined) throw new Error('person without an address');
  if (allowStale && ctx.rng.chance(ctx.gen.noise.staleContact)) {
    const previous = previousValueAt(history, ctx.at);
    if (previous !== undefined) {
      ctx.tags.add('stale:address');
      return previous;
    }
  }
  return current;
}

/** The address as this source writes it; `formality` 0 (typed by the shopper) to 1 (checked at a counter). */
export function renderedAddress(ctx: RecordContext, formality: number): RenderedAddress {
  const address = addressAt(ctx);
  const c = CITIES[address.cityIndex];
  if (c === undefined) throw new Error('address without a city');
  const style = randomAddressStyle(ctx.rng, formality, ctx.gen.noise.addressTypo);
  if (style.typo) ctx.tags.add('typo:address');
  return renderAddress(ctx.rng, address, c, style);
}

export interface NameStyle {
  /** How likely the source shows a nickname, relative to the profile's rate (0 for legal-name sources). */
  informality: number;
  /** How likely the source keeps diacritics (José) rather than dropping them (Jose). */
  keepDiacritics: number;
}

function maybeStrip(ctx: RecordContext, value: string, keep: number, field: string): string {
  if (stripDiacritics(value) === value || ctx.rng.chance(keep)) return value;
  ctx.tags.add(`ascii:${field}`);
  return stripDiacritics(value);
}

/** The given name this source shows: nickname or formal, compound names ("Mary Ann") written variously. */
export function givenName(ctx: RecordContext, style: NameStyle, field = 'firstName', person: Person = ctx.person): string {
  const rng = ctx.rng;
  let name = person.firstName;
  if (person.nickname !== undefined && rng.chance(ctx.gen.noise.nicknameUse * style.informality)) {
    name = person.nickname;
    ctx.tags.add(`nickname:${field}`);
  } else if (/[ -]/.test(name) && rng.chance(0.4 * style.informality)) {
    const [head = name] = name.split(/[ -]/);
    name = rng.weighted([[head, 2], [name.replace(/[ -]/, ''), 1], [name.replace(/[ -]/, rng.chance(0.5) ? '-' : ' '), 1]] as const);
    ctx.tags.add(`compound:${field}`);
  }
  return noisyName(rng, maybeStrip(ctx, name, style.keepDiacritics, field), ctx.gen.noise, ctx.tags, field);
}

/** The family name at the record's time (maiden name before a marriage, sometimes after it too). */
export function legalSurname(ctx: RecordContext, person: Person = ctx.person): string {
  const current = valueAt(person.surnames, ctx.at) ?? person.surnames[0]?.value ?? '';
  const previous = previousValueAt(person.surnames, ctx.at);
  if (previous !== undefined && ctx.rng.chance(ctx.gen.noise.staleSurname)) {
    ctx.tags.add('stale:surname');
    return previous;
  }
  if (previous !== undefined && person === ctx.person) ctx.tags.add('married-name');
  return current;
}

export function familyName(ctx: RecordContext, style: NameStyle & { suffixRate: number }, field = 'lastName', person: Person = ctx.person): string {
  const rng = ctx.rng;
  let name = legalSurname(ctx, person);
  if (name.includes('-') && rng.chance(0.4)) {
    const [a = name, b = name] = name.split('-');
    name = rng.weighted([[`${a} ${b}`, 3], [b, 3], [a, 2], [`${a}${b}`, 1]] as const);
    ctx.tags.add(`hyphen:${field}`);
  }
  name = maybeStrip(ctx, name, style.keepDiacritics, field);
  name = noisyName(rng, name, ctx.gen.noise, ctx.tags, field);
  if (person.suffix !== undefined && rng.chance(style.suffixRate)) {
    name = `${name}${rng.chance(0.6) ? ' ' : ', '}${rng.chance(0.5) ? person.suffix : person.suffix.replace('.', '')}`;
    ctx.tags.add(`suffix:${field}`);
  }
  return name;
}

export interface EmailChoice {
  email: string;
  shared: boolean;
}

/**
 * The email this record carries: the person's address at the time (or a stale one), sometimes the
 * family address or a work address, and sometimes written another way (gmail dots, +tags, case).
 */
export function email(ctx: RecordContext, options: { family: number; work: number }): EmailChoice | undefined {
  const rng = ctx.rng;
  const { person, household, gen } = ctx;
  const own = valueAt(person.emails, ctx.at) ?? undefined;
  // A second account is usually opened with another address.
  const wantOther = ctx.duplicateIndex > 0;
  if (household.familyEmail !== undefined && person.isAdult && (rng.chance(options.family) || (own === undefined && rng.chance(0.5)) || (wantOther && rng.chance(0.3)))) {
    return { email: variant(ctx, household.familyEmail), shared: true };
  }
  if (person.workEmail !== undefined && (rng.chance(options.work) || (wantOther && rng.chance(0.5)))) {
    return { email: variant(ctx, person.workEmail), shared: false };
  }
  if (own === undefined) return undefined;
  const previous = previousValueAt(person.emails, ctx.at);
  if (previous !== undefined && (rng.chance(gen.noise.staleContact) || (wantOther && rng.chance(0.6)))) {
    ctx.tags.add('stale:email');
    return { email: variant(ctx, previous), shared: false };
  }
  return { email: variant(ctx, own), shared: false };
}

function variant(ctx: RecordContext, address: string): string {
  if (!ctx.rng.chance(ctx.gen.noise.emailVariant)) return address;
  ctx.tags.add('variant:email');
  return emailVariant(ctx.rng, address);
}

/** A cashier's typo in the domain. */
export function typedEmail(ctx: RecordContext, address: string): string {
  if (!ctx.rng.chance(ctx.gen.noise.emailTypo)) return address;
  const typoed = emailDomainTypo(ctx.rng, address);
  if (typoed !== address) ctx.tags.add('typo:email');
  return typoed;
}

export interface PhoneOptions {
  /** How likely the household landline is given instead of the mobile, when there is one. */
  landline: number;
  styles?: readonly (readonly [PhoneStyle, number])[];
}

/** The phone the person gives; children give a parent's (a household signal). */
export function phone(ctx: RecordContext, options: PhoneOptions): string | undefined {
  const rng = ctx.rng;
  const { person, household } = ctx;
  let number: PhoneNumber | undefined = valueAt(person.phones, ctx.at);
  let shared = false;
  const previous = previousValueAt(person.phones, ctx.at);
  if (number !== undefined && previous !== undefined && rng.chance(ctx.gen.noise.staleContact)) {
    number = previous;
    ctx.tags.add('stale:phone');
  }
  if (household.landline !== undefined && (number === undefined || rng.chance(options.landline))) {
    number = household.landline;
    shared = household.members.length > 1;
  }
  if (number === undefined && !person.isAdult) {
    const guardian = household.members.find((m) => m.isAdult && m.phones.length > 0);
    if (guardian !== undefined) {
      number = valueAt(guardian.phones, ctx.at);
      shared = true;
    }
  }
  if (number === undefined) return undefined;
  if (shared) ctx.signals.add('phone');
  return formatPhone(number, rng.weighted(options.styles ?? MIXED_PHONE_STYLES));
}

/** The birth date as this source writes it, with swapped day/month or a year off by one now and then. */
export function dateOfBirth(ctx: RecordContext, styles: readonly (readonly [DateStyle, number])[], noiseScale = 1): string {
  const rng = ctx.rng;
  const truth = ctx.person.birth;
  let d: YMD = truth;
  if (rng.chance(ctx.gen.noise.dobSwap * noiseScale) && truth.d <= 12 && truth.d !== truth.m) {
    d = { y: truth.y, m: truth.d, d: truth.m };
    ctx.tags.add('dob:swapped');
  } else if (rng.chance(ctx.gen.noise.dobYearOff * noiseScale)) {
    const shifted = { ...truth, y: truth.y + (rng.chance(0.5) ? 1 : -1) };
    if (isRealDate(shifted) && millisOf(shifted) <= ctx.at) {
      d = shifted;
      ctx.tags.add('dob:year');
    }
  }
  return formatDate(d, rng.weighted(styles));
}

export interface TokenChoice {
  token: string;
  holder: Person;
}

/** The payment card used: one of the person's own, or the family card (whose holder's name is on it). */
export function paymentCard(ctx: RecordContext, familyRate: number): TokenChoice | undefined {
  const rng = ctx.rng;
  const { person, household } = ctx;
  const family = household.familyCard;
  if (family !== undefined && person.isAdult && (rng.chance(familyRate) || person.paymentTokens.length === 0)) {
    const holder = household.members[family.holder] ?? person;
    return { token: family.token, holder };
  }
  if (person.paymentTokens.length === 0) return undefined;
  return { token: rng.pick(person.paymentTokens), holder: person };
}

/**
 * A loyalty card for a POS, fuel or other record: the person's own (if they are a member), or one of
 * another household member's (shared at the till: a household signal, not the person's id).
 */
export function loyaltyCard(ctx: RecordContext, ownRate: number, sharedRate: number): { card: string; shared: boolean } | undefined {
  const rng = ctx.rng;
  const own = ctx.person.loyaltyCards;
  const others = ctx.household.members.filter((m) => m !== ctx.person && m.loyaltyCards.length > 0);
  if (own.length > 0 && rng.chance(ownRate)) {
    return { card: rng.chance(0.8) ? (own[own.length - 1] as string) : rng.pick(own), shared: false };
  }
  if (others.length > 0 && rng.chance(own.length > 0 ? sharedRate * 0.25 : sharedRate)) {
    const member = rng.pick(others);
    return { card: rng.pick(member.loyaltyCards), shared: true };
  }
  return undefined;
}

/** Card numbers as typed or printed: 481234567890, 4812 3456 7890, 4812-3456-7890. */
export function cardText(rng: Rng, card: string): string {
  const r = rng.next();
  if (r < 0.85) return card;
  const groups = card.match(/.{4}/g) ?? [card];
  return groups.join(r < 0.93 ? ' ' : '-');
}

/** The store of a POS, pharmacy or kiosk record: usually the home store, else another one in town. */
export function store(ctx: RecordContext): Store {
  const { catalogue } = ctx.gen;
  const home = catalogue.stores[ctx.person.homeStore];
  const cityIndex = addressAt(ctx, false).cityIndex;
  if (home !== undefined && home.cityIndex === cityIndex && ctx.rng.chance(0.8)) return home;
  const here = catalogue.storesByCity[cityIndex] ?? [];
  const chosen = catalogue.stores[ctx.rng.pick(here)];
  if (chosen === undefined) throw new Error('city without a store');
  return chosen;
}

export function station(ctx: RecordContext): Station {
  const { catalogue } = ctx.gen;
  const here = catalogue.stationsByCity[addressAt(ctx, false).cityIndex] ?? [];
  const chosen = catalogue.stations[ctx.rng.pick(here)];
  if (chosen === undefined) throw new Error('city without a station');
  return chosen;
}

export function age(ctx: RecordContext): number {
  return ageAt(ctx.person.birth, ctx.at);
}

/** Cookie and app ids seen with a web or ecommerce record; the shared tablet now and then. */
export function devices(ctx: RecordContext, cookieRate: number, appRate: number): { cookieIds: string[]; appInstallIds: string[] } {
  const rng = ctx.rng;
  const { person, household } = ctx;
  const cookieIds = rng.chance(cookieRate) ? rng.shuffle([...person.cookieIds]).slice(0, rng.int(1, Math.max(1, person.cookieIds.length))) : [];
  const appInstallIds = person.appInstallIds.length > 0 && rng.chance(appRate) ? rng.shuffle([...person.appInstallIds]).slice(0, rng.int(1, person.appInstallIds.length)) : [];
  if (household.tablet !== undefined && rng.chance(0.35)) {
    if (rng.chance(0.6)) {
      cookieIds.push(household.tablet.cookieId);
      ctx.signals.add('cookieIds');
    } else {
      appInstallIds.push(household.tablet.appInstallId);
      ctx.signals.add('appInstallIds');
    }
  }
  return { cookieIds, appInstallIds };
}
