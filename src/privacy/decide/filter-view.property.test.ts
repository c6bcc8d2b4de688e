import fc from 'fast-check';
import { CustomerProfile } from '../../customer-view/customer-profile';
import { consentsArbitrary, jurisdictionArbitrary, profileArbitrary, scopeArbitrary, signalsArbitrary } from '../testing/arbitraries';
import { AT, POLICY } from '../testing/decide-helpers';
import { generalRefusalInForce, hasGrant, OracleContext, signalInForce, someRuleApproves } from '../testing/property-oracles';
import { filterView } from './filter-view';
import { FilterResult, ServedSection } from './filtered-view';

// CI runs at least 10,000 cases; PRIVACY_PROPERTY_RUNS raises it. A failure prints its seed: PRIVACY_PROPERTY_SEED replays it.
const NUM_RUNS = Math.max(10_000, Number(process.env.PRIVACY_PROPERTY_RUNS ?? 0));
const SEED = process.env.PRIVACY_PROPERTY_SEED === undefined ? {} : { seed: Number(process.env.PRIVACY_PROPERTY_SEED) };
const MARKETING = ['personalization', 'email_marketing', 'targeted_advertising'];
const SENSITIVE_USES = [...MARKETING, 'analytics'];
const OPT_IN_JURISDICTIONS = ['CO', 'VA', 'CT', 'TX', 'OR', 'DEFAULT'];

/** Every position of the input profile and the values it holds: what the decision log must account for. */
function valuesByPath(profile: CustomerProfile): Map<string, string[]> {
  const paths = new Map<string, string[]>([['customer', []]]);
  profile.records.forEach((r, i) => {
    paths.set(`records[${i}]`, [r.key, r.sourceId]);
    r.attributes.forEach((a, j) => paths.set(`records[${i}].attributes[${j}]`, [a.value]));
    r.identifiers.forEach((id, j) => paths.set(`records[${i}].identifiers[${j}]`, id.address === null ? [id.value] : [id.value, id.address.line1, id.address.city, id.address.zip5]));
    r.devices.forEach((d, j) => paths.set(`records[${i}].devices[${j}]`, [d.deviceId]));
    paths.set(`records[${i}].resolution`, []);
    r.links.forEach((l, k) => paths.set(`records[${i}].links[${k}]`, [l.otherRecordKey]));
  });
  profile.households.forEach((h, k) => paths.set(`households[${k}]`, [h.householdId]));
  profile.aliases.forEach((a, k) => paths.set(`aliases[${k}]`, [a]));
  return paths;
}

function servedItems(sections: ServedSection[]) {
  return sections.flatMap((s) => [...s.attributes, ...s.identifiers, ...s.devices]);
}

/** Plain checks, not jest matchers: 10,000 cases times hundreds of assertions must stay fast. */
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

