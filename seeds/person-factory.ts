import { ageAt, DAY_MS, GenerationContext, YEAR_MS } from './context';
import { personalEmail, workEmail } from './emails';
import { appInstallId, cookieId, paymentToken } from './ids';
import { pickGivenName, pickSurname, Sex } from './names';
import { nicknamesOf } from './nicknames';
import { randomPhone } from './phones';
import { CITIES } from './places';
import { Rng } from './prng';
import { Dated, Gender, Millis, NameSuffix, Person, PhoneNumber, YMD } from './types';

const AGE_BUCKETS: readonly (readonly [readonly [number, number], number])[] = [
  [[19, 24], 10],
  [[25, 34], 18],
  [[35, 44], 17],
  [[45, 54], 16],
  [[55, 64], 16],
  [[65, 74], 15],
  [[75, 92], 10],
];

/** A birth date for someone aged between minAge and maxAge on `asOf`. */
export function birthForAge(rng: Rng, asOf: Millis, minAge: number, maxAge: number): YMD {
  const latest = asOf - minAge * YEAR_MS;
  const earliest = asOf - (maxAge + 1) * YEAR_MS + DAY_MS;
  const t = new Date(earliest + rng.next() * (latest - earliest));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function randomAdultAge(rng: Rng, min = 19, max = 92): number {
  for (let i = 0; i < 20; i++) {
    const [lo, hi] = rng.weighted(AGE_BUCKETS);
    const age = rng.int(lo, hi);
    if (age >= min && age <= max) return age;
  }
  return rng.int(min, max);
}

export interface PersonSpec {
  householdId: string;
  sex: Sex;
  birth: YMD;
  /** Current legal surname; with `maidenName` and `marriedAt`, the surname before the marriage. */
  surname: string;
  maidenName?: string;
  marriedAt?: Millis;
  firstName?: string;
  avoidFirstNames?: readonly string[];
  /** Forces the middle name (a Jr. often carries his father's). */
  middleName?: string;
  suffix?: NameSuffix;
  cityIndex: number;
  homeStore: number;
}

/** One person with a name, birth date and the contact points and devices they use. */
export function createPerson(rng: Rng, ctx: GenerationContext, spec: PersonSpec): Person {
  const age = ageAt(spec.birth, ctx.asOf);
  const isAdult = age >= 18;
  const gender: Gender = isAdult && rng.chance(0.006) ? 'X' : spec.sex;
  const firstName = spec.firstName ?? pickGivenName(rng, spec.sex, spec.birth.y, spec.avoidFirstNames);
  const middleName = spec.middleName ?? (rng.chance(0.72)
    ? rng.chance(0.1)
      ? pickSurname(rng)
      : pickGivenName(rng, spec.sex, spec.birth.y, [firstName])
    : undefined);
  const nicknames = nicknamesOf(firstName);
  const nickname = nicknames.length > 0 && rng.chance(0.45) ? (rng.chance(0.6) ? nicknames[0] : rng.pick(nicknames)) : undefined;

  const surnames: Dated<string>[] =
    spec.maidenName !== undefined && spec.marriedAt !== undefined
      ? [
          { value: spec.maidenName, from: -Infinity },
          { value: spec.surname, from: spec.marriedAt },
        ]
      : [{ value: spec.surname, from: -Infinity }];

  const city = CITIES[spec.cityIndex];
  if (city === undefined) throw new Error(`no city ${spec.cityIndex}`);
  const owner = {
    first: firstName,
    last: spec.maidenName ?? spec.surname,
    ...(middleName === undefined ? {} : { middle: middleName }),
    ...(nickname === undefined ? {} : { nickname }),
    birthYear: spec.birth.y,
  };

  const emails: Dated<string>[] = [];
  if (age >= 18 ? rng.chance(0.96) : age >= 13 && rng.chance(0.7)) {
    const changeAt = changeTime(rng, ctx, 0.12);
    if (changeAt === undefined) {
      emails.push({ value: personalEmail(rng, ctx.registry, owner), from: -Infinity });
    } else {
      emails.push({ value: personalEmail(rng, ctx.registry, owner, true), from: -Infinity });
      const after = { ...owner, last: spec.marriedAt !== undefined && spec.marriedAt < changeAt ? spec.surname : owner.last };
      emails.push({ value: personalEmail(rng, ctx.registry, after), from: changeAt });
    }
  }

  const phones: Dated<PhoneNumber>[] = [];
  if (age >= 18 ? rng.chance(0.94) : age >= 12 && rng.chance(0.75)) {
    phones.push({ value: randomPhone(rng, city.areaCodes, ctx.registry), from: -Infinity });
    const changeAt = changeTime(rng, ctx, 0.06);
    if (changeAt !== undefined) phones.push({ value: randomPhone(rng, city.areaCodes, ctx.registry), from: changeAt });
  }

  const cards = age >= 18 ? rng.weighted([[1, 70], [2, 25], [3, 5]] as const) : age >= 16 && rng.chance(0.3) ? 1 : 0;
  const cookies = age >= 13 ? rng.int(1, 3) : 0;
  const apps = age >= 13 ? rng.weighted([[0, 45], [1, 45], [2, 10]] as const) : 0;
  const firstSeen = (): Millis => ctx.windowStart - YEAR_MS + rng.next() * (ctx.asOf - ctx.windowStart);

  return {
    personId: ctx.nextPersonId(),
    householdId: spec.householdId,
    sex: spec.sex,
    gender,
    isAdult,
    firstName,
    ...(middleName === undefined ? {} : { middleName }),
    surnames,
    ...(spec.suffix === undefined ? {} : { suffix: spec.suffix }),
    ...(nickname === undefined ? {} : { nickname }),
    birth: spec.birth,
    emails,
    ...(isAdult && age <= 66 && rng.chance(0.22) ? { workEmail: workEmail(rng, ctx.registry, firstName, spec.surname) } : {}),
    phones,
    paymentTokens: Array.from({ length: cards }, () => paymentToken(rng)),
    cookieIds: Array.from({ length: cookies }, () => cookieId(rng, firstSeen())),
    appInstallIds: Array.from({ length: apps }, () => appInstallId(rng)),
    homeStore: spec.homeStore,
    loyaltyCards: [],
    ecommerceAccountIds: [],
  };
}

/** With probability p, a moment inside the window (not in its last month) when something changed. */
function changeTime(rng: Rng, ctx: GenerationContext, p: number): Millis | undefined {
  if (!rng.chance(p)) return undefined;
  return ctx.windowStart + rng.next() * (ctx.asOf - ctx.windowStart - 30 * DAY_MS);
}
