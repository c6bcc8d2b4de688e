import fc from 'fast-check';
import { CustomerProfile, SourceRecordView } from '../../customer-view/customer-profile';
import { DEVICE_TYPES, IDENTIFIER_TYPES, SIGNAL_CLASSES, SignalClass, SOURCE_SYSTEMS, SourceSystem } from '../../model';
import { CHANNELS } from '../consent/channel';
import { ConsentRecord, CONSENT_STATUSES } from '../consent/consent-record';
import { OptOutSignal } from '../consent/opt-out-signal';
import { Policy } from '../policy/policy';
import { Scope } from '../policy/scope-schema';

/** Generators for the privacy property tests: customers, consents, opt-out signals, jurisdictions and scopes. */

export const STATES = ['CA', 'WA', 'CO', 'VA', 'CT', 'TX', 'OR', 'NY', 'FL', 'ca'];
export const CUSTOMER_IDS = { self: 'C-1', aliases: ['C-0', 'C-00'], other: 'C-9' };
const CONFIDENCES = [0.5, 0.8, 0.9, 0.92, 0.95, 0.99, 1, 1, 1];
const DAY = 86_400_000;

interface IdentifierShape { type: string; signal: SignalClass; shared: number | null; state: string }
interface RecordShape {
  source: SourceSystem;
  confidence: number;
  attributes: { name: string; signal: SignalClass }[];
  identifiers: IdentifierShape[];
  devices: { type: string; shared: number | null }[];
  links: { to: number; confidence: number }[];
}

export function scopeArbitrary(policy: Policy): fc.Arbitrary<Scope> {
  const jurisdictionIds = [...policy.jurisdictions.keys()];
  const random = fc.record({
    id: fc.constant('property-scope'),
    description: fc.constant('generated'),
    purpose: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...policy.purposes.keys()) }, { weight: 1, arbitrary: fc.constant('telemarketing') }),
    channel: fc.constantFrom(...CHANNELS),
    jurisdictions: fc.oneof(fc.constant('*' as const), fc.subarray(jurisdictionIds, { minLength: 1 })),
    sources: fc.subarray([...SOURCE_SYSTEMS], { minLength: 1 }),
    minLinkConfidence: fc.constantFrom(0, 0.5, 0.8, 0.9, 0.95, 1),
    aggregate: fc.boolean(),
  });
  return fc.oneof({ weight: 3, arbitrary: random }, { weight: 1, arbitrary: fc.constantFrom(...policy.scopes.values()) });
}

export function profileArbitrary(policy: Policy): fc.Arbitrary<CustomerProfile> {
  const attributeNames = [...Object.keys(policy.labels.attributes), 'shoeSize'];
  const signal = fc.constantFrom(...SIGNAL_CLASSES);
  const shared = fc.option(fc.integer({ min: 0, max: 1 }), { freq: 4 });
  const record = fc.record<RecordShape>({
    source: fc.constantFrom(...SOURCE_SYSTEMS),
    confidence: fc.constantFrom(...CONFIDENCES),
    attributes: fc.uniqueArray(fc.record({ name: fc.constantFrom(...attributeNames), signal }), { maxLength: 8, selector: (a) => a.name }),
    identifiers: fc.array(fc.record({ type: fc.constantFrom(...IDENTIFIER_TYPES, 'passport'), signal, shared, state: fc.constantFrom(...STATES) }), { maxLength: 4 }),
    devices: fc.array(fc.record({ type: fc.constantFrom(...DEVICE_TYPES, 'smart_fridge'), shared }), { maxLength: 2 }),
    links: fc.array(fc.record({ to: fc.nat(4), confidence: fc.constantFrom(...CONFIDENCES) }), { maxLength: 2 }),
  });
  const household = fc.record({
    confidence: fc.constantFrom(null, 0.5, 0.9, 1),
    signal: fc.constantFrom(null, ...SIGNAL_CLASSES),
    status: fc.constantFrom('ACTIVE', 'PROPOSED'),
  });
  return fc
    .record({
      records: fc.array(record, { minLength: 1, maxLength: 5 }),
      households: fc.array(household, { maxLength: 2 }),
      aliases: fc.subarray(CUSTOMER_IDS.aliases),
    })
    .map(({ records, households, aliases }) => buildProfile(records, households, aliases));
}

