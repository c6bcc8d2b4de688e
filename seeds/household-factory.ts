import { adversarialRng } from './adversarial';
import { randomAddress, randomCityIndex } from './addresses';
import { ageAt, DAY_MS, GenerationContext, YEAR_MS } from './context';
import { familyEmail } from './emails';
import { appInstallId, cookieId, paymentToken } from './ids';
import { COMMON_FIRST_NAMES, COMMON_SURNAMES, pickSurname, Sex } from './names';
import { birthForAge, createPerson, PersonSpec, randomAdultAge } from './person-factory';
import { randomPhone } from './phones';
import { CITIES } from './places';
import { Rng } from './prng';
import { AdversarialCase, Dated, Household, HouseholdKind, Millis, Person, StreetAddress, YMD } from './types';

/** One or two households made together (two for the "same name in the same city" case) and their tags. */
export interface HouseholdUnit {
  households: Household[];
  cases: AdversarialCase[];
}

const KINDS: readonly (readonly [HouseholdKind, number])[] = [
  ['single', 28],
  ['couple', 26],
  ['family', 19],
  ['single-parent', 7],
  ['multigen', 5],
  ['roommates', 7],
  ['adult-child', 6],
];

const MIN_SIZE: Record<HouseholdKind, number> = {
  single: 1,
  couple: 2,
  family: 3,
  'single-parent': 2,
  multigen: 4,
  roommates: 2,
  'adult-child': 3,
};

/** Rates of the adversarial cases (a few per 1,000 people each). */
export const ADVERSARIAL_RATES = {
  /** Per household with two or more children. */
  twins: 0.04,
  /** Per adult-child household whose child is a son; a small rate for sons in young families. */
  junior: 0.25,
  juniorInFamily: 0.01,
  /** Per household unit. */
  sameNameSameCity: 0.007,
};

/** Share of children under 13 who have no record anywhere, and so are left out of the dataset. */
const YOUNG_CHILD_UNKNOWN = 0.5;

const other = (sex: Sex): Sex => (sex === 'F' ? 'M' : 'F');

/** Builds the members of one household and the household's shared things. */
class HouseholdBuilder {
  readonly members: Person[] = [];
  readonly cases: AdversarialCase[] = [];
  readonly householdId: string;
  readonly cityIndex: number;
  readonly addresses: Dated<StreetAddress>[];
  private readonly storeOfHousehold: number;

  constructor(
    private readonly rng: Rng,
    private readonly ctx: GenerationContext,
    readonly kind: HouseholdKind,
    cityIndex?: number,
  ) {
    this.householdId = ctx.nextHouseholdId();
    this.cityIndex = cityIndex ?? randomCityIndex(rng);
    const current = randomAddress(rng, this.cityIndex);
    const moveAt = kind !== 'roommates' && rng.chance(0.15) ? this.changeTime() : undefined;
    this.addresses =
      moveAt === undefined
        ? [{ value: current, from: -Infinity }]
        : [
            { value: randomAddress(rng, rng.chance(0.7) ? this.cityIndex : randomCityIndex(rng)), from: -Infinity },
            { value: current, from: moveAt },
          ];
    this.storeOfHousehold = this.pickStore();
  }

  private changeTime(): Millis {
    return this.ctx.windowStart + this.rng.next() * (this.ctx.asOf - this.ctx.windowStart - 30 * DAY_MS);
  }

  private pickStore(): number {
    const here = this.ctx.catalogue.storesByCity[this.cityIndex] ?? [];
    return this.rng.pick(here);
  }

  add(spec: Omit<PersonSpec, 'householdId' | 'cityIndex' | 'homeStore'>): Person {
    const person = createPerson(this.rng, this.ctx, {
      ...spec,
      householdId: this.householdId,
      cityIndex: this.cityIndex,
      homeStore: this.rng.chance(0.8) ? this.storeOfHousehold : this.pickStore(),
    });
    this.members.push(person);
    return person;
  }

  adult(minAge: number, maxAge: number, overrides: Partial<Omit<PersonSpec, 'householdId' | 'cityIndex' | 'homeStore'>> = {}): Person {
    const sex = overrides.sex ?? (this.rng.chance(0.5) ? 'F' : 'M');
    const birth = overrides.birth ?? exactAge(this.rng, this.ctx, randomAdultAge(this.rng, minAge, maxAge));
    return this.add({ ...overrides, sex, birth, surname: overrides.surname ?? pickSurname(this.rng) });
  }

