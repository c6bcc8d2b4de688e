import { ConfigError } from '../errors';
import { householdSettings } from './household-settings';
import { CustomerSignals, ExistingMembership, HeldValue } from './household-signals';
import { planHouseholdProposals } from './plan-household-proposals';

const settings = householdSettings();
const address = (key: string, holders = 2): HeldValue => ({ key: `postal_address:${key}`, type: 'postal_address', generic: false, holders });
const phone = (key: string, holders = 2): HeldValue => ({ key: `phone:${key}`, type: 'phone', generic: false, holders });
const card = (key: string, holders = 2): HeldValue => ({ key: `payment_token:${key}`, type: 'payment_token', generic: false, holders });

function customer(customerId: string, familyNames: string[], values: HeldValue[], memberships: ExistingMembership[] = []): CustomerSignals {
  return { customerId, familyNames, values, memberships };
}

function membership(householdId: string, status: ExistingMembership['status'], extra: Partial<ExistingMembership> = {}): ExistingMembership {
  return { householdId, status, confidence: null, evidenceSignals: [], evidenceKeys: [], confirmedMemberIds: [], ...extra };
}

function ids(): () => string {
  let n = 0;
  return () => `hh_new_${++n}`;
}

function plan(customers: CustomerSignals[], overrides: Partial<Parameters<typeof planHouseholdProposals>[0]> = {}) {
  return planHouseholdProposals({ customers, settings, newHouseholdId: ids(), ...overrides });
}

