import { ErrorCode } from '../src/errors/error-code';
import { SourceSystem } from '../src/model/source-system';
import { DatasetItem, generateDataset } from './dataset';
import { CLEAN_NOISE } from './noise';
import { Rng } from './prng';

/** A record that ingestion must reject, and the field and code it must be rejected with. */
export interface MalformedRecord {
  source: SourceSystem;
  record: Record<string, unknown>;
  expectedError: { field: string; code: ErrorCode };
  /** What was broken, for people reading the file. */
  description: string;
}

type Raw = Record<string, unknown>;

/** Where address problems are reported: the adapters name the whole address, not the part. */
export const ADDRESS_FIELD: Partial<Record<SourceSystem, string>> = {
  loyalty: 'homeAddress',
  pharmacy: 'homeAddress',
  crm: 'mailingAddress',
  ecommerce: 'shippingAddress',
};

const REQUIRED: Record<SourceSystem, readonly string[]> = {
  ecommerce: ['accountId', 'email', 'updatedAt'],
  pos: ['posCustomerId', 'updatedAt'],
  loyalty: ['memberId', 'cardNumber', 'firstName', 'lastName', 'updatedAt'],
  pharmacy: ['patientId', 'firstName', 'lastName', 'dateOfBirth', 'updatedAt'],
  fuel: ['fuelAccountId', 'updatedAt'],
  web: ['userId', 'updatedAt'],
  crm: ['crmId', 'email', 'updatedAt'],
};

const EMAIL_FIELD: Partial<Record<SourceSystem, string>> = { ecommerce: 'email', crm: 'email', loyalty: 'email', web: 'email', pos: 'receiptEmail' };
const TEXT_FIELDS: Record<SourceSystem, readonly string[]> = {
  ecommerce: ['accountId', 'email', 'firstName', 'lastName', 'phone', 'zip', 'loyaltyCard'],
  pos: ['posCustomerId', 'nameOnCard', 'phone', 'loyaltyCard', 'storeId'],
  loyalty: ['memberId', 'cardNumber', 'firstName', 'lastName', 'phone', 'zip', 'dateOfBirth'],
  pharmacy: ['patientId', 'firstName', 'lastName', 'dateOfBirth', 'phone', 'zip'],
  fuel: ['fuelAccountId', 'cardToken', 'loyaltyCard', 'zip', 'phone', 'stationId'],
  web: ['userId', 'email', 'firstName', 'lastName', 'loyaltyCard'],
  crm: ['crmId', 'email', 'firstName', 'lastName', 'phone', 'dateOfBirth', 'zip', 'ecommerceAccountId'],
};
const UNKNOWN_FIELDS = ['fristName', 'emailAddress', 'phoneNumber', 'zipCode', 'middleInitial', 'customerId', 'loyaltyNumber', 'dob', 'Email', 'postal_code', 'notes'];
const BAD_EMAILS = ['jane.doe@@gmail.com', 'jane.doe.gmail.com', 'jane doe@gmail.com', 'jane.doe@gmail', '@yahoo.com', 'jane..doe@gmail.com', 'jane.doe@gmail..com'];
const BAD_PHONES = ['312-555-01AB', '(312) 555-CALL', '312-555-O143', '3l2.555.0143', 'call 312 555 0143', '415-CELL-PHN'];
const BAD_DATES = ['2023-02-30', '02/30/1985', '1985-13-01', '1979-04-31', '19850230', '06/31/1990', '2001-00-12'];
const BAD_ZIPS = ['ABCDE', '6061', '606144', '9021O', 'N/A-12'];
const BAD_STATES = ['ZZ', 'XX', 'ON', 'Ontario', 'QQ', 'Calif0rnia'];
const BAD_FLAGS = ['maybe', 'unknown', '2', 'verified', 'TRUEE', 'si'];

interface Breaker {
  kind: string;
  sources: readonly SourceSystem[];
  /** Whether a base record of the source can be broken this way (e.g. it needs a whole address). */
  fits?: (record: Raw) => boolean;
  apply(rng: Rng, source: SourceSystem, record: Raw): { field: string; code: ErrorCode; description: string };
}

const ALL: readonly SourceSystem[] = ['ecommerce', 'pos', 'loyalty', 'pharmacy', 'fuel', 'web', 'crm'];
const hasAddress = (r: Raw): boolean => typeof r['addressLine1'] === 'string';