  /** Two partners; married couples share, keep or hyphenate surnames, and a recent marriage renames one. */
  couple(minAge: number, maxAge: number, forced?: { sex: Sex; firstName: string; surname: string }): { giver: Person; taker: Person } {
    const rng = this.rng;
    const ageA = randomAdultAge(rng, minAge, maxAge);
    const ageB = Math.max(19, Math.min(92, ageA + Math.round(rng.normal(-1.5, 3.5))));
    const sexA: Sex = forced?.sex ?? (rng.chance(0.5) ? 'M' : 'F');
    const sexB: Sex = rng.chance(0.05) ? sexA : other(sexA);
    // The partner who may take the other's name: the woman in a man-woman couple.
    const aGives = sexA === sexB || sexA === 'M';
    const surnameA = forced?.surname ?? pickSurname(rng);
    const ownB = pickSurname(rng, [surnameA]);
    const married = rng.chance(0.78);
    const how = married ? rng.weighted([['took', 70], ['kept', 20], ['hyphen', 10]] as const) : 'kept';
    const giverSurname = aGives ? surnameA : ownB;
    const takerOwn = aGives ? ownB : surnameA;
    const takerCurrent = how === 'took' ? giverSurname : how === 'hyphen' ? `${takerOwn}-${giverSurname}` : takerOwn;
    const renamedInWindow = how !== 'kept' && rng.chance(0.12);
    const birthA = exactAge(rng, this.ctx, ageA);
    const birthB = exactAge(rng, this.ctx, ageB);
    const a = this.add({
      sex: sexA,
      birth: birthA,
      surname: aGives ? surnameA : takerCurrent,
      ...(forced === undefined ? {} : { firstName: forced.firstName }),
      ...(!aGives && renamedInWindow ? { maidenName: takerOwn, marriedAt: this.changeTime() } : {}),
    });
    const b = this.add({
      sex: sexB,
      birth: birthB,
      surname: aGives ? takerCurrent : ownB,
      avoidFirstNames: [a.firstName],
      ...(aGives && renamedInWindow ? { maidenName: takerOwn, marriedAt: this.changeTime() } : {}),
    });
    return aGives ? { giver: a, taker: b } : { giver: b, taker: a };
  }

  /** Children of the given parents, with a chance of twins (tagged) and of a Jr. */
  children(parents: readonly Person[], count: number, maxAge = 17): Person[] {
    const rng = this.rng;
    const youngestParentAge = Math.min(...parents.map((p) => ageOf(this.ctx, p.birth)));
    const oldest = Math.max(0, Math.min(maxAge, youngestParentAge - 20));
    const surname = this.childSurname(parents);
    const kids: Person[] = [];
    const twins = count >= 2 && rng.chance(ADVERSARIAL_RATES.twins);
    const father = parents.find((p) => p.sex === 'M');
    for (let i = 0; i < count; i++) {
      const sex: Sex = rng.chance(0.51) ? 'M' : 'F';
      const twin = twins && i === 1 ? kids[0] : undefined;
      const birth = twin?.birth ?? exactAge(rng, this.ctx, rng.int(0, oldest));
      // Many young children are known to no system at all; only those with a record are people here.
      if (twin === undefined && !(twins && i === 0) && ageOf(this.ctx, birth) < 13 && rng.chance(YOUNG_CHILD_UNKNOWN)) continue;
      const junior = twin === undefined && sex === 'M' && father !== undefined && father.suffix === undefined && rng.chance(ADVERSARIAL_RATES.juniorInFamily);
      const kid = this.add({
        sex: twin === undefined ? sex : rng.chance(0.5) ? twin.sex : other(twin.sex),
        birth,
        surname,
        avoidFirstNames: kids.map((k) => k.firstName).concat(parents.map((p) => p.firstName)),
        ...(junior && father !== undefined ? this.juniorOf(father) : {}),
      });
      if (junior && father !== undefined) this.tagJunior(father, kid);
      kids.push(kid);
      if (twin !== undefined) this.cases.push({ kind: 'twins', personIds: [twin.personId, kid.personId], householdIds: [this.householdId] });
    }
    return kids;
  }

  juniorOf(father: Person): { firstName: string; suffix: 'Jr.'; middleName?: string } {
    return {
      firstName: father.firstName,
      suffix: 'Jr.',
      ...(father.middleName !== undefined && this.rng.chance(0.6) ? { middleName: father.middleName } : {}),
    };
  }

  tagJunior(father: Person, son: Person): void {
    if (this.rng.chance(0.3)) father.suffix = 'Sr.';
    this.cases.push({ kind: 'junior', personIds: [father.personId, son.personId], householdIds: [this.householdId] });
  }