/** Turns shapes into a profile whose values are distinct (unless deliberately shared) and long enough to search for. */
function buildProfile(shapes: RecordShape[], households: { confidence: number | null; signal: SignalClass | null; status: string }[], aliases: string[]): CustomerProfile {
  let n = 0;
  const next = () => String(++n).padStart(4, '0');
  const keys = shapes.map((s) => `${s.source}:SRC${next()}-acct`);
  const records = shapes.map((shape, i): SourceRecordView => {
    const key = keys[i] as string;
    const sourceId = key.slice(key.indexOf(':') + 1);
    const provenance = (signal: SignalClass) => ({ source: shape.source, sourceId, observedAt: '2025-01-01T00:00:00Z', signal });
    return {
      key, source: shape.source, sourceId, banner: 'FreshMart', observedAt: '2025-01-01T00:00:00Z', firstSeenAt: '2025-01-02T00:00:00Z',
      attributes: shape.attributes.map((a) => ({ name: a.name, value: attributeValue(a.name, next()), provenance: provenance(a.signal) })),
      identifiers: shape.identifiers.map((id) => {
        // Shared values (one phone on two records) use tokens next() never yields, so no value contains another by chance.
        const token = id.shared === null ? next() : `7${id.shared}77`;
        const isAddress = id.type === 'postal_address';
        const address = isAddress ? { line1: `${token} ELM ST`, line2: null, city: `CITY${token}`, state: id.state, zip5: `1${token}` } : null;
        return { type: id.type, value: identifierValue(id.type, token, id.state), verified: true, generic: false, field: id.type, provenance: provenance(id.signal), address };
      }),
      devices: shape.devices.map((d) => ({ type: d.type, deviceId: `dev-${d.shared === null ? next() : `shared${d.shared}`}-x`, shared: false, lastSeenAt: null, provenance: provenance('OBSERVED') })),
      resolution: { confidence: shape.confidence, method: 'generated', signal: 'INFERRED', linkedAt: null },
      links: shape.links.filter((l) => l.to !== i && l.to < shapes.length).map((l) => ({ otherRecordKey: keys[l.to] as string, kind: 'PROBABILISTIC', method: 'generated', confidence: l.confidence, signal: 'INFERRED' as const })),
    };
  });
  return {
    id: CUSTOMER_IDS.self,
    status: 'ACTIVE',
    aliases,
    createdAt: '2025-01-02T00:00:00Z',
    records,
    households: households.map((h) => ({ householdId: `HH-${next()}-home`, status: h.status, confidence: h.confidence, signal: h.signal })),
  };
}

function attributeValue(name: string, token: string): string {
  switch (name) {
    case 'dateOfBirth':
      return `19${token.slice(2)}-0${(Number(token) % 9) + 1}-1${Number(token) % 10}`;
    case 'postalCode':
      return `9${token}`;
    case 'givenName':
    case 'middleName':
    case 'familyName':
      return `Name${token}x`;
    default:
      return `${name}-${token}-v`;
  }
}

function identifierValue(type: string, token: string, state: string): string {
  switch (type) {
    case 'email':
      return `user${token}@mail${token}.example`;
    case 'phone':
      return `+1555${token}999`;
    case 'postal_address':
      return `${token} ELM ST||CITY${token}|${state}|1${token}`;
    default:
      return `${type}-${token}-id`;
  }
}

export function consentsArbitrary(policy: Policy, at: Date): fc.Arbitrary<ConsentRecord[]> {
  const topics = [...policy.purposes.keys(), ...policy.authorizations.keys()];
  const categories = [...policy.categories.keys()];
  const consent = fc
    .record({
      customerId: fc.constantFrom(CUSTOMER_IDS.self, CUSTOMER_IDS.self, ...CUSTOMER_IDS.aliases, CUSTOMER_IDS.other),
      purpose: fc.constantFrom(...topics),
      channel: fc.constantFrom(...CHANNELS),
      categories: fc.oneof({ weight: 2, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: fc.subarray(categories, { minLength: 1, maxLength: 2 }) }),
      status: fc.constantFrom(...CONSENT_STATUSES),
      capturedDays: fc.integer({ min: -400, max: 5 }),
      lastsDays: fc.option(fc.integer({ min: 1, max: 500 })),
    })
    .map((c): ConsentRecord => {
      const captured = at.getTime() + c.capturedDays * DAY;
      return {
        customerId: c.customerId, purpose: c.purpose, channel: c.channel, categories: c.categories, status: c.status, source: 'preference_center',
        capturedAt: new Date(captured).toISOString(), expiresAt: c.lastsDays === null ? null : new Date(captured + c.lastsDays * DAY).toISOString(),
        evidence: { kind: 'web_form', reference: 'generated' },
      };
    });
  return fc.array(consent, { maxLength: 10 });
}

export function signalsArbitrary(policy: Policy, at: Date): fc.Arbitrary<OptOutSignal[]> {
  const signal = fc
    .record({
      customerId: fc.constantFrom(CUSTOMER_IDS.self, ...CUSTOMER_IDS.aliases, CUSTOMER_IDS.other),
      kind: fc.constantFrom(...policy.optOutSignals.keys(), 'DNT'),
      capturedDays: fc.integer({ min: -400, max: 5 }),
      withdrawnDays: fc.option(fc.integer({ min: 1, max: 500 }), { freq: 3 }),
    })
    .map((s): OptOutSignal => {
      const captured = at.getTime() + s.capturedDays * DAY;
      return {
        customerId: s.customerId, kind: s.kind, source: 'browser_signal', capturedAt: new Date(captured).toISOString(),
        withdrawnAt: s.withdrawnDays === null ? null : new Date(captured + s.withdrawnDays * DAY).toISOString(),
      };
    });
  return fc.array(signal, { maxLength: 3 });
}

/** The customer's state as the caller gives it, or undefined to let filterView take it from the addresses. */
export function jurisdictionArbitrary(): fc.Arbitrary<string | string[] | undefined> {
  return fc.oneof(fc.constant(undefined), fc.constantFrom(...STATES), fc.subarray(STATES, { maxLength: 3 }));
}