const BREAKERS: readonly Breaker[] = [
  {
    kind: 'missing required field',
    sources: ALL,
    apply(rng, source, r) {
      const field = rng.pick(REQUIRED[source]);
      delete r[field];
      return { field, code: ErrorCode.REQUIRED_FIELD_MISSING, description: `required field ${field} is missing` };
    },
  },
  {
    kind: 'blank required field',
    sources: ALL,
    apply(rng, source, r) {
      const field = rng.pick(REQUIRED[source]);
      r[field] = rng.pick(['', '   ', '\t']);
      return { field, code: ErrorCode.REQUIRED_FIELD_MISSING, description: `required field ${field} is blank` };
    },
  },
  {
    kind: 'unknown field',
    sources: ALL,
    apply(rng, _source, r) {
      const field = rng.pick(UNKNOWN_FIELDS.filter((f) => !(f in r)));
      r[field] = rng.pick(['x', 'see notes', '60614', 'A']);
      return { field, code: ErrorCode.UNKNOWN_FIELD, description: `${field} is not a field of the format` };
    },
  },
  {
    kind: 'bad email syntax',
    sources: ['ecommerce', 'crm', 'loyalty', 'web', 'pos'],
    apply(rng, source, r) {
      const field = EMAIL_FIELD[source] ?? 'email';
      r[field] = rng.pick(BAD_EMAILS);
      return { field, code: ErrorCode.INVALID_EMAIL, description: `${field} is not a valid email address` };
    },
  },
  {
    kind: 'phone with letters',
    sources: ['ecommerce', 'pos', 'loyalty', 'pharmacy', 'fuel', 'crm'],
    apply(rng, _source, r) {
      r['phone'] = rng.pick(BAD_PHONES);
      return { field: 'phone', code: ErrorCode.INVALID_PHONE, description: 'phone contains letters' };
    },
  },
  {
    kind: 'impossible date',
    sources: ['loyalty', 'pharmacy', 'crm'],
    apply(rng, _source, r) {
      r['dateOfBirth'] = rng.pick(BAD_DATES);
      return { field: 'dateOfBirth', code: ErrorCode.INVALID_DATE, description: 'dateOfBirth is not a real calendar date' };
    },
  },
  {
    kind: 'bad ZIP',
    sources: ['fuel', 'loyalty', 'pharmacy', 'crm', 'ecommerce'],
    fits: (r) => r['fuelAccountId'] !== undefined || hasAddress(r),
    apply(rng, source, r) {
      r['zip'] = rng.pick(BAD_ZIPS);
      return { field: ADDRESS_FIELD[source] ?? 'zip', code: ErrorCode.INVALID_POSTAL_CODE, description: 'zip is not a US ZIP code' };
    },
  },
  {
    kind: 'bad state',
    sources: ['loyalty', 'pharmacy', 'crm', 'ecommerce'],
    fits: hasAddress,
    apply(rng, source, r) {
      r['state'] = rng.pick(BAD_STATES);
      return { field: ADDRESS_FIELD[source] ?? 'state', code: ErrorCode.INVALID_STATE, description: 'state is not a US state or territory' };
    },
  },
  {
    kind: 'wrong type',
    sources: ALL,
    apply(rng, source, r) {
      const field = rng.pick(TEXT_FIELDS[source]);
      const current = r[field];
      const digits = typeof current === 'string' ? current.replace(/\D/g, '') : '';
      r[field] = rng.pick([digits.length > 0 && digits.length < 15 ? Number(digits) : 12345, true, ['a', 'b'], { value: 'x' }] as const);
      return { field, code: ErrorCode.WRONG_TYPE, description: `${field} is not text` };
    },
  },
  {
    kind: 'bad boolean',
    sources: ['ecommerce', 'crm', 'loyalty', 'web'],
    apply(rng, _source, r) {
      r['emailVerified'] = rng.pick(BAD_FLAGS);
      return { field: 'emailVerified', code: ErrorCode.WRONG_TYPE, description: 'emailVerified is not true/false' };
    },
  },
];

/** Id counters for the clean base records start here, so malformed ids never equal a generated record's. */
const MALFORMED_ID_OFFSET = 50_000_000;

/**
 * `count` records, each broken in exactly one way, cycling through the kinds of break so every kind and
 * many sources appear. Bases are clean generated records (no noise), so the break is the only problem.
 */
export function* generateMalformed(count: number, seed: string | number): Generator<MalformedRecord, void, undefined> {
  if (count <= 0) return;
  const rng = new Rng(`malformed:${String(seed)}`);
  const base = generateDataset({ people: Math.max(200, count * 4), seed: `${String(seed)}/malformed-base`, noise: CLEAN_NOISE, idOffset: MALFORMED_ID_OFFSET });
  const queues = new Map<SourceSystem, DatasetItem[]>();
  const take = (source: SourceSystem, fits: (r: Raw) => boolean): Raw | undefined => {
    for (;;) {
      const queue = queues.get(source) ?? [];
      const at = queue.findIndex((item) => fits(item.record as Raw));
      if (at >= 0) return { ...(queue.splice(at, 1)[0]?.record as Raw) };
      const next = base.next();
      if (next.done === true) return undefined;
      const list = queues.get(next.value.source) ?? [];
      if (list.length < 500) list.push(next.value);
      queues.set(next.value.source, list);
    }
  };
  let order: Breaker[] = [];
  for (let i = 0; i < count; i++) {
    if (order.length === 0) order = rng.shuffle([...BREAKERS]);
    const breaker = order.pop() as Breaker;
    const source = rng.pick(breaker.sources);
    const record = take(source, breaker.fits ?? (() => true));
    if (record === undefined) throw new Error(`no ${source} base record for a malformed record`);
    const { field, code, description } = breaker.apply(rng, source, record);
    yield { source, record, expectedError: { field, code }, description };
  }
}