describe('planHouseholdProposals', () => {
  it('proposes customers at one address with one surname as a household, with confidence and evidence', () => {
    const result = plan([
      customer('c1', ['Lee'], [address('1 main st')]),
      customer('c2', ['Lee-Park'], [address('1 main st')]),
      customer('c3', ['Novak'], [address('9 elm st')]),
    ]);
    expect(result.households).toEqual([
      {
        householdId: 'hh_new_1',
        isNew: true,
        confirmedMemberIds: [],
        members: [
          { customerId: 'c1', confidence: 0.8, evidenceSignals: ['shared_address', 'shared_surname'], evidenceKeys: ['postal_address:1 main st'] },
          { customerId: 'c2', confidence: 0.8, evidenceSignals: ['shared_address', 'shared_surname'], evidenceKeys: ['postal_address:1 main st'] },
        ],
      },
    ]);
    expect(result.proposals.map((p) => [p.customerId, p.householdId])).toEqual([['c1', 'hh_new_1'], ['c2', 'hh_new_1']]);
    expect(result.withdrawals).toEqual([]);
  });

  it('scores an address without a common surname (roommates) lower, and still proposes it', () => {
    const [household] = plan([customer('c1', ['Lee'], [address('a')]), customer('c2', ['Novak'], [address('a')])]).households;
    expect(household?.members.map((m) => [m.confidence, m.evidenceSignals])).toEqual([
      [0.6, ['shared_address']],
      [0.6, ['shared_address']],
    ]);
  });

  it('needs more than a shared phone, and never pairs customers on a surname alone', () => {
    expect(plan([customer('c1', ['Lee'], [phone('p')]), customer('c2', ['Novak'], [phone('p')])]).households).toEqual([]);
    expect(plan([customer('c1', ['Lee'], []), customer('c2', ['Lee'], [])]).households).toEqual([]);
    const landline = plan([customer('c1', ['Lee'], [phone('p')]), customer('c2', ['Lee'], [phone('p')])]).households;
    expect(landline[0]?.members[0]).toMatchObject({ confidence: 0.7, evidenceSignals: ['shared_phone', 'shared_surname'] });
  });

  it('ignores generic values and values held by more customers than allowed (a store address)', () => {
    const store = address('store', 300);
    const storeHolders = Array.from({ length: 20 }, (_, i) => customer(`c${i}`, ['Lee'], [store]));
    expect(plan(storeHolders).households).toEqual([]);
    const generic = { ...card('t'), generic: true };
    expect(plan([customer('c1', ['Lee'], [generic]), customer('c2', ['Lee'], [generic])]).households).toEqual([]);
  });

  it('joins the strongest pairs first and never grows a household past the maximum size', () => {
    const shared = address('tower');
    const customers = ['c1', 'c2', 'c3', 'c4'].map((id) => customer(id, [id], [shared]));
    customers[0]!.values.push(card('family'));
    customers[1]!.values.push(card('family'));
    const result = plan(customers, { settings: householdSettings({ maxHouseholdSize: 2 }) });
    expect(result.households.map((h) => h.members.map((m) => m.customerId))).toEqual([['c1', 'c2'], ['c3', 'c4']]);
    expect(result.households[0]?.members[0]?.confidence).toBeCloseTo(0.88, 6);
  });

  it('keeps the household id of the existing household its members belong to and writes nothing unchanged', () => {
    const existing = membership('hh_old', 'PROPOSED', { confidence: 0.8, evidenceSignals: ['shared_address', 'shared_surname'], evidenceKeys: ['postal_address:a'] });
    const result = plan([
      customer('c1', ['Lee'], [address('a')], [existing]),
      customer('c2', ['Lee'], [address('a')], [existing]),
      customer('c3', ['Lee'], [address('a')]),
    ]);
    expect(result.households.map((h) => [h.householdId, h.isNew])).toEqual([['hh_old', false]]);
    expect(result.proposals.map((p) => p.customerId)).toEqual(['c3']);
    const again = plan([
      customer('c1', ['Lee'], [address('a')], [existing]),
      customer('c2', ['Lee'], [address('a')], [existing]),
    ]);
    expect(again).toMatchObject({ proposals: [], withdrawals: [] });
  });

  it('rewrites a proposal whose evidence changed', () => {
    const existing = membership('hh_old', 'PROPOSED', { confidence: 0.6, evidenceSignals: ['shared_address'], evidenceKeys: ['postal_address:a'] });
    const result = plan([customer('c1', ['Lee'], [address('a')], [existing]), customer('c2', ['Lee'], [address('a')], [existing])]);
    expect(result.proposals.map((p) => [p.customerId, p.confidence])).toEqual([['c1', 0.8], ['c2', 0.8]]);
  });

  it('withdraws PROPOSED memberships the evidence no longer supports, but never CONFIRMED or REJECTED ones', () => {
    const result = plan([
      customer('c1', ['Lee'], [], [membership('hh_1', 'PROPOSED'), membership('hh_2', 'CONFIRMED', { confirmedMemberIds: ['c1'] }), membership('hh_3', 'REJECTED')]),
    ]);
    expect(result.withdrawals).toEqual([{ customerId: 'c1', householdId: 'hh_1' }]);
    expect(result.proposals).toEqual([]);
  });

  it('leaves a CONFIRMED member as it is and never proposes a REJECTED member again', () => {
    const household = 'hh_1';
    const result = plan([
      customer('c1', ['Lee'], [address('a')], [membership(household, 'CONFIRMED', { confirmedMemberIds: ['c1'] })]),
      customer('c2', ['Lee'], [address('a')], [membership(household, 'REJECTED', { confirmedMemberIds: ['c1'] })]),
      customer('c3', ['Lee'], [address('a')]),
    ]);
    expect(result.households).toEqual([
      expect.objectContaining({ householdId: household, confirmedMemberIds: ['c1'], members: [expect.objectContaining({ customerId: 'c3' })] }),
    ]);
    expect(result.proposals.map((p) => p.customerId)).toEqual(['c3']);
  });

  it('proposes nobody alone: when the only other member rejected the household, the proposal is withdrawn', () => {
    const result = plan([
      customer('c1', ['Lee'], [address('a')], [membership('hh_1', 'PROPOSED', { confidence: 0.8, evidenceSignals: ['shared_address', 'shared_surname'], evidenceKeys: ['postal_address:a'] })]),
      customer('c2', ['Lee'], [address('a')], [membership('hh_1', 'REJECTED')]),
    ]);
    expect(result.households).toEqual([]);
    expect(result.proposals).toEqual([]);
    expect(result.withdrawals).toEqual([{ customerId: 'c1', householdId: 'hh_1' }]);
  });

  it('does not propose a customer CONFIRMED in one household into another', () => {
    const result = plan([
      customer('c1', ['Lee'], [address('a')], [membership('hh_home', 'CONFIRMED', { confirmedMemberIds: ['c1', 'c9'] })]),
      customer('c2', ['Lee'], [address('a')], [membership('hh_other', 'PROPOSED')]),
      customer('c3', ['Lee'], [address('a')], [membership('hh_other', 'PROPOSED')]),
    ]);
    expect(result.households.map((h) => [h.householdId, h.members.map((m) => m.customerId)])).toEqual([['hh_other', ['c2', 'c3']]]);
  });

  it('groups context customers with the others but neither writes nor withdraws their memberships', () => {
    const result = plan(
      [customer('c1', ['Lee'], [address('a')]), customer('c2', ['Lee'], [address('a')], [membership('hh_x', 'PROPOSED')])],
      { contextCustomerIds: new Set(['c2']) },
    );
    expect(result.proposals.map((p) => p.customerId)).toEqual(['c1']);
    expect(result.withdrawals).toEqual([]);
  });
});

describe('householdSettings', () => {
  it('reports every invalid setting at once', () => {
    let error: unknown;
    try {
      householdSettings({ minConfidence: 0, maxHouseholdSize: 1, weights: { shared_phone: 2 } as never });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toHaveLength(3);
  });
});
