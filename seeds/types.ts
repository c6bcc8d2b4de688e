import type { StreetSuffix } from './places';
import type { Sex } from './names';

/** Epoch milliseconds. */
export type Millis = number;

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export interface PhoneNumber {
  area: string;
  exchange: string;
  line: string;
}

/** A value that holds from `from` on (the first entry of a history holds from the beginning of time). */
export interface Dated<T> {
  value: T;
  from: Millis;
}

export interface StreetAddress {
  number: string;
  predir?: 'N' | 'S' | 'E' | 'W';
  street: string;
  suffix: StreetSuffix;
  unit?: string;
  cityIndex: number;
  zip5: string;
  zip4: string;
}

export type Gender = 'F' | 'M' | 'X';
export type NameSuffix = 'Jr.' | 'Sr.' | 'III';

export interface Person {
  personId: string;
  householdId: string;
  sex: Sex;
  gender: Gender;
  isAdult: boolean;
  firstName: string;
  middleName?: string;
  /** Legal surname over time (a marriage adds an entry); the last entry is the current one. */
  surnames: Dated<string>[];
  suffix?: NameSuffix;
  /** The informal name the person gives where nobody checks an id. */
  nickname?: string;
  birth: YMD;
  /** Personal email over time; empty for small children. */
  emails: Dated<string>[];
  workEmail?: string;
  /** Mobile number over time; may be empty. */
  phones: Dated<PhoneNumber>[];
  /** Where the person lived, when it differs from the household's history (a roommate who moved in). */
  addresses?: Dated<StreetAddress>[];
  paymentTokens: string[];
  cookieIds: string[];
  appInstallIds: string[];
  homeStore: number;
  /** Filled by the record planner: the person's own loyalty cards and ecommerce accounts, oldest first. */
  loyaltyCards: string[];
  ecommerceAccountIds: string[];
}

export type HouseholdKind = 'single' | 'couple' | 'family' | 'single-parent' | 'multigen' | 'roommates' | 'adult-child';

export interface Household {
  householdId: string;
  kind: HouseholdKind;
  cityIndex: number;
  /** The household's address over time (a move adds an entry); the last entry is the current one. */
  addresses: Dated<StreetAddress>[];
  landline?: PhoneNumber;
  familyEmail?: string;
  /** A payment card the family shares: the token and the member whose name is on it. */
  familyCard?: { token: string; holder: number };
  /** Device ids of a tablet the members share. */
  tablet?: { cookieId: string; appInstallId: string };
  members: Person[];
}

export type AdversarialKind = 'twins' | 'junior' | 'sameNameSameCity';

export interface AdversarialCase {
  kind: AdversarialKind;
  personIds: string[];
  householdIds: string[];
}