  private childSurname(parents: readonly Person[]): string {
    const names = parents.map((p) => p.surnames[p.surnames.length - 1]?.value ?? '');
    const [first = '', second] = names;
    if (second === undefined || second === first) return first;
    const father = parents.find((p) => p.sex === 'M');
    const fatherName = father?.surnames[father.surnames.length - 1]?.value ?? first;
    if (fatherName.includes('-')) return fatherName;
    const otherName = names.find((n) => n !== fatherName) ?? first;
    if (otherName.includes('-')) return this.rng.chance(0.5) ? otherName : fatherName;
    return this.rng.weighted([[fatherName, 75], [`${otherName}-${fatherName}`, 12], [otherName, 13]] as const);
  }

  build(): Household {
    const rng = this.rng;
    const adults = this.members.filter((p) => p.isAdult);
    const oldest = Math.max(...this.members.map((p) => ageOf(this.ctx, p.birth)));
    const city = CITIES[this.cityIndex];
    if (city === undefined) throw new Error(`no city ${this.cityIndex}`);
    const family = this.kind !== 'roommates' && this.kind !== 'single';
    const household: Household = {
      householdId: this.householdId,
      kind: this.kind,
      cityIndex: this.cityIndex,
      addresses: this.addresses,
      members: this.members,
    };
    if (rng.chance(oldest >= 55 ? 0.4 : 0.12)) household.landline = randomPhone(rng, city.areaCodes, this.ctx.registry);
    if (family && adults.length >= 2 && rng.chance(0.14)) {
      const [a, b] = adults;
      household.familyEmail = familyEmail(
        rng,
        this.ctx.registry,
        a?.surnames[a.surnames.length - 1]?.value ?? 'home',
        [a?.nickname ?? a?.firstName ?? 'mom', b?.nickname ?? b?.firstName ?? 'dad'],
      );
    }
    const adversarial = this.ctx.adversarial;
    if (adversarial !== undefined && household.familyEmail === undefined && family && adults.length >= 2) {
      const extra = adversarialRng(this.ctx.rng, `family-email:${this.householdId}`);
      if (extra.chance(adversarial.familyEmail)) {
        const [a, b] = adults;
        household.familyEmail = familyEmail(extra, this.ctx.registry, a?.surnames[a.surnames.length - 1]?.value ?? 'home', [a?.firstName ?? 'mom', b?.firstName ?? 'dad']);
      }
    }
    if (family && adults.length >= 2 && rng.chance(0.28)) {
      // Held by one of the first two adults (the couple), used by every adult in the household.
      household.familyCard = { token: paymentToken(rng), holder: this.members.indexOf(rng.pick(adults.slice(0, 2))) };
    }
    if (this.members.length >= 2 && rng.chance(0.18)) {
      household.tablet = { cookieId: cookieId(rng, this.ctx.windowStart - YEAR_MS * rng.next()), appInstallId: appInstallId(rng) };
    }
    return household;
  }
}

function ageOf(ctx: GenerationContext, birth: YMD): number {
  return ageAt(birth, ctx.asOf);
}

function exactAge(rng: Rng, ctx: GenerationContext, age: number): YMD {
  return birthForAge(rng, ctx.asOf, age, age);
}

/**
 * Makes the next household (or pair of households), never with more than `maxPeople` people.
 * `forceSameName` makes the unit the "same name in the same city" case (so small demo sets have one).
 */