function checkCase(profile: CustomerProfile, o: OracleContext, result: FilterResult): void {
  const { view, decisions, jurisdictions } = result;
  const { scope } = o;
  const sections = [view.explicit, view.observed, view.inferred];
  const served = decisions.filter((d) => d.allowed);

  // The decision log accounts for every value of the profile, once, and holds none of them.
  const values = valuesByPath(profile);
  const logged = decisions.map((d) => d.path).sort();
  check(JSON.stringify(logged) === JSON.stringify([...values.keys()].sort()), `decision log paths ${logged.join(',')} do not match the profile`);
  const log = JSON.stringify(decisions);
  for (const list of values.values()) for (const v of list) check(v.length < 5 || !log.includes(v), `decision log contains the value ${v}`);

  // A value denied or masked somewhere appears in the view only where an unmasked allowed entry holds it too.
  const viewJson = JSON.stringify(view);
  const servedPlain = new Set(served.filter((d) => !d.obligations.mask).flatMap((d) => values.get(d.path) ?? []));
  for (const d of decisions) {
    if (d.allowed && !d.obligations.mask) continue;
    for (const v of values.get(d.path) ?? []) {
      check(v.length < 5 || servedPlain.has(v) || !viewJson.includes(v), `${d.path} (${d.allowed ? 'masked' : 'denied'}) leaks its value ${v}`);
    }
  }

  // Nothing outside the scope: its purpose, its jurisdictions, its sources, its link confidence.
  const purpose = POLICY.purposes.get(scope.purpose);
  const inJurisdiction = scope.jurisdictions === '*' || jurisdictions.every((j) => (scope.jurisdictions as string[]).includes(j));
  if (purpose === undefined || !inJurisdiction) {
    check(served.length === 0, `served ${served.length} fields for an unknown purpose or a jurisdiction outside the scope`);
    return;
  }
  const min = Math.max(scope.minLinkConfidence, purpose.minLinkConfidence);
  const confidenceOf = (recordRef: string) => profile.records[Number(recordRef.slice(1))]?.resolution.confidence ?? -1;
  for (const p of [...servedItems(sections).map((i) => i.provenance), ...view.records]) {
    check(scope.sources.includes(p.source), `served a value from source ${p.source}, outside the scope`);
    check(confidenceOf(p.recordRef) >= min, `served a value linked at ${confidenceOf(p.recordRef)}, below ${min}`);
  }
  for (const h of sections.flatMap((s) => s.households)) check(min === 0 || (h.confidence ?? -1) >= min, `served a household at ${h.confidence}, below ${min}`);

  // What the customer told us stays apart from what we observed or inferred.
  for (const [section, signal] of [[view.explicit, 'EXPLICIT'], [view.observed, 'OBSERVED'], [view.inferred, 'INFERRED']] as const) {
    for (const item of servedItems([section])) check(item.provenance.signal === signal, `a ${item.provenance.signal} value in the ${signal} section`);
  }

  for (const d of served) {
    // The authority gate: every category of a served field is approved for this use in every jurisdiction.
    check(d.categories.length > 0, `${d.path} served without a category`);
    for (const category of d.categories) {
      for (const jurisdiction of jurisdictions) {
        check(someRuleApproves(POLICY, { category, signal: d.signal, source: d.source, purpose: scope.purpose, jurisdiction }), `${d.path}: no rule approves ${category} for ${scope.purpose} in ${jurisdiction}`);
      }
    }
    check(!d.obligations.aggregateOnly || scope.aggregate, `${d.path} is aggregate-only but the scope is not`);
    // HIPAA: pharmacy records reach marketing only with an authorization that expires, never retail service, analytics or fraud.
    if (d.source === 'pharmacy') {
      check(!['service_fulfilment', 'analytics', 'fraud_prevention'].includes(scope.purpose), `${d.path}: pharmacy record served for ${scope.purpose}`);
      check(!MARKETING.includes(scope.purpose) || hasGrant(o, 'hipaa_marketing_authorization', { mustExpire: true }), `${d.path}: pharmacy record served for ${scope.purpose} without a HIPAA authorization`);
    }
    check(scope.purpose !== 'pharmacy_care' || d.signal !== 'INFERRED', `${d.path}: inferred value served for pharmacy care`);
    if (!SENSITIVE_USES.includes(scope.purpose)) continue;
    for (const category of d.categories.filter((c) => c === 'health' || c === 'precise_location')) {
      // California: "limit the use of my sensitive personal information".
      check(!jurisdictions.includes('CA') || !signalInForce(o, ['LIMIT_SENSITIVE_PI']), `${d.path}: ${category} served in CA despite LIMIT_SENSITIVE_PI`);
      // Opt-in states, DEFAULT, and Washington (My Health My Data; location by the baseline): consent naming the category.
      if (jurisdictions.some((j) => OPT_IN_JURISDICTIONS.includes(j) || j === 'WA')) check(hasGrant(o, scope.purpose, { category }), `${d.path}: ${category} served for ${scope.purpose} without opt-in`);
      if (category === 'health' && jurisdictions.includes('WA') && scope.purpose === 'targeted_advertising') check(hasGrant(o, 'wa_health_data_sharing'), `${d.path}: WA health shared without consent to share`);
    }
  }

  // Opt-outs: GPC and the other ad opt-outs stop targeted advertising; a refusal of the purpose stops it.
  if (scope.purpose === 'targeted_advertising' && signalInForce(o, ['GPC', 'OPT_OUT_SALE_SHARING', 'OPT_OUT_TARGETED_ADVERTISING'])) check(served.length === 0, 'served ads data despite an ad opt-out signal');
  if ([...MARKETING, 'pharmacy_care'].includes(scope.purpose) && generalRefusalInForce(o, scope.purpose)) check(served.length === 0, `served ${scope.purpose} data despite the customer's refusal`);
}

describe('filterView (property)', () => {
  it(`never returns a field outside the scope, nor a value the decision log denies or masks (${NUM_RUNS} cases)`, () => {
    let cases = 0;
    let casesServing = 0;
    let fieldsServed = 0;
    fc.assert(
      fc.property(
        profileArbitrary(POLICY), scopeArbitrary(POLICY), consentsArbitrary(POLICY, AT), signalsArbitrary(POLICY, AT), jurisdictionArbitrary(),
        (profile, scope, consents, signals, jurisdiction) => {
          cases += 1;
          const result = filterView(POLICY, profile, scope, { consents, signals, at: AT, jurisdiction });
          const oracle: OracleContext = { customerIds: new Set([profile.id, ...profile.aliases]), consents, signals, scope, at: AT };
          checkCase(profile, oracle, result);
          const allowed = result.decisions.filter((d) => d.allowed).length;
          if (allowed > 0) casesServing += 1;
          fieldsServed += allowed;
        },
      ),
      { numRuns: NUM_RUNS, ...SEED },
    );
    console.log(`privacy property test: ${cases} cases run (${casesServing} served at least one field, ${fieldsServed} fields served in all)`);
    expect(cases).toBeGreaterThanOrEqual(NUM_RUNS);
  });
});