export function createHouseholdUnit(rng: Rng, ctx: GenerationContext, maxPeople: number, forceSameName = false): HouseholdUnit {
  if (maxPeople >= 2 && (forceSameName || rng.chance(ADVERSARIAL_RATES.sameNameSameCity))) return sameNameSameCity(rng, ctx);
  let kind = rng.weighted(KINDS);
  if (MIN_SIZE[kind] > maxPeople) kind = maxPeople >= 2 ? 'couple' : 'single';
  const b = new HouseholdBuilder(rng, ctx, kind);
  const room = (wanted: number): number => Math.max(0, Math.min(wanted, maxPeople - b.members.length));
  switch (kind) {
    case 'single':
      b.adult(19, 92);
      break;
    case 'couple':
      b.couple(20, 90);
      break;
    case 'family': {
      const { giver, taker } = b.couple(26, 55);
      b.children([giver, taker], room(rng.weighted([[1, 40], [2, 40], [3, 15], [4, 5]] as const)));
      break;
    }
    case 'single-parent': {
      const parent = b.adult(22, 55, { sex: rng.chance(0.8) ? 'F' : 'M' });
      b.children([parent], room(rng.weighted([[1, 50], [2, 35], [3, 15]] as const)));
      break;
    }
    case 'multigen': {
      const { giver, taker } = b.couple(28, 50);
      b.children([giver, taker], Math.max(1, Math.min(rng.int(1, 3), maxPeople - 3)));
      const parentOf = rng.pick([giver, taker]);
      const elder = Math.min(95, ageOf(ctx, parentOf.birth) + rng.int(22, 34));
      b.adult(19, 95, { surname: parentOf.surnames[0]?.value ?? pickSurname(rng), birth: exactAge(rng, ctx, elder) });
      break;
    }
    case 'roommates': {
      const count = room(rng.weighted([[2, 60], [3, 30], [4, 10]] as const));
      for (let i = 0; i < count; i++) {
        const mate = b.adult(21, 38);
        const moveIn = ctx.windowStart - 2 * YEAR_MS + rng.next() * (ctx.asOf - ctx.windowStart + YEAR_MS);
        if (moveIn > ctx.windowStart) {
          const before = randomAddress(rng, rng.chance(0.5) ? b.cityIndex : randomCityIndex(rng));
          mate.addresses = [
            { value: before, from: -Infinity },
            { value: b.addresses[b.addresses.length - 1]?.value ?? before, from: moveIn },
          ];
        }
      }
      break;
    }
    case 'adult-child': {
      const { giver, taker } = b.couple(46, 78);
      const father = [giver, taker].find((p) => p.sex === 'M');
      const youngest = Math.min(ageOf(ctx, giver.birth), ageOf(ctx, taker.birth));
      const childAge = rng.int(19, Math.max(19, Math.min(36, youngest - 20)));
      const sex: Sex = rng.chance(0.55) ? 'M' : 'F';
      const junior = sex === 'M' && father !== undefined && rng.chance(ADVERSARIAL_RATES.junior);
      const childSurname = giver.surnames[giver.surnames.length - 1]?.value ?? pickSurname(rng);
      const child = b.add({
        sex,
        birth: exactAge(rng, ctx, childAge),
        surname: childSurname,
        avoidFirstNames: [giver.firstName, taker.firstName],
        ...(junior && father !== undefined ? b.juniorOf(father) : {}),
      });
      if (junior && father !== undefined) b.tagJunior(father, child);
      break;
    }
  }
  return { households: [b.build()], cases: b.cases };
}

/**
 * Adult twins (19 to 30) living with their parents: one birth date, one home, one surname, the household's
 * landline and email. Only their given names tell them apart.
 */
export function adultTwinsAtHome(rng: Rng, ctx: GenerationContext): HouseholdUnit {
  const b = new HouseholdBuilder(rng, ctx, 'adult-child');
  const { giver, taker } = b.couple(49, 70);
  const youngest = Math.min(ageOf(ctx, giver.birth), ageOf(ctx, taker.birth));
  const birth = exactAge(rng, ctx, rng.int(19, Math.max(19, Math.min(30, youngest - 20))));
  const surname = giver.surnames[giver.surnames.length - 1]?.value ?? pickSurname(rng);
  const first = b.add({ sex: rng.chance(0.5) ? 'F' : 'M', birth, surname, avoidFirstNames: [giver.firstName, taker.firstName] });
  const second = b.add({ sex: rng.chance(0.5) ? first.sex : other(first.sex), birth, surname, avoidFirstNames: [giver.firstName, taker.firstName, first.firstName] });
  const household = b.build();
  const city = CITIES[household.cityIndex];
  if (household.landline === undefined && city !== undefined) household.landline = randomPhone(rng, city.areaCodes, ctx.registry);
  return {
    households: [household],
    cases: [...b.cases, { kind: 'twins', personIds: [first.personId, second.personId], householdIds: [household.householdId] }],
  };
}

/** Two unrelated people with the same common name in the same city, of similar age, in separate homes. */
function sameNameSameCity(rng: Rng, ctx: GenerationContext): HouseholdUnit {
  const sex: Sex = rng.chance(0.5) ? 'F' : 'M';
  const firstName = rng.pick(COMMON_FIRST_NAMES[sex]);
  const surname = rng.pick(COMMON_SURNAMES);
  const cityIndex = randomCityIndex(rng);
  const age = randomAdultAge(rng, 22, 80);
  const first = new HouseholdBuilder(rng, ctx, 'single', cityIndex);
  const one = first.add({ sex, firstName, surname, birth: exactAge(rng, ctx, age) });
  const second = new HouseholdBuilder(rng, ctx, 'single', cityIndex);
  const otherAge = Math.max(19, Math.min(92, age + rng.int(-12, 12)));
  const two = second.add({ sex, firstName, surname, birth: exactAge(rng, ctx, otherAge) });
  return {
    households: [first.build(), second.build()],
    cases: [{ kind: 'sameNameSameCity', personIds: [one.personId, two.personId], householdIds: [first.householdId, second.householdId] }],
  };
}
